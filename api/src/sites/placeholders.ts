import { describePlaceholder, findPlaceholders, type SiteDocument } from '@pagemagic/crds/site-document';

export interface PlaceholderWarning {
  fact: ReturnType<typeof findPlaceholders>[number]['fact'];
  /** The fact as people say it, with what it belongs to: "price of Pastel de nata". */
  label: string;
  subject?: string;
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
    .map(({ fact, subject, note, page, sectionId, path }) => ({
      fact,
      label: describePlaceholder({ fact, subject }),
      ...(subject ? { subject } : {}),
      ...(note ? { note } : {}),
      page,
      sectionId,
      path,
    }));
}
