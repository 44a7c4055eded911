import { describePlaceholder, placeholdersToFill, type SiteDocument } from '@pagemagic/crds/site-document';
import type { Static } from '@sinclair/typebox';
import type { PlaceholderWarningSchema } from '../contract/sites.ts';

export type PlaceholderWarning = Static<typeof PlaceholderWarningSchema>;

/** What publishing warns about: each fact the published pages leave out, named as people say it. */
export function placeholderWarnings(site: SiteDocument): PlaceholderWarning[] {
  return placeholdersToFill(site).map(({ fact, subject, note, page, sectionId, path }) => ({
    fact,
    label: describePlaceholder({ fact, subject }),
    ...(subject ? { subject } : {}),
    ...(note ? { note } : {}),
    page,
    sectionId,
    path,
  }));
}
