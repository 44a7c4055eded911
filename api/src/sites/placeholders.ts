import { findPlaceholders, placeholderLabel, type SiteDocument } from '@pagemagic/crds/site-document';

export interface PlaceholderWarning {
  fact: ReturnType<typeof findPlaceholders>[number]['fact'];
  label: string;
  note?: string;
  page: string;
  sectionId: string;
  path: string;
}

/**
 * The facts the owner still has to give, once each: the default locale names them, and a translation holds
 * the same placeholders at the same places.
 */
export function placeholderWarnings(site: SiteDocument): PlaceholderWarning[] {
  return findPlaceholders(site)
    .filter((found) => found.locale === site.defaultLocale)
    .map(({ fact, note, page, sectionId, path }) => ({
      fact,
      label: placeholderLabel(fact),
      ...(note ? { note } : {}),
      page,
      sectionId,
      path,
    }));
}
