// Small string helpers shared by the builder, the translator and the section rewriter.

/** Lower case without accents, so "Clínica" and "clinica" match the same word. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Collapses whitespace (and drops control characters, which no page should carry) and trims. */
export function tidy(text: string): string {
  return text
    .replace(/[[\p{Cc}\p{Cf}]--[\u200d]]/gv, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts text to at most `max` UTF-16 units at a word boundary, ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Never leave half of a surrogate pair behind.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  const shorter = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '');
  return `${shorter || cut}…`;
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
