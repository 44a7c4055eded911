import { contrastRatio, type FontKey, type KindFamily, type Theme } from '@pagemagic/crds/site-document';
import { familyLayout } from './layout.ts';
import { createRng } from './random.ts';

export type Tone = 'friendly' | 'professional' | 'playful' | 'elegant' | 'bold';

const SERIF: readonly FontKey[] = ['didone', 'old-style', 'transitional', 'classical', 'system-serif'];
const PLAYFUL: readonly FontKey[] = ['rounded', 'handwritten', 'geometric'];

/** True for a palette whose background is darker than its text. */
export function isDark(palette: Theme['palette']): boolean {
  return contrastRatio(palette.background, '#000000') < contrastRatio(palette.text, '#000000');
}

/**
 * A theme for the family: one of its palettes, font pairs and radii, picked by the seed and nudged by the
 * tone (bold prefers a dark palette, elegant a serif heading, playful round corners and friendly type).
 */
export function pickTheme(family: KindFamily, tone: Tone | undefined, seed: number): Theme {
  const data = familyLayout(family);
  const rng = createRng(seed);
  const light = data.palettes.filter((p) => !isDark(p));
  const dark = data.palettes.filter(isDark);
  let palette = rng.pick(data.palettes);
  if (tone === 'bold' && dark.length > 0) palette = rng.pick(dark);
  if ((tone === 'professional' || tone === 'elegant') && isDark(palette) && light.length > 0)
    palette = rng.pick(light);

  let fonts = rng.pick(data.fonts);
  const prefer = (keys: readonly FontKey[]) => data.fonts.find(([heading]) => keys.includes(heading));
  if (tone === 'elegant') fonts = prefer(SERIF) ?? ['didone', 'humanist'];
  if (tone === 'playful') fonts = prefer(PLAYFUL) ?? ['rounded', 'humanist'];

  let radius = rng.pick(data.radii);
  if (tone === 'playful') radius = 'large';
  if (tone === 'professional' && (radius === 'large' || radius === 'full')) radius = 'medium';

  return {
    palette: { ...palette },
    typography: { heading: fonts[0], body: fonts[1] },
    radius,
    mode: isDark(palette) ? 'dark' : 'light',
  };
}
