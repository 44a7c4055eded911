// Locale tags as the site document wants them ("pt-BR", "zh-Hant-TW") and the languages we have copy for.

export const COPY_LANGUAGES = ['en', 'pt', 'es', 'fr', 'de'] as const;
export type CopyLanguage = (typeof COPY_LANGUAGES)[number];

const DOCUMENT_TAG = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$/;

/**
 * Canonical casing ("pt-br" → "pt-BR", "zh-hant-tw" → "zh-Hant-TW"). A tag the document cannot hold (a
 * variant such as "de-1996", private use) is reduced to its language, which still names the right copy.
 */
export function normalizeLocale(tag: string): string {
  const [language = '', ...rest] = tag.trim().replace(/_/g, '-').split('-');
  const parts = [language.toLowerCase()];
  for (const part of rest) {
    if (/^[A-Za-z]{4}$/.test(part)) parts.push(part.charAt(0).toUpperCase() + part.slice(1).toLowerCase());
    else if (/^[A-Za-z]{2}$/.test(part)) parts.push(part.toUpperCase());
    else parts.push(part);
  }
  const canonical = parts.join('-');
  if (DOCUMENT_TAG.test(canonical)) return canonical;
  if (/^[a-z]{2,3}$/.test(parts[0] ?? '')) return parts[0] as string;
  throw new Error(`not a locale tag: ${JSON.stringify(tag)}`);
}

/** The brief's locales, canonical and without duplicates; English when none are given. */
export function normalizeLocales(tags: readonly string[] | undefined): string[] {
  const locales = [...new Set((tags?.length ? tags : ['en']).map(normalizeLocale))];
  if (locales.length > 10) throw new Error(`a site has at most 10 locales (got ${locales.length})`);
  return locales;
}

export function baseLanguage(locale: string): string {
  return locale.split('-')[0] ?? locale;
}

/** The language whose phrase tables a locale uses; English for languages we have no tables for. */
export function copyLanguage(locale: string): CopyLanguage {
  const base = baseLanguage(locale);
  return (COPY_LANGUAGES as readonly string[]).includes(base) ? (base as CopyLanguage) : 'en';
}

/** The region of a tag ("BR" for "pt-BR"), if it has one. */
export function regionOf(locale: string): string | undefined {
  return locale.split('-').find((part, i) => i > 0 && /^[A-Z]{2}$/.test(part));
}
