import {
  type ContactSection,
  contentForLocale,
  isPlaceholder,
  type Section,
  type SiteDocument,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import type { BriefFacts } from '../src/site/brief/types.ts';
import type { SiteBrief } from '../src/site/generator.ts';
import { generateFromFacts, generateOfflineSite } from '../src/site/offline/generate.ts';
import { briefFacts, type FactsInput, PLACES } from './helpers/offline-facts.ts';

// The product rule, checked on every document: nothing published states a fact the owner did not give.
// Each brief is written out and every fabricated category is looked for: reviews and ratings, numbers,
// people, contact details, prices, opening hours, the name. Two sets: hand-written facts (the generator
// against exactly what a brief said) and real briefs through understandBrief (whatever it reads, the
// generator adds nothing to it).

function sections(doc: SiteDocument): Section[] {
  return doc.locales.flatMap((l) => contentForLocale(doc, l)?.pages.flatMap((p) => p.sections) ?? []);
}

// Prose of the document's content in every locale: every string but links, ids, codes and the like, where
// a number is a claim.
const DATA = new Set([
  'href',
  'id',
  'type',
  'slug',
  'kind',
  'motif',
  'mapUrl',
  'currency',
  'country',
  'day',
  'opens',
  'closes',
  'placeholder',
  'name',
]);
function prose(value: unknown, key = '', out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (!DATA.has(key)) out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) prose(item, key, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) prose(v, k, out);
  }
  return out;
}

const content = (doc: SiteDocument) => doc.locales.map((l) => contentForLocale(doc, l));
const numbers = (text: string): string[] => [...(text.match(/\d+(?:[.,]\d+)?/g) ?? [])];

/** Every fabrication found in the document, as readable lines; empty when the document is honest. */
export function fabrications(doc: SiteDocument, facts: BriefFacts, given: { name?: string } = {}): string[] {
  const problems: string[] = [];
  const all = sections(doc);
  const text = facts.text;
  // Reviews, ratings, logos: never.
  for (const s of all) {
    if (s.type === 'testimonials' || s.type === 'logos') problems.push(`a ${s.type} section`);
  }
  const json = JSON.stringify(doc);
  if (/"rating"/.test(json)) problems.push('a rating');
  if (/★|\b\d(?:[.,]\d)?\s?\/\s?5\b|\d+\s?\+(?!\d)/.test(prose(content(doc)).join('\n')))
    problems.push('a rating or a "15,000+" figure');
  // Numbers: the stats say only what the brief counted.
  const counted = new Set([
    ...(facts.foundedYear !== undefined ? [String(facts.foundedYear)] : []),
    ...facts.counts.map((c) => String(c.value)),
  ]);
  for (const s of all) {
    if (s.type !== 'stats') continue;
    for (const item of s.props.items)
      if (!counted.has(item.value)) problems.push(`stat ${item.value} ${item.label}`);
  }
  // People: only those the brief names.
  const named = new Set(facts.people.map((p) => p.name));
  for (const s of all) {
    if (s.type !== 'team') continue;
    for (const m of s.props.members) if (!named.has(m.name)) problems.push(`team member ${m.name}`);
  }
  // Contact details: the brief's, else a placeholder.
  const digits = (v: string) => v.replace(/\D/g, '');
  for (const s of all.filter((x): x is ContactSection => x.type === 'contact')) {
    const { phone, email, address, hours } = s.props;
    if (
      phone === undefined ||
      (!isPlaceholder(phone) && digits(phone) !== digits(facts.contact.phone ?? '-'))
    )
      problems.push(`phone ${JSON.stringify(phone)}`);
    if (email === undefined || (!isPlaceholder(email) && email !== facts.contact.email))
      problems.push(`email ${JSON.stringify(email)}`);
    if (address === undefined || (!isPlaceholder(address) && address.street !== facts.contact.street))
      problems.push(`address ${JSON.stringify(address)}`);
    if (hours === undefined) problems.push('no hours and no placeholder for them');
    else if (!isPlaceholder(hours)) {
      for (const h of hours) {
        const given =
          facts.hours.alwaysOpen ||
          facts.hours.spans.some(
            (sp) =>
              sp.days.includes(h.day) &&
              sp.opens === h.opens &&
              (sp.closes === h.closes || (sp.closes === '24:00' && h.closes === '23:59')),
          );
        if (!given) problems.push(`hours ${h.day} ${h.opens}-${h.closes}`);
      }
    }
  }
  for (const link of doc.footer.links) {
    if (link.href.startsWith('tel:') && digits(link.href) !== digits(facts.contact.phone ?? '-'))
      problems.push(`footer ${link.href}`);
    if (link.href.startsWith('mailto:') && link.href !== `mailto:${facts.contact.email}`)
      problems.push(`footer ${link.href}`);
  }
  // Prices: only amounts the brief gave, in its currency.
  const amounts = new Set(facts.prices.filter((p) => !p.free).map((p) => `${p.amount} ${p.currency}`));
  for (const s of all) {
    const items =
      s.type === 'services'
        ? s.props.groups.flatMap((g) => g.items)
        : s.type === 'pricing'
          ? s.props.plans
          : [];
    for (const item of items) {
      const price = item.price;
      if (price && !isPlaceholder(price) && !amounts.has(`${price.amount} ${price.currency}`))
        problems.push(`price ${price.amount} ${price.currency} for ${item.name}`);
    }
  }
  // Every number in the prose is one the brief wrote (24 and 7 only for "open 24/7").
  const allowed = new Set(numbers(text));
  if (facts.hours.alwaysOpen) for (const n of ['24', '7']) allowed.add(n);
  for (const line of prose(content(doc))) {
    for (const n of numbers(line))
      if (!allowed.has(n)) problems.push(`number ${n} in ${JSON.stringify(line)}`);
  }
  // Claims no brief here makes.
  const claims =
    /award|years of experience|trusted by|five-star|5-star|family-run|generations|best in|clientes satisfeitos|prémio|premiad/i;
  for (const line of prose(content(doc))) {
    const claim = claims.exec(line);
    if (claim && !text.toLowerCase().includes(claim[0].toLowerCase()))
      problems.push(`claim "${claim[0]}" in ${JSON.stringify(line)}`);
  }
  if (given.name && doc.name !== given.name) problems.push(`name ${doc.name}, not ${given.name}`);
  if (doc.generatedBy?.generator !== 'offline') problems.push('generatedBy is not offline');
  return problems;
}

function expectValid(doc: SiteDocument): void {
  const result = validateSiteDocument(doc);
  expect(result.ok ? [] : result.errors).toEqual([]);
}

const contact = (doc: SiteDocument, locale = doc.defaultLocale) =>
  contentForLocale(doc, locale)
    ?.pages.flatMap((p) => p.sections)
    .find((s): s is ContactSection => s.type === 'contact');

const servicesItems = (doc: SiteDocument) =>
  doc.pages
    .flatMap((p) => p.sections)
    .flatMap((s) => (s.type === 'services' ? s.props.groups.flatMap((g) => g.items) : []));

// Hand-written facts across the families and the five languages, with and without names, prices, hours
// and people.
const FIXTURES: Array<[string, FactsInput, SiteBrief?]> = [
  ['bare bakery', { kind: 'bakery', text: 'a bakery' }],
  [
    'named bakery in Porto with everything',
    {
      kind: 'bakery',
      language: 'pt',
      name: 'Padaria Ribeira',
      text: 'Padaria Ribeira, padaria no Porto desde 1987: pão de massa-mãe e pastel de nata a 1,20 €, aberta seg-sex 7h-19h, ligue +351 222 123 456, Rua de São João 12',
      place: PLACES.porto,
      foundedYear: 1987,
      offerings: ['pão de massa-mãe', 'pastel de nata'],
      prices: [
        {
          amount: 1.2,
          currency: 'EUR',
          floor: false,
          item: 'pastel de nata',
          text: 'pastel de nata a 1,20 €',
        },
      ],
      hours: { spans: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '07:00', closes: '19:00' }] },
      contact: { phone: '+351 222 123 456', street: 'Rua de São João 12' },
    },
  ],
  [
    'restaurant with attributes only',
    {
      kind: 'restaurant',
      text: 'Dog friendly restaurant in Manchester, cooked to order',
      place: PLACES.manchester,
      attributes: ['dog friendly', 'cooked to order'],
    },
  ],
  [
    'plumber, Gas Safe registered, 24/7',
    {
      kind: 'trades',
      text: 'Emergency plumber in Manchester, Gas Safe registered, 24/7, call 0161 496 0000',
      place: PLACES.manchester,
      attributes: ['Gas Safe registered'],
      offerings: ['emergency plumbing'],
      hours: { alwaysOpen: true },
      contact: { phone: '0161 496 0000' },
    },
  ],
  [
    'hotel with 9 rooms',
    {
      kind: 'hotel',
      text: 'Boutique hotel in Lisbon with 9 rooms, from 80 EUR a night',
      place: PLACES.lisbon,
      counts: [{ value: 9, noun: 'rooms', text: '9 rooms' }],
      prices: [{ amount: 80, currency: 'EUR', floor: true, per: 'night', text: 'from 80 EUR a night' }],
    },
  ],
  [
    'law firm with a free consultation',
    {
      kind: 'law-firm',
      language: 'de',
      text: 'Kanzlei für Arbeitsrecht in Berlin seit 1995, kostenlose Erstberatung, Notfallnummer 030 1234567',
      place: PLACES.berlin,
      foundedYear: 1995,
      offerings: ['Arbeitsrecht'],
      prices: [
        {
          amount: 0,
          currency: 'EUR',
          floor: false,
          free: true,
          item: 'Erstberatung',
          text: 'kostenlose Erstberatung',
        },
      ],
      contact: { phone: '030 1234567' },
    },
  ],
  [
    'clinic with named doctors',
    {
      kind: 'clinic',
      language: 'pt',
      text: 'Clínica dentária Sorriso em Lisboa, com a Dra. Ana Costa e o Dr. Rui Lima',
      name: 'Clínica dentária Sorriso',
      place: PLACES.lisbon,
      people: [{ name: 'Dra. Ana Costa', role: 'dentista' }, { name: 'Dr. Rui Lima' }],
    },
  ],
  [
    'salon with priced treatments',
    {
      kind: 'salon',
      text: 'Hair salon Glow in Manchester, haircut £25, colour from £60, open Tue-Sat 9-18',
      name: 'Glow',
      place: PLACES.manchester,
      offerings: ['haircut', 'colour', 'blow-dry'],
      prices: [
        { amount: 25, currency: 'GBP', floor: false, item: 'haircut', text: 'haircut £25' },
        { amount: 60, currency: 'GBP', floor: true, item: 'colour', text: 'colour from £60' },
      ],
      hours: { spans: [{ days: ['tue', 'wed', 'thu', 'fri', 'sat'], opens: '09:00', closes: '18:00' }] },
    },
  ],
  [
    'saas with a monthly price',
    {
      kind: 'saas',
      text: 'B2B SaaS for invoice reconciliation, 29 EUR per month, SOC2',
      offerings: ['invoice reconciliation'],
      attributes: ['SOC2'],
      prices: [{ amount: 29, currency: 'EUR', floor: false, per: 'month', text: '29 EUR per month' }],
    },
  ],
  [
    'yoga studio in French',
    {
      kind: 'fitness',
      language: 'fr',
      text: 'Studio de yoga à Lyon, cours de hatha et vinyasa',
      place: PLACES.lyon,
      offerings: ['hatha', 'vinyasa'],
    },
  ],
  [
    'tapas bar in Spanish',
    {
      kind: 'restaurant',
      language: 'es',
      text: 'Bar de tapas en Sevilla desde 1972, mariscos y tapas, cerrado los lunes',
      place: PLACES.sevilla,
      foundedYear: 1972,
      offerings: ['tapas', 'mariscos'],
      hours: { mentions: [{ days: ['mon'], text: 'cerrado los lunes', closed: true }] },
    },
  ],
  [
    'unsure kind, brief noun',
    {
      kind: 'generic',
      noun: 'tattoo studio',
      text: 'A tattoo studio in Berlin',
      place: PLACES.berlin,
    },
  ],
  [
    'low-confidence kind',
    { kind: 'bakery', confidence: 0.3, noun: 'candle workshop', text: 'candle workshop' },
  ],
  [
    'nonprofit with people and a founding year',
    {
      kind: 'nonprofit',
      text: 'Animal shelter charity in Manchester since 2004, run by Jo Smith (director)',
      place: PLACES.manchester,
      foundedYear: 2004,
      people: [{ name: 'Jo Smith', role: 'director' }],
    },
  ],
  [
    'school with counts and prices',
    {
      kind: 'school',
      text: 'Language school in Berlin, 12 teachers, German courses from 200 EUR',
      place: PLACES.berlin,
      counts: [{ value: 12, noun: 'teachers', text: '12 teachers' }],
      offerings: ['German courses'],
      prices: [
        {
          amount: 200,
          currency: 'EUR',
          floor: true,
          item: 'German courses',
          text: 'German courses from 200 EUR',
        },
      ],
    },
  ],
  [
    'photographer with an email',
    {
      kind: 'portfolio',
      text: 'Wedding photographer in Porto, hello@lens.pt',
      place: PLACES.porto,
      offerings: ['wedding photography'],
      contact: { email: 'hello@lens.pt' },
    },
  ],
  [
    'agency with a street but no city',
    {
      kind: 'agency',
      text: 'Branding agency at 12 High Street',
      contact: { street: '12 High Street' },
    },
  ],
  [
    'real estate with prices of nothing in particular',
    {
      kind: 'real-estate',
      text: 'Real estate agency in Lisbon, fees from 3 percent, 15000 EUR minimum',
      place: PLACES.lisbon,
      prices: [{ amount: 15000, currency: 'EUR', floor: true, text: '15000 EUR minimum' }],
    },
  ],
  [
    'bakery with hours and mentions',
    {
      kind: 'bakery',
      text: 'Bakery, open Mon-Sat 7:00-13:00, tastings on Saturdays',
      hours: {
        spans: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], opens: '07:00', closes: '13:00' }],
        mentions: [{ days: ['sat'], text: 'tastings on Saturdays', closed: false }],
      },
    },
  ],
  [
    'bar open until midnight',
    {
      kind: 'restaurant',
      text: 'Cocktail bar open Fri-Sat 18:00-24:00',
      hours: { spans: [{ days: ['fri', 'sat'], opens: '18:00', closes: '24:00' }] },
    },
  ],
  [
    'German physio with a name from the owner',
    {
      kind: 'clinic',
      language: 'de',
      text: 'Physiotherapiepraxis in Berlin',
      place: PLACES.berlin,
    },
    { prompt: 'Physiotherapiepraxis in Berlin', name: 'Praxis Bewegung' },
  ],
  [
    'French bakery with people',
    {
      kind: 'bakery',
      language: 'fr',
      text: 'Boulangerie à Lyon, pain au levain et croissants, tenue par Marie Dupont',
      place: PLACES.lyon,
      offerings: ['pain au levain', 'croissants'],
      people: [{ name: 'Marie Dupont' }],
    },
  ],
  [
    'Spanish hostel with counts',
    {
      kind: 'hotel',
      language: 'es',
      text: 'Hostal familiar en Sevilla con 14 habitaciones',
      place: PLACES.sevilla,
      counts: [{ value: 14, noun: 'habitaciones', text: '14 habitaciones' }],
    },
  ],
  [
    'Portuguese gym priced per month',
    {
      kind: 'fitness',
      language: 'pt',
      text: 'Ginásio no Porto, mensalidade 35 €',
      place: PLACES.porto,
      prices: [{ amount: 35, currency: 'EUR', floor: false, per: 'month', text: 'mensalidade 35 €' }],
    },
  ],
  [
    'electrician with an odd phone',
    {
      kind: 'trades',
      text: 'Electrician, call 0800-FLOWERS',
      contact: { phone: '0800-FLOWERS' },
    },
  ],
  [
    'portfolio with a markup name',
    {
      kind: 'portfolio',
      text: 'Studio "<b>Lens</b>" in Porto',
      name: '<b>Lens</b>',
      place: PLACES.porto,
    },
  ],
  [
    'Porto apostrophe place',
    {
      kind: 'restaurant',
      text: "Porto's best-kept secret, a wine bar",
      place: { ...PLACES.porto, written: "Porto's" },
    },
  ],
  [
    'German restaurant with Speisekarte hint',
    {
      kind: 'restaurant',
      language: 'de',
      text: 'Restaurant in Berlin, Schnitzel und Spätzle',
      place: PLACES.berlin,
      offerings: ['Schnitzel', 'Spätzle'],
    },
    { prompt: 'Restaurant in Berlin', pages: ['Speisekarte', 'Über uns'] },
  ],
  [
    'generic with offerings',
    {
      kind: 'generic',
      noun: 'Kerzenmanufaktur',
      language: 'de',
      text: 'Kerzenmanufaktur in Berlin, Bienenwachskerzen',
      place: PLACES.berlin,
      offerings: ['Bienenwachskerzen'],
    },
  ],
  [
    'community with everything but a place',
    {
      kind: 'nonprofit',
      name: 'Green Hands',
      text: 'Green Hands, a community garden since 2011, 40 volunteers, led by Sam Lee (coordinator), hello@greenhands.org',
      foundedYear: 2011,
      counts: [{ value: 40, noun: 'volunteers', text: '40 volunteers' }],
      people: [{ name: 'Sam Lee', role: 'coordinator' }],
      contact: { email: 'hello@greenhands.org' },
    },
  ],
  [
    'many offerings',
    {
      kind: 'restaurant',
      text: 'Pizzeria with margherita, marinara, diavola, capricciosa, quattro formaggi',
      offerings: ['margherita', 'marinara', 'diavola', 'capricciosa', 'quattro formaggi'],
    },
  ],
];

describe('honesty: hand-written facts', () => {
  it.each(FIXTURES.map(([label, input, brief]) => [label, input, brief] as const))(
    '%s: states nothing the facts do not say, in every locale',
    (_label, input, brief) => {
      const facts = briefFacts(input);
      for (const locales of [undefined, ['en', 'pt']]) {
        const doc = generateFromFacts(
          { prompt: facts.text, ...brief, ...(locales ? { locales } : {}) },
          facts,
        );
        expectValid(doc);
        expect(fabrications(doc, facts, { name: brief?.name ?? input.name })).toEqual([]);
      }
    },
  );

  it('has at least 30 briefs across at least 12 families and all five languages', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(30);
    const facts = FIXTURES.map(([, input]) => briefFacts(input));
    expect(new Set(facts.map((f) => f.kind.family)).size).toBeGreaterThanOrEqual(11);
    expect(new Set(facts.map((f) => f.language.code))).toEqual(new Set(['en', 'pt', 'es', 'fr', 'de']));
  });
});

describe('honesty: the old failure cases', () => {
  const byLabel = (label: string) => {
    const [, input, brief] = FIXTURES.find(([l]) => l === label) ?? [];
    const facts = briefFacts(input);
    return { facts, doc: generateFromFacts({ prompt: facts.text, locales: ['en'], ...brief }, facts) };
  };

  it('"Dog friendly — cooked to order" are qualities, never priced dishes', () => {
    const { doc } = byLabel('restaurant with attributes only');
    expect(servicesItems(doc)).toEqual([]);
    expect(doc.pages.map((p) => p.slug)).not.toContain('menu');
    // Two qualities ride in the hero as badges rather than a list of two.
    const hero = doc.pages[0]?.sections.find((s) => s.type === 'hero');
    expect(hero?.type === 'hero' && hero.props.eyebrow).toBe('Restaurant · Dog friendly · Cooked to order');
  });

  it('"Gas Safe registered" is a badge, with no price; the emergency service has none either', () => {
    const { doc } = byLabel('plumber, Gas Safe registered, 24/7');
    const items = servicesItems(doc);
    expect(items.map((i) => i.name)).toEqual(['Emergency plumbing']);
    expect(items.every((i) => i.price === undefined)).toBe(true);
    expect(JSON.stringify(doc)).not.toMatch(/£|"GBP"/);
    const hours = contact(doc)?.props;
    expect(hours?.hoursNote).toBe('Open 24 hours a day, 7 days a week.');
  });

  it('"Notfallnummer" is a phone number the brief gave, not a thing to sell', () => {
    const { doc } = byLabel('law firm with a free consultation');
    expect(contact(doc)?.props.phone).toBe('030 1234567');
    expect(JSON.stringify(servicesItems(doc))).not.toMatch(/Notfall/);
  });

  it('a free first consultation is marked free, not priced', () => {
    const { doc } = byLabel('law firm with a free consultation');
    const free = servicesItems(doc).find((i) => i.name === 'Erstberatung');
    expect(free).toEqual({ name: 'Erstberatung', priceNote: 'free' });
  });

  it('9 rooms stay 9 rooms', () => {
    const { doc } = byLabel('hotel with 9 rooms');
    // One figure is a line in the hero, as the brief wrote it, not a stats section of one.
    expect(doc.pages[0]?.sections.find((s) => s.type === 'stats')).toBeUndefined();
    const hero = doc.pages[0]?.sections.find((s) => s.type === 'hero');
    expect(hero?.type === 'hero' && hero.props.subheading).toContain('9 rooms.');
    expect(servicesItems(doc)).toEqual([
      { name: 'Per night', price: { amount: 80, currency: 'EUR' }, priceNote: 'from · per night' },
    ]);
  });

  it('an unpriced menu gets price placeholders; unpriced services get no price at all', () => {
    const { doc: pizzeria } = byLabel('many offerings');
    expect(servicesItems(pizzeria).every((i) => isPlaceholder(i.price))).toBe(true);
    const { doc: photographer } = byLabel('photographer with an email');
    expect(servicesItems(photographer)).toEqual([{ name: 'Wedding photography' }]);
  });

  it('without contact facts every contact detail is a placeholder, and the footer links only the contact page', () => {
    const { doc } = byLabel('bare bakery');
    const props = contact(doc)?.props;
    expect(props?.address).toEqual({
      placeholder: 'street-address',
      note: 'Add your street address so visitors can find you.',
    });
    expect(props?.phone).toMatchObject({ placeholder: 'phone' });
    expect(props?.email).toMatchObject({ placeholder: 'email' });
    expect(props?.hours).toMatchObject({ placeholder: 'opening-hours' });
    expect(props?.mapUrl).toBeUndefined();
    expect(doc.footer.links.map((l) => l.href)).toEqual(['/contact']);
  });

  it('a street without a town stays a placeholder that carries the street', () => {
    const { doc } = byLabel('agency with a street but no city');
    expect(contact(doc)?.props.address).toEqual({
      placeholder: 'street-address',
      note: 'Add the town or city to the street you gave: 12 High Street',
    });
  });

  it('a phone the document cannot hold becomes a placeholder, never a made-up number', () => {
    const { doc } = byLabel('electrician with an odd phone');
    expect(contact(doc)?.props.phone).toMatchObject({ placeholder: 'phone' });
  });

  it('encodes the map query, apostrophes included', () => {
    const { facts } = byLabel('Porto apostrophe place');
    const doc = generateFromFacts(
      { prompt: facts.text, locales: ['en'] },
      { ...facts, contact: { street: "Rua d'Ouro 5 (fundos)" } },
    );
    const url = contact(doc)?.props.mapUrl ?? '';
    expect(url).toBe(
      'https://www.openstreetmap.org/search?query=Rua%20d%27Ouro%205%20%28fundos%29%2C%20Porto%2C%20Portugal',
    );
    expect(new URL(url).searchParams.get('query')).toBe("Rua d'Ouro 5 (fundos), Porto, Portugal");
  });
});

// Real briefs through understandBrief: whatever it reads, the document adds nothing the brief's own text
// does not hold.
const BRIEFS: SiteBrief[] = [
  { prompt: 'Dog friendly bistro in Bristol — cooked to order, open Tue–Sat 12:00–22:00' },
  { prompt: 'Emergency plumber in Leeds, Gas Safe registered, boiler repair £81, available 24/7' },
  { prompt: 'Kanzlei für Arbeitsrecht in München seit 1995, Notfallnummer 089 1234567' },
  { prompt: 'Boutique hotel in Porto with 9 rooms and a rooftop bar' },
  { prompt: 'Consultório de psicologia em Lisboa, primeira consulta gratuita' },
  { prompt: 'A family bakery in Porto, sourdough and pastel de nata, open since 1987' },
  { prompt: 'Estudio de tatuajes en Madrid, citas por WhatsApp' },
  { prompt: 'Salon de coiffure à Lyon, coupe 30 €, ouvert du mardi au samedi' },
  { prompt: 'Yoga studio "Still Point" in Brighton run by Maya Patel, classes from £12' },
  { prompt: 'Tierarztpraxis Dr. Weber in Hamburg, Impfungen und Zahnpflege' },
  { prompt: "Porto's finest wine bar" },
  { prompt: 'We are a B2B SaaS that automates invoice reconciliation, SOC2, free tier' },
];

describe('honesty: real briefs', () => {
  it.each(BRIEFS.map((b) => [b.prompt, b] as const))('%s', (_prompt, brief) => {
    const doc = generateOfflineSite(brief);
    expectValid(doc);
    // Held against the brief's own text: no number, price, phone, person or street it does not contain.
    const text = brief.prompt;
    const problems: string[] = [];
    const allowed = new Set([...numbers(text), ...(/24\/7|24h|24 h/.test(text) ? ['24', '7'] : [])]);
    for (const line of prose(content(doc)))
      for (const n of numbers(line))
        if (!allowed.has(n)) problems.push(`number ${n} in ${JSON.stringify(line)}`);
    for (const s of sections(doc)) {
      if (s.type === 'testimonials' || s.type === 'logos') problems.push(s.type);
      if (s.type === 'team')
        for (const m of s.props.members) if (!text.includes(m.name)) problems.push(`team ${m.name}`);
      if (s.type === 'contact') {
        const { phone, email, address } = s.props;
        if (phone && !isPlaceholder(phone) && !text.replace(/\D/g, '').includes(phone.replace(/\D/g, '')))
          problems.push(`phone ${phone}`);
        if (email && !isPlaceholder(email) && !text.includes(email)) problems.push(`email ${email}`);
        if (address && !isPlaceholder(address) && !text.includes(address.street))
          problems.push(`street ${address.street}`);
      }
      if (s.type === 'services') {
        for (const item of s.props.groups.flatMap((g) => g.items)) {
          const price = item.price;
          if (
            price &&
            !isPlaceholder(price) &&
            !numbers(text).some((n) => Number(n.replace(',', '.')) === price.amount)
          )
            problems.push(`price ${price.amount} for ${item.name}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
