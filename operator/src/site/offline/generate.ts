import {
  SITE_DOCUMENT_SCHEMA_VERSION,
  type SiteDocument,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import type { SiteBrief } from '../generator.ts';
import { buildContent, type SiteFacts, takeOf } from './build.ts';
import { copyFor } from './copy/index.ts';
import { extractBriefFacts } from './facts.ts';
import { baseLanguage, normalizeLocales, regionOf } from './locales.ts';
import { countryFor, knownPlace } from './places.ts';
import { planPages } from './plan.ts';
import { seedFrom } from './random.ts';
import { capitalize, clip, fold, tidy } from './text.ts';
import { pickTheme } from './theme.ts';

/** The facts a site is built from: the brief read by extractBriefFacts, settled against the locales. */
export function siteFacts(brief: SiteBrief, locales: readonly string[]): SiteFacts {
  const facts = extractBriefFacts(brief.prompt);
  const defaultLocale = locales[0] ?? 'en';
  // Where the business is decides currency, phone format and people's names: the place if we know it,
  // else the default locale's region, else the language of the brief, else the default locale's language.
  const code =
    facts.country ??
    regionOf(defaultLocale) ??
    (facts.language !== 'en' ? facts.language.toUpperCase() : undefined) ??
    baseLanguage(defaultLocale);
  const country = countryFor(code.length === 2 && code === code.toUpperCase() ? code : code.toLowerCase());
  const name = clip(tidy(brief.name ?? '') || facts.name, 80);
  const result: SiteFacts = {
    name,
    kind: facts.kind,
    country,
    currency: country.currency,
    // Capitalised as on the menu, so translate.ts reads back exactly what it finds there.
    products: facts.products.map(capitalize),
    alwaysOpen: facts.alwaysOpen,
    pages: planPages(facts.kind, copyFor('en').kinds[facts.kind], brief.pages),
  };
  if (facts.place) result.place = facts.place;
  const postalCode = facts.place ? knownPlace(facts.place)?.postalCode : undefined;
  if (postalCode) result.postalCode = postalCode;
  if (facts.year) result.year = facts.year;
  if (brief.variant) result.variant = brief.variant;
  return result;
}

/** Assembles and checks a whole document; an invalid one is a bug in the offline generator. */
export function assembleSite(
  facts: SiteFacts,
  locales: readonly string[],
  theme: SiteDocument['theme'],
): SiteDocument {
  const [defaultLocale = 'en', ...others] = locales;
  const site: SiteDocument = {
    schemaVersion: SITE_DOCUMENT_SCHEMA_VERSION,
    name: facts.name,
    kind: facts.kind,
    locales: [...locales],
    defaultLocale,
    theme,
    ...buildContent(facts, defaultLocale),
    translations: Object.fromEntries(others.map((locale) => [locale, buildContent(facts, locale)])),
  };
  return assertValid(site);
}

export function assertValid(site: SiteDocument): SiteDocument {
  const result = validateSiteDocument(site);
  if (!result.ok) {
    const details = result.errors.map((e) => `${e.path || '/'}: ${e.message}`).join('\n');
    throw new Error(`offline generator produced an invalid site document (a bug):\n${details}`);
  }
  return site;
}

export function generateOfflineSite(brief: SiteBrief): SiteDocument {
  const locales = normalizeLocales(brief.locales);
  const facts = siteFacts(brief, locales);
  const theme = pickTheme(
    facts.kind,
    brief.tone,
    seedFrom('theme', fold(tidy(brief.prompt)), brief.tone, ...takeOf(facts)),
  );
  return assembleSite(facts, locales, theme);
}
