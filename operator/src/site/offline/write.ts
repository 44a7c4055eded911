// Writes a whole site document from the facts of a brief: the name, the layout family, the pages, the
// theme and every locale's content, checked against the schema before it is returned.

import {
  BUSINESS_KINDS,
  type BusinessKind,
  KIND_FAMILIES,
  type KindFamily,
  SITE_DOCUMENT_SCHEMA_VERSION,
  type SiteDocument,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import { type BriefFacts, KIND_CONFIDENCE_THRESHOLD } from '../brief/types.ts';
import type { SiteBrief } from '../generator.ts';
import { buildContent, hasGoodToKnow, hasOffer, hasStats, type SiteFacts, unnamedName } from './build.ts';
import { planPages, type SectionKey } from './layout.ts';
import { copyLanguage, normalizeLocales } from './locales.ts';
import { seedFrom } from './random.ts';
import { clip, fold, tidy } from './text.ts';
import { pickTheme } from './theme.ts';

/** The same from facts already read (tests hold the generator to hand-written facts this way). */
export function generateFromFacts(brief: SiteBrief, facts: BriefFacts): SiteDocument {
  // Absent locales mean the brief's own language, when the offline generator writes it.
  const requested = brief.locales?.length
    ? brief.locales
    : [facts.language.supported ? facts.language.code : 'en'];
  const locales = normalizeLocales(requested);
  const [defaultLocale = 'en'] = locales;
  // Below the confidence threshold the site is no kind in particular: the neutral layout, the brief's noun.
  const sure =
    facts.kind.confidence >= KIND_CONFIDENCE_THRESHOLD &&
    (BUSINESS_KINDS as readonly string[]).includes(facts.kind.id) &&
    (KIND_FAMILIES as readonly string[]).includes(facts.kind.family);
  const kind: BusinessKind = sure ? facts.kind.id : 'generic';
  const family: KindFamily = sure && kind !== 'generic' ? facts.kind.family : 'neutral';
  const variant =
    Number.isSafeInteger(brief.variant) && (brief.variant ?? 0) > 0 ? (brief.variant as number) : 0;
  const given = clip(tidy(brief.name ?? ''), 80) || clip(tidy(facts.name?.value ?? ''), 80);
  const name = given || unnamedName(facts, family, defaultLocale, copyLanguage(defaultLocale));
  const has = (section: SectionKey): boolean => {
    switch (section) {
      case 'offer':
        return hasOffer(facts);
      case 'good-to-know':
        return hasGoodToKnow(facts);
      case 'stats':
        return hasStats(facts);
      case 'team':
        return facts.people.some((p) => tidy(p.name) !== '');
      default:
        return true;
    }
  };
  const site: SiteFacts = {
    brief: facts,
    name,
    family,
    pages: planPages(family, has, brief.pages),
    variant,
    named: given !== '',
  };
  const theme = pickTheme(
    family,
    brief.tone,
    seedFrom('theme', fold(tidy(brief.prompt)), brief.tone, variant || undefined),
  );
  const [first, ...others] = locales.map((locale) => buildContent(site, locale, copyLanguage(locale)));
  const document: SiteDocument = {
    schemaVersion: SITE_DOCUMENT_SCHEMA_VERSION,
    name,
    kind,
    locales,
    defaultLocale,
    theme,
    generatedBy: { generator: 'offline' },
    ...(first as NonNullable<typeof first>),
    translations: Object.fromEntries(others.map((content, i) => [locales[i + 1] as string, content])),
  };
  return assertValid(document);
}

export function assertValid(site: SiteDocument): SiteDocument {
  const result = validateSiteDocument(site);
  if (!result.ok) {
    const details = result.errors.map((e) => `${e.path || '/'}: ${e.message}`).join('\n');
    throw new Error(`offline generator produced an invalid site document (a bug):\n${details}`);
  }
  return site;
}
