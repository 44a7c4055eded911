import { COPY_LANGUAGES, type CopyLanguage } from '../brief/types.ts';

// Locale tags as the site document wants them ("pt-BR", "zh-Hant-TW"), and the languages the offline
// generator can write.

/** A locale the offline generator has no copy for: it refuses rather than write English under another tag. */
export class UnsupportedLocaleError extends Error {
  readonly locale: string;
  readonly supported: readonly CopyLanguage[] = COPY_LANGUAGES;
  constructor(locale: string) {
    super(
      `the offline generator cannot write ${JSON.stringify(locale)}; it writes ${COPY_LANGUAGES.join(', ')} (configure an AI key for other languages)`,
    );
    this.name = 'UnsupportedLocaleError';
    this.locale = locale;
  }
}

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

export function baseLanguage(locale: string): string {
  return locale.split('-')[0] ?? locale;
}

export function isCopyLanguage(language: string): language is CopyLanguage {
  return (COPY_LANGUAGES as readonly string[]).includes(language);
}

/** The language whose copy a locale is written in; throws UnsupportedLocaleError for any other. */
export function copyLanguage(locale: string): CopyLanguage {
  const base = baseLanguage(locale);
  if (!isCopyLanguage(base)) throw new UnsupportedLocaleError(locale);
  return base;
}

/** Canonical tags without duplicates, every one of them a language the offline generator writes. */
export function normalizeLocales(tags: readonly string[]): string[] {
  const locales = [...new Set(tags.map(normalizeLocale))];
  if (locales.length > 10) throw new Error(`a site has at most 10 locales (got ${locales.length})`);
  for (const locale of locales) copyLanguage(locale);
  return locales;
}
