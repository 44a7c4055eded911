import {
  contentForLocale,
  type LocalizedContent,
  type Section,
  type SiteDocument,
} from '@pagemagic/crds/site-document';
import { buildContent, type SiteFacts, sectionId } from './build.ts';
import { copyFor } from './copy/index.ts';
import { assertValid } from './generate.ts';
import { KIND_DATA, type PagePlan, type SectionKey } from './kinds.ts';
import { copyLanguage, normalizeLocale } from './locales.ts';
import { countryByCode, countryFor } from './places.ts';
import { pageKeyOf } from './plan.ts';
import { DATA_VALUE_KEYS } from './text.ts';

// translateSite offline. The document keeps no brief, so the facts the copy was written from are read
// back from the document itself: name and kind, the place and country from the contact section, the
// founding year from the stats, the brief's products from the offer list, the pages from the slugs and
// section ids. From those facts the generator writes the default locale again and the new one. When the
// rewritten default locale is the document's own (an untouched offline site), the new locale is exactly
// what generating with both locales would give. When the document was edited or written by the AI, every
// string the offline tables know is translated phrase by phrase, and the rest is kept as it is, in the
// same structure, so the document stays valid.

export function translateOfflineSite(site: SiteDocument, locale: string): SiteDocument {
  const tag = normalizeLocale(locale);
  if (tag === site.defaultLocale) {
    throw new Error(`${tag} is the default locale of this site; translateSite adds other locales`);
  }
  if (!site.locales.includes(tag) && site.locales.length >= 10) {
    throw new Error('a site has at most 10 locales');
  }
  const base = contentForLocale(site, site.defaultLocale) as LocalizedContent;
  const facts = factsFromSite(site);
  const source = buildContent(facts, site.defaultLocale);
  const content =
    JSON.stringify(source) === JSON.stringify(base)
      ? buildContent(facts, tag)
      : translateTree(base, phraseMap(facts, site.defaultLocale, tag));
  const result: SiteDocument = {
    ...site,
    locales: site.locales.includes(tag) ? [...site.locales] : [...site.locales, tag],
    translations: { ...site.translations, [tag]: content },
  };
  return assertValid(result);
}

function allSections(content: LocalizedContent): Section[] {
  return content.pages.flatMap((p) => p.sections);
}

export function factsFromSite(site: SiteDocument): SiteFacts {
  const sections = allSections(site);
  const contact = sections.find((s) => s.type === 'contact');
  const props = contact?.type === 'contact' ? contact.props : undefined;
  const prices = JSON.stringify(site.pages).match(/"currency":"([A-Z]{3})"/);
  const country = props?.address
    ? countryByCode(props.address.country)
    : (['PT', 'BR', 'ES', 'MX', 'AR', 'FR', 'BE', 'CH', 'DE', 'AT', 'GB', 'IE', 'US', 'CA', 'AU', 'NL', 'IT']
        .map(countryByCode)
        .find((c) => c.phone === props?.phone && (!prices || c.currency === prices[1])) ??
      countryFor(undefined));
  const stats = sections.find((s) => s.type === 'stats');
  const year =
    stats?.type === 'stats'
      ? stats.props.items.find((i) => /^(?:1[89]|20)\d\d$/.test(i.value))?.value
      : undefined;
  const note = copyFor(copyLanguage(site.defaultLocale)).kinds[site.kind].offer?.productNote;
  const offer = sections.find((s) => s.type === 'services');
  const products =
    offer?.type === 'services' && note
      ? (offer.props.groups[0]?.items ?? []).filter((i) => i.description === note).map((i) => i.name)
      : [];
  const facts: SiteFacts = {
    name: site.name,
    kind: site.kind,
    country,
    currency: prices?.[1] ?? country.currency,
    products,
    alwaysOpen:
      props?.hours?.length === 7 && props.hours.every((h) => h.opens === '00:00' && h.closes === '23:59'),
    pages: planFromSite(site),
  };
  if (props?.address) facts.place = props.address.locality;
  if (props?.address?.postalCode) facts.postalCode = props.address.postalCode;
  if (year) facts.year = Number(year);
  return facts;
}

// The page plan behind the document's pages: known section ids map back to their keys; anything else
// (a section the owner or the AI added) is left out, and the comparison with the document then fails.
function planFromSite(site: SiteDocument): PagePlan[] {
  const defaults = KIND_DATA[site.kind].pages;
  const offerSlug = defaults.find((p) => p.sections.includes('offer'))?.slug;
  const keys: SectionKey[] = [
    'hero',
    'features',
    'stats',
    'reviews',
    'cta',
    'offer',
    'plans',
    'gallery',
    'logos',
    'story',
    'values',
    'team',
    'faq',
    'contact',
    'posts',
  ];
  const draft = site.pages.map((page) => ({
    key: page.slug === 'index' ? ('home' as const) : (pageKeyOf(page.slug) ?? 'about'),
    slug: page.slug,
    ids: page.sections.map((s) => s.id),
  }));
  const offerPage = draft.find((p) => p.ids.includes(offerSlug ?? '')) ? offerSlug : undefined;
  const pages = draft.map((p) => ({ key: p.key, slug: p.slug, sections: [] as SectionKey[] }));
  const byId = (plans: PagePlan[]) => new Map(keys.map((key) => [sectionId(key, plans), key] as const));
  // The offer's id is its page's slug, so resolve ids against a plan that knows where the offer is.
  const lookup = byId(offerPage ? [{ key: 'offer', slug: offerPage, sections: ['offer'] }] : []);
  draft.forEach((p, i) => {
    const target = pages[i];
    if (!target) return;
    target.sections = p.ids.map((id) => lookup.get(id)).filter((k): k is SectionKey => k !== undefined);
  });
  return pages.filter((p) => p.sections.length > 0);
}

// source phrase → translated phrase, from writing the same facts in both languages with every page the
// kind can have, so phrases from pages the document does not (yet) show are known too.
function phraseMap(facts: SiteFacts, from: string, to: string): Map<string, string> {
  const full: SiteFacts = { ...facts, pages: mergePlans(facts.pages, KIND_DATA[facts.kind].pages) };
  const map = new Map<string, string>();
  collect(buildContent(full, from), buildContent(full, to), map);
  return map;
}

function mergePlans(own: PagePlan[], defaults: PagePlan[]): PagePlan[] {
  const used = new Set(own.flatMap((p) => p.sections));
  const extra = defaults
    .filter((p) => !own.some((o) => o.slug === p.slug))
    .map((p) => ({ ...p, sections: p.sections.filter((s) => !used.has(s)) }))
    .filter((p) => p.sections.length > 0);
  return [...own, ...extra];
}

function collect(a: unknown, b: unknown, map: Map<string, string>): void {
  if (typeof a === 'string' && typeof b === 'string') {
    if (!map.has(a)) map.set(a, b);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    for (const [i, item] of a.entries()) collect(item, b[i], map);
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const [key, value] of Object.entries(a)) collect(value, (b as Record<string, unknown>)[key], map);
  }
}

const KEEP = new Set<string>([...DATA_VALUE_KEYS, 'network']);

function translateTree<T>(value: T, map: Map<string, string>, key = ''): T {
  if (typeof value === 'string') return (KEEP.has(key) ? value : (map.get(value) ?? value)) as T;
  if (Array.isArray(value)) return value.map((item) => translateTree(item, map, key)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, translateTree(v, map, k)]),
    ) as T;
  }
  return value;
}
