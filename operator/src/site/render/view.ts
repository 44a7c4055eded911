// The helpers templates call. Each takes raw document values, which may be anything if validation was
// skipped, and returns plain, checked data: a resolved href or undefined, a formatted price, an image with an
// https or generated source. Templates then only print strings with <%= %>.

import { FORM_ISSUED_FIELD, FORM_TRAP_FIELD } from '@pagemagic/crds/site-document';
import { sha256Hex } from '#sha256';
import { drawArt } from './art.ts';
import { countryName, formatDate, formatPrice, hoursRows } from './format.ts';
import { httpsUrl, mailtoHref, postUrlPath, resolveHref, telHref } from './links.ts';
import type { UiStrings } from './strings.ts';
import type { SafeTheme } from './theme.ts';

export interface LinkView {
  label: string;
  href?: string;
  current?: boolean;
}

export interface ImageView {
  src: string;
  width: number;
  height: number;
  alt: string;
  /** Above the fold: loaded at once rather than lazily. */
  eager: boolean;
  /** The likely largest paint: fetched first. */
  priority: boolean;
}

export interface PostCard {
  href: string;
  title: string;
  date: string;
  dateLabel: string;
  excerpt: string;
  image?: ImageView;
}

export interface FormView {
  action: string;
  enctype?: string;
  mailNote: boolean;
  hidden: Array<{ name: string; value: string }>;
  /** A field people never see or fill; a form-filling robot fills it, and the platform drops what it sends. */
  trap?: { id: string; name: string; label: string };
  submitLabel: string;
  fields: FieldView[];
}

export interface FieldView {
  id: string;
  name: string;
  label: string;
  type: string;
  required: boolean;
  placeholder?: string;
  options: string[];
  autocomplete?: string;
}

/** Generated art files, named by content hash, shared by every page of a render. */
export class ArtFiles {
  readonly files = new Map<string, string>();
  readonly #theme: SafeTheme;
  // The same spec appears on every locale's copy of a page; draw it once.
  readonly #paths = new Map<string, string>();

  constructor(theme: SafeTheme) {
    this.#theme = theme;
  }

  add(motif: unknown, seed: unknown, width: number, height: number): string {
    const spec = [
      typeof motif === 'string' ? motif : 'blobs',
      typeof seed === 'number' && Number.isFinite(seed) ? seed : 0,
      width,
      height,
    ] as const;
    const key = JSON.stringify(spec);
    let path = this.#paths.get(key);
    if (!path) {
      const c = this.#theme.colors;
      const svg = drawArt(...spec, {
        background: c.background,
        surface: c.surface,
        primary: c.primary,
        accent: c.accent,
      });
      path = `/art/${sha256Hex(svg).slice(0, 16)}.svg`;
      this.files.set(path, svg);
      this.#paths.set(key, path);
    }
    return path;
  }
}

export interface ViewContext {
  locale: string;
  /** The locale's root path, "/" or "/pt/". */
  root: string;
  t: UiStrings;
  art: ArtFiles;
  /** The URL path of the page being rendered, to mark the current navigation item. */
  currentPath: string;
  siteName: string;
  formAction?: string;
  posts: readonly unknown[];
}

const FIELD_TYPES = new Set(['text', 'email', 'tel', 'textarea', 'select', 'date', 'number', 'checkbox']);
const AUTOCOMPLETE: Readonly<Record<string, string>> = { email: 'email', tel: 'tel' };

export function viewHelpers(ctx: ViewContext) {
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

  const image = (img: unknown, eager = false, priority = false): ImageView | undefined => {
    if (typeof img !== 'object' || img === null) return undefined;
    const { kind, src, alt, width, height, motif, seed } = img as Record<string, unknown>;
    const w = dimension(width);
    const h = dimension(height);
    if (!w || !h) return undefined;
    const base = { width: w, height: h, alt: text(alt), eager, priority: eager && priority };
    if (kind === 'art') return { src: ctx.art.add(motif, seed, w, h), ...base };
    const https = kind === 'url' ? httpsUrl(src) : undefined;
    return https ? { src: https, ...base } : undefined;
  };

  const link = (value: unknown): LinkView => {
    const { label, href } = (typeof value === 'object' && value !== null ? value : {}) as Record<
      string,
      unknown
    >;
    const resolved = resolveHref(href, ctx.root);
    return { label: text(label), href: resolved, current: resolved === ctx.currentPath };
  };

  return {
    text,
    list,
    image,
    link,
    href: (href: unknown) => resolveHref(href, ctx.root),
    tel: telHref,
    mailto: (email: unknown) => mailtoHref(email),
    https: httpsUrl,
    price: (price: unknown) => formatPrice(price, ctx.locale),
    date: (date: unknown) => formatDate(date, ctx.locale),
    hours: (hours: unknown) => hoursRows(hours, ctx.locale),
    country: (code: unknown) => countryName(code, ctx.locale),
    /** A heading element name for a level, kept within h1–h6. */
    hx: (level: number) => `h${Math.min(6, Math.max(1, Math.trunc(level) || 2))}`,
    stars: (rating: unknown) => {
      if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 1 || rating > 5)
        return undefined;
      return {
        label: ctx.t.rating.replace('{n}', String(rating)),
        glyphs: '★'.repeat(rating) + '☆'.repeat(5 - rating),
      };
    },
    period: (period: unknown) =>
      typeof period === 'string' && Object.hasOwn(ctx.t.period, period)
        ? ctx.t.period[period as keyof UiStrings['period']]
        : undefined,
    initials: (name: unknown) =>
      text(name)
        .split(/\s+/)
        .map((word) => Array.from(word)[0] ?? '')
        .filter((c) => /[\p{L}\p{N}]/u.test(c))
        .slice(0, 2)
        .join('')
        .toLocaleUpperCase(ctx.locale),
    posts: (props: unknown) => postCards(props, ctx, image),
    form: (sectionId: unknown, props: unknown) => formView(sectionId, props, ctx),
  };
}

export type ViewHelpers = ReturnType<typeof viewHelpers>;

function dimension(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 8000
    ? value
    : undefined;
}

function postCards(
  props: unknown,
  ctx: ViewContext,
  image: (img: unknown) => ImageView | undefined,
): PostCard[] {
  const { postSlugs, limit } = (props ?? {}) as Record<string, unknown>;
  const posts = ctx.posts.filter(
    (p): p is Record<string, unknown> =>
      typeof p === 'object' && p !== null && typeof (p as { slug?: unknown }).slug === 'string',
  );
  const chosen = Array.isArray(postSlugs)
    ? postSlugs.flatMap((slug) => posts.filter((p) => p.slug === slug).slice(0, 1))
    : // Newest first; the slug breaks ties so the order never depends on input order.
      [...posts].sort(
        (a, b) => compare(String(b.date), String(a.date)) || compare(String(a.slug), String(b.slug)),
      );
  const count = typeof limit === 'number' && Number.isInteger(limit) && limit > 0 ? limit : 12;
  return chosen.slice(0, count).map((post) => ({
    href: postUrlPath(String(post.slug), ctx.root),
    title: typeof post.title === 'string' ? post.title : '',
    date: typeof post.date === 'string' ? post.date : '',
    dateLabel: formatDate(post.date, ctx.locale) ?? '',
    excerpt: typeof post.excerpt === 'string' ? post.excerpt : '',
    image: image(post.image),
  }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function formView(sectionId: unknown, props: unknown, ctx: ViewContext): FormView | undefined {
  const { form, email, heading } = (props ?? {}) as Record<string, unknown>;
  if (typeof form !== 'object' || form === null) return undefined;
  const { fields, submitLabel } = form as Record<string, unknown>;
  const id = typeof sectionId === 'string' ? sectionId : 'contact';
  let target: Pick<FormView, 'action' | 'enctype' | 'mailNote' | 'hidden' | 'trap'> | undefined;
  if (ctx.formAction) {
    target = {
      action: ctx.formAction,
      mailNote: false,
      hidden: [
        { name: '_section', value: id },
        { name: '_locale', value: ctx.locale },
        // Where the person was, for the way back from an answer.
        { name: '_page', value: ctx.currentPath },
        // Left empty: the site server signs the time it serves the page into it (crds/src/form-stamp.ts).
        { name: FORM_ISSUED_FIELD, value: '' },
      ],
      trap: { id: `_f-${id}-${FORM_TRAP_FIELD}`, name: FORM_TRAP_FIELD, label: ctx.t.formTrap },
    };
  } else {
    // No form service configured: the browser hands the filled-in form to the visitor's mail app.
    const subject = typeof heading === 'string' ? `${ctx.siteName}: ${heading}` : ctx.siteName;
    const action = mailtoHref(email, subject);
    if (action) target = { action, enctype: 'text/plain', mailNote: true, hidden: [] };
  }
  if (!target) return undefined;
  const views = (Array.isArray(fields) ? fields : []).flatMap((f): FieldView[] => {
    if (typeof f !== 'object' || f === null) return [];
    const { name, label, type, required, placeholder, options } = f as Record<string, unknown>;
    if (typeof name !== 'string' || typeof label !== 'string') return [];
    const kind = typeof type === 'string' && FIELD_TYPES.has(type) ? type : 'text';
    return [
      {
        id: `_f-${id}-${name}`,
        name,
        label,
        type: kind,
        required: required === true,
        placeholder: typeof placeholder === 'string' ? placeholder : undefined,
        options: Array.isArray(options) ? options.filter((o): o is string => typeof o === 'string') : [],
        autocomplete: name === 'name' ? 'name' : AUTOCOMPLETE[kind],
      },
    ];
  });
  if (views.length === 0) return undefined;
  return { ...target, submitLabel: typeof submitLabel === 'string' ? submitLabel : 'Send', fields: views };
}
