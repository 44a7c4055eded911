// Small string helpers shared by the extractor, the builder and the section rewriter.

/** Lower case without accents, so "Clínica" and "clinica" match the same keyword. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A kebab-case ASCII slug: "Padaria Ribeira" → "padaria-ribeira". */
export function slugify(text: string, fallback = 'site'): string {
  const slug = fold(text)
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return slug || fallback;
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

// Joining words stay lower case in names such as "Rio de Janeiro" or "Kanzlei für Arbeitsrecht".
const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'of',
  'the',
  'de',
  'da',
  'do',
  'das',
  'dos',
  'del',
  'la',
  'le',
  'les',
  'des',
  'du',
  'e',
  'y',
  'et',
  'und',
  'für',
  'am',
  'im',
  'an',
  'von',
  'zu',
  'em',
  'en',
  'à',
]);

/** Title Case for English-style names, keeping joining words and existing capitals ("B2B") as they are. */
export function titleCase(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : capitalize(word)))
    .join(' ');
}

/** Collapses whitespace and trims. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts text to at most `max` characters at a word boundary, ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}

/** The first sentence of a text, or the text itself when it has only one. */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(?:\s+\p{Lu}|\s*$)/u.exec(text);
  return match?.[1] ?? text;
}

/** Document values that are data, not prose (ids, links, codes, times): no edit or translation touches them. */
export const DATA_VALUE_KEYS = [
  'id',
  'type',
  'href',
  'slug',
  'kind',
  'motif',
  'src',
  'currency',
  'day',
  'opens',
  'closes',
  'email',
  'phone',
  'mapUrl',
  'country',
  'date',
  'period',
] as const;
