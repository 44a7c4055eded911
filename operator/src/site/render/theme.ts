// Theme values reach CSS, so they are checked again here, whatever validation happened upstream: colours
// must be #rrggbb, fonts and radii must be allowlist keys. Anything else falls back to a safe default, so a
// document that skipped validation still cannot inject CSS. Then the palette is adjusted until every pair
// the design puts together meets WCAG AA.

import { contrastRatio, FONT_STACKS, type FontKey } from '@pagemagic/crds/site-document';

export const AA_TEXT = 4.5;

const HEX = /^#[0-9a-fA-F]{6}$/;

const DEFAULT_PALETTE = {
  primary: '#1f5fbf',
  accent: '#b4470f',
  background: '#ffffff',
  surface: '#f3f5f8',
  text: '#1a1d21',
  mutedText: '#545b66',
} as const;

const RADII = { none: '0', small: '.25rem', medium: '.6rem', large: '1.1rem', full: '1.5rem' } as const;
type Radius = keyof typeof RADII;

export interface SafeTheme {
  mode: 'light' | 'dark';
  headingFont: string;
  bodyFont: string;
  /** Corner radius for cards and images. */
  radius: string;
  /** Corner radius for buttons: pill-shaped on "full". */
  buttonRadius: string;
  /** Smaller radius for inputs and small controls. */
  smallRadius: string;
  colors: ThemeColors;
}

/** Every colour the stylesheet uses, each already checked for the contrast its role needs. */
export interface ThemeColors {
  background: string;
  surface: string;
  text: string;
  muted: string;
  /** Links and other coloured text on background or surface. */
  link: string;
  /** Coloured text in the accent hue (eyebrows, ratings, ticks). */
  accentText: string;
  /** Decorative accent (bars, borders); not used for text. */
  accent: string;
  /** Button (and call-to-action band) background, and the text on it. */
  button: string;
  onButton: string;
  /** Hairlines between items; decorative. */
  line: string;
  /** The raw primary, for art. */
  primary: string;
}

/** A theme that is safe to write into CSS, from any value at all. */
export function safeTheme(theme: unknown): SafeTheme {
  const t = record(theme);
  const palette = record(t.palette);
  const typography = record(t.typography);
  const colour = (key: keyof typeof DEFAULT_PALETTE) => {
    const value = palette[key];
    return typeof value === 'string' && HEX.test(value) ? value.toLowerCase() : DEFAULT_PALETTE[key];
  };
  const radiusKey: Radius = isKey(RADII, t.radius) ? t.radius : 'medium';
  return {
    mode: t.mode === 'dark' ? 'dark' : 'light',
    headingFont: FONT_STACKS[fontKey(typography.heading)],
    bodyFont: FONT_STACKS[fontKey(typography.body)],
    radius: RADII[radiusKey],
    buttonRadius: radiusKey === 'full' ? '999px' : RADII[radiusKey],
    smallRadius: radiusKey === 'none' ? '0' : '.3rem',
    colors: accessibleColors({
      primary: colour('primary'),
      accent: colour('accent'),
      background: colour('background'),
      surface: colour('surface'),
      text: colour('text'),
      mutedText: colour('mutedText'),
    }),
  };
}

function fontKey(value: unknown): FontKey {
  return isKey(FONT_STACKS, value) ? value : 'system-sans';
}

function isKey<T extends object>(table: T, value: unknown): value is keyof T {
  return typeof value === 'string' && Object.hasOwn(table, value);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** Derives the stylesheet's colours from a palette of #rrggbb values, fixing any pair below WCAG AA. */
export function accessibleColors(palette: {
  primary: string;
  accent: string;
  background: string;
  surface: string;
  text: string;
  mutedText: string;
}): ThemeColors {
  const backgrounds = [palette.background, palette.surface];
  const onButton = bestOf(['#ffffff', '#141414'], [palette.primary]);
  return {
    background: palette.background,
    surface: palette.surface,
    text: ensureContrast(palette.text, backgrounds),
    muted: ensureContrast(palette.mutedText, backgrounds),
    link: ensureContrast(palette.primary, backgrounds),
    accentText: ensureContrast(palette.accent, backgrounds),
    accent: palette.accent,
    button: ensureContrast(palette.primary, [onButton]),
    onButton,
    line: mix(palette.text, palette.background, 0.82),
    primary: palette.primary,
  };
}

/**
 * Returns `foreground` if it reaches `minimum` contrast against every background, otherwise the closest
 * colour that does: the foreground mixed step by step towards black or white (whichever contrasts more with
 * the backgrounds), so the hue survives as far as it can. Deterministic; always returns #rrggbb lowercase.
 */
export function ensureContrast(
  foreground: string,
  backgrounds: string | readonly string[],
  minimum = AA_TEXT,
): string {
  const bgs = typeof backgrounds === 'string' ? [backgrounds] : backgrounds;
  const fg = foreground.toLowerCase();
  const worst = (colour: string) => Math.min(...bgs.map((bg) => contrastRatio(colour, bg)));
  if (worst(fg) >= minimum) return fg;
  const targets = ['#000000', '#ffffff'].sort((a, b) => worst(b) - worst(a));
  for (const target of targets) {
    // 64 steps: fine enough that the result is barely darker or lighter than it needs to be.
    for (let step = 1; step <= 64; step++) {
      const candidate = mix(fg, target, step / 64);
      if (worst(candidate) >= minimum) return candidate;
    }
  }
  // Backgrounds on both sides of mid-grey can defeat any single colour; take the best there is.
  return bestOf(['#000000', '#ffffff'], bgs);
}

function bestOf(candidates: readonly string[], backgrounds: readonly string[]): string {
  const score = (c: string) => Math.min(...backgrounds.map((bg) => contrastRatio(c, bg)));
  return candidates.reduce((best, c) => (score(c) > score(best) ? c : best));
}

/** `a` mixed with `b`, `amount` of the way from a (0) to b (1), per sRGB channel. */
export function mix(a: string, b: string, amount: number): string {
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  let out = '#';
  for (let i = 0; i < 3; i++) {
    const value = Math.round(channel(a, i) + (channel(b, i) - channel(a, i)) * amount);
    out += value.toString(16).padStart(2, '0');
  }
  return out;
}
