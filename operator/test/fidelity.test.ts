// The fidelity check against hand-written BriefFacts: one fabrication per category, in English and in
// Portuguese, each reported at its path with a fix; and the same documents made honest (a placeholder, or
// the brief's own fact) reported clean.

import {
  exampleSiteDocument,
  PLACEHOLDER_FACTS,
  type Section,
  type SiteDocument,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import { type BriefFacts, understandBrief } from '../src/site/brief/index.ts';
import {
  checkFidelity,
  describeFidelityRules,
  FIDELITY_CATEGORIES,
  type FidelityCategory,
  newFidelityViolations,
} from '../src/site/fidelity.ts';

const YEAR = 2025;
type Lang = 'en' | 'pt';

// ---------------------------------------------------------------------------------------------------------
// Briefs: "lean" gives only a name, a place, a count and a founding year; "rich" gives every kind of fact.

const TEXT: Record<Lang, { lean: string; rich: string }> = {
  en: {
    lean: 'Casa Azul, a guesthouse in Porto with 9 rooms, opened in 1998.',
    rich:
      'Casa Azul, a guesthouse in Porto with 9 rooms, opened in 1998. Run by Ana Costa. Double rooms from 80 EUR a night. ' +
      'Call +351 222 333 444 or write to ola@casa-azul.pt, Rua das Flores 12. Open Mon-Fri 9:00-18:00. ' +
      'Rated 4.9/5 on Booking. A guest wrote: "The quietest street in Porto and the best breakfast." ' +
      'Award-winning breakfast. Our partner: Quinta do Vale.',
  },
  pt: {
    lean: 'Casa Azul, uma casa de hóspedes no Porto com 9 quartos, aberta em 1998.',
    rich:
      'Casa Azul, uma casa de hóspedes no Porto com 9 quartos, aberta em 1998. Gerida por Ana Costa. Quarto duplo desde 80 € por noite. ' +
      'Ligue +351 222 333 444 ou escreva para ola@casa-azul.pt, Rua das Flores 12. Aberto de segunda a sexta, 9:00-18:00. ' +
      'Avaliação 4,9/5 no Booking. Um hóspede escreveu: "A rua mais calma do Porto e o melhor pequeno-almoço." ' +
      'Pequeno-almoço premiado. Parceiro: Quinta do Vale.',
  },
};

function facts(lang: Lang, rich: boolean): BriefFacts {
  const noun = lang === 'en' ? 'rooms' : 'quartos';
  const base: BriefFacts = {
    text: TEXT[lang][rich ? 'rich' : 'lean'],
    language: {
      code: lang,
      name: lang === 'en' ? 'English' : 'Portuguese',
      supported: true,
      confidence: 0.9,
    },
    kind: {
      id: 'hotel',
      family: 'lodging',
      schemaType: 'Hotel',
      confidence: 0.8,
      noun: lang === 'en' ? 'guesthouse' : 'casa de hóspedes',
      alternatives: [],
    },
    name: { value: 'Casa Azul', source: 'proper-noun' },
    people: [],
    place: {
      city: 'Porto',
      written: 'Porto',
      country: 'PT',
      countryName: 'Portugal',
      currency: 'EUR',
      callingCode: '351',
    },
    foundedYear: 1998,
    counts: [{ value: 9, noun, text: `9 ${noun}` }],
    prices: [],
    hours: { alwaysOpen: false, spans: [], mentions: [] },
    offerings: [],
    attributes: [],
    contact: {},
  };
  if (!rich) return base;
  return {
    ...base,
    people: [{ name: 'Ana Costa', role: lang === 'en' ? 'runs it' : 'gerente' }],
    prices: [
      {
        amount: 80,
        currency: 'EUR',
        floor: true,
        item: lang === 'en' ? 'double room' : 'quarto duplo',
        per: 'night',
        text: lang === 'en' ? 'from 80 EUR a night' : 'desde 80 € por noite',
      },
    ],
    hours: {
      alwaysOpen: false,
      spans: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '9:00', closes: '18:00' }],
      mentions: [],
    },
    attributes: [lang === 'en' ? 'award-winning breakfast' : 'pequeno-almoço premiado'],
    contact: { phone: '+351 222 333 444', email: 'ola@casa-azul.pt', street: 'Rua das Flores 12' },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Documents: an honest one-page site, and the sections each case adds to it.

const art = { kind: 'art', seed: 1, motif: 'grid', alt: '', width: 1200, height: 800 } as const;

const COPY = {
  en: {
    hero: 'A quiet guesthouse in Porto',
    about: 'Casa Azul has 9 rooms and opened its doors in 1998.',
    footer: 'Casa Azul, a guesthouse in Porto.',
  },
  pt: {
    hero: 'Uma casa de hóspedes tranquila no Porto',
    about: 'A Casa Azul tem 9 quartos e abriu as portas em 1998.',
    footer: 'Casa Azul, uma casa de hóspedes no Porto.',
  },
} as const;

function content(
  lang: Lang,
  extra: Section[] = [],
): Pick<SiteDocument, 'navigation' | 'footer' | 'pages' | 'posts'> {
  const copy = COPY[lang];
  return {
    navigation: { items: [{ label: lang === 'en' ? 'Home' : 'Início', href: '/' }] },
    footer: { text: copy.footer, links: [], social: [] },
    pages: [
      {
        slug: 'index',
        title: lang === 'en' ? 'Home' : 'Início',
        seo: { title: 'Casa Azul', description: copy.footer },
        sections: [
          { id: 'welcome', type: 'hero', props: { heading: copy.hero, actions: [] } },
          { id: 'story', type: 'about', props: { heading: 'Casa Azul', paragraphs: [copy.about] } },
          ...extra,
        ],
      },
    ],
    posts: [],
  };
}

function site(lang: Lang, extra: Section[] = []): SiteDocument {
  const doc: SiteDocument = {
    schemaVersion: 1,
    name: 'Casa Azul',
    kind: 'hotel',
    locales: [lang],
    defaultLocale: lang,
    theme: {
      palette: {
        primary: '#1d4ed8',
        accent: '#b45309',
        background: '#ffffff',
        surface: '#f8fafc',
        text: '#111827',
        mutedText: '#4b5563',
      },
      typography: { heading: 'system-sans', body: 'system-sans' },
      radius: 'medium',
      mode: 'light',
    },
    ...content(lang, extra),
    translations: {},
  };
  const validation = validateSiteDocument(doc);
  if (!validation.ok) throw new Error(`test document is invalid: ${JSON.stringify(validation.errors)}`);
  return doc;
}

function withStory(lang: Lang, paragraph: string): SiteDocument {
  const doc = site(lang);
  const story = doc.pages[0]?.sections[1];
  if (story?.type !== 'about') throw new Error('story is an about section');
  story.props.paragraphs = [paragraph];
  return doc;
}

function contact(props: Record<string, unknown>): Section {
  return { id: 'visit', type: 'contact', props: { heading: 'Visit', ...props } } as Section;
}

const S = '/pages/0/sections';

interface Case {
  category: FidelityCategory;
  /** The document with one invented fact, checked against the lean brief. */
  invented: (lang: Lang) => SiteDocument;
  path: string;
  /** A phrase the message must contain: what to do about it. */
  fix: string;
  /** The same document made honest, and the brief it is honest to. */
  honest: (lang: Lang) => SiteDocument;
  honestTo: 'lean' | 'rich';
}

const CASES: Case[] = [
  {
    category: 'testimonial',
    invented: (lang) =>
      site(lang, [
        {
          id: 'reviews',
          type: 'testimonials',
          props: {
            heading: 'Guests',
            items: [
              {
                quote:
                  lang === 'en' ? 'Spotless rooms and a warm welcome.' : 'Quartos impecáveis e boa receção.',
                author: 'John Smith',
              },
            ],
          },
        },
      ]),
    path: `${S}/2/props/items/0`,
    fix: 'remove it',
    honest: (lang) =>
      site(lang, [
        {
          id: 'reviews',
          type: 'testimonials',
          props: {
            heading: 'Guests',
            items: [
              {
                quote:
                  lang === 'en'
                    ? 'The quietest street in Porto and the best breakfast.'
                    : 'A rua mais calma do Porto e o melhor pequeno-almoço.',
                author: lang === 'en' ? 'A guest' : 'Um hóspede',
              },
            ],
          },
        },
      ]),
    honestTo: 'rich',
  },
  {
    category: 'rating',
    invented: (lang) =>
      withStory(lang, lang === 'en' ? 'Guests rate us 4.8/5.' : 'Os hóspedes dão-nos 4,8/5.'),
    path: `${S}/1/props/paragraphs/0`,
    fix: 'remove it',
    honest: (lang) =>
      withStory(lang, lang === 'en' ? 'Rated 4.9/5 on Booking.' : 'Avaliação de 4,9/5 no Booking.'),
    honestTo: 'rich',
  },
  {
    category: 'stat',
    invented: (lang) =>
      site(lang, [
        {
          id: 'numbers',
          type: 'stats',
          props: { items: [{ value: '500+', label: lang === 'en' ? 'Happy guests' : 'Hóspedes felizes' }] },
        },
      ]),
    path: `${S}/2/props/items/0`,
    fix: 'use only numbers from the brief',
    honest: (lang) =>
      site(lang, [
        {
          id: 'numbers',
          type: 'stats',
          props: {
            items: [
              { value: '9', label: lang === 'en' ? 'Rooms' : 'Quartos' },
              { value: '1998', label: lang === 'en' ? 'Open since' : 'Aberta desde' },
              { value: '27', label: lang === 'en' ? 'Years' : 'Anos' },
            ],
          },
        },
      ]),
    honestTo: 'lean',
  },
  {
    category: 'award',
    invented: (lang) =>
      withStory(
        lang,
        lang === 'en' ? 'An award-winning guesthouse with 9 rooms.' : 'Uma casa premiada com 9 quartos.',
      ),
    path: `${S}/1/props/paragraphs/0`,
    fix: 'remove the claim',
    honest: (lang) =>
      withStory(
        lang,
        lang === 'en' ? 'An award-winning guesthouse with 9 rooms.' : 'Uma casa premiada com 9 quartos.',
      ),
    honestTo: 'rich',
  },
  {
    category: 'logo',
    invented: (lang) =>
      site(lang, [
        {
          id: 'partners',
          type: 'logos',
          props: { items: [{ name: lang === 'en' ? 'Porto Tours' : 'Passeios do Porto', image: art }] },
        },
      ]),
    path: `${S}/2/props/items/0`,
    fix: 'remove it',
    honest: (lang) =>
      site(lang, [
        { id: 'partners', type: 'logos', props: { items: [{ name: 'Quinta do Vale', image: art }] } },
      ]),
    honestTo: 'rich',
  },
  {
    category: 'team-member',
    invented: (lang) =>
      site(lang, [
        {
          id: 'team',
          type: 'team',
          props: {
            heading: lang === 'en' ? 'Your hosts' : 'Os anfitriões',
            members: [{ name: 'João Silva', role: lang === 'en' ? 'Manager' : 'Gerente' }],
          },
        },
      ]),
    path: `${S}/2/props/members/0`,
    fix: 'remove them',
    honest: (lang) =>
      site(lang, [
        {
          id: 'team',
          type: 'team',
          props: {
            heading: lang === 'en' ? 'Your host' : 'A anfitriã',
            members: [{ name: 'Ana Costa', role: lang === 'en' ? 'Host' : 'Anfitriã' }],
          },
        },
      ]),
    honestTo: 'rich',
  },
  {
    category: 'street-address',
    invented: (lang) =>
      site(lang, [
        contact({ address: { street: 'Avenida da Liberdade 100', locality: 'Porto', country: 'PT' } }),
      ]),
    path: `${S}/2/props/address`,
    fix: '{"placeholder": "street-address"}',
    honest: (lang) => site(lang, [contact({ address: { placeholder: 'street-address' } })]),
    honestTo: 'lean',
  },
  {
    category: 'phone',
    invented: (lang) => site(lang, [contact({ phone: '+351 912 345 678' })]),
    path: `${S}/2/props/phone`,
    fix: '{"placeholder": "phone"}',
    honest: (lang) => site(lang, [contact({ phone: { placeholder: 'phone', note: 'your number' } })]),
    honestTo: 'lean',
  },
  {
    category: 'email',
    invented: (lang) => site(lang, [contact({ email: 'info@casa-azul.pt' })]),
    path: `${S}/2/props/email`,
    fix: '{"placeholder": "email"}',
    honest: (lang) => site(lang, [contact({ email: { placeholder: 'email' } })]),
    honestTo: 'lean',
  },
  {
    category: 'hours',
    invented: (lang) => site(lang, [contact({ hours: [{ day: 'mon', opens: '08:00', closes: '20:00' }] })]),
    path: `${S}/2/props/hours`,
    fix: '{"placeholder": "opening-hours"}',
    honest: (lang) => site(lang, [contact({ hours: { placeholder: 'opening-hours' } })]),
    honestTo: 'lean',
  },
  {
    category: 'price',
    invented: (lang) =>
      site(lang, [
        {
          id: 'rooms',
          type: 'services',
          props: {
            heading: lang === 'en' ? 'Rooms' : 'Quartos',
            groups: [
              {
                items: [
                  {
                    name: lang === 'en' ? 'Double room' : 'Quarto duplo',
                    price: { amount: 95, currency: 'EUR' },
                  },
                ],
              },
            ],
          },
        },
      ]),
    path: `${S}/2/props/groups/0/items/0/price`,
    fix: '{"placeholder": "price"}',
    honest: (lang) =>
      site(lang, [
        {
          id: 'rooms',
          type: 'services',
          props: {
            heading: lang === 'en' ? 'Rooms' : 'Quartos',
            groups: [
              {
                items: [
                  { name: lang === 'en' ? 'Double room' : 'Quarto duplo', price: { placeholder: 'price' } },
                ],
              },
            ],
          },
        },
        {
          id: 'plans',
          type: 'pricing',
          props: {
            heading: lang === 'en' ? 'Stay' : 'Estadia',
            plans: [
              { name: lang === 'en' ? 'Night' : 'Noite', features: [], price: { placeholder: 'price' } },
            ],
          },
        },
      ]),
    honestTo: 'lean',
  },
  {
    category: 'count',
    invented: (lang) =>
      withStory(
        lang,
        lang === 'en' ? 'Our 12 rooms look over the river.' : 'Os nossos 12 quartos dão para o rio.',
      ),
    path: `${S}/1/props/paragraphs/0`,
    fix: 'write 9',
    honest: (lang) =>
      withStory(
        lang,
        lang === 'en' ? 'Our 9 rooms look over the river.' : 'Os nossos 9 quartos dão para o rio.',
      ),
    honestTo: 'lean',
  },
  {
    category: 'name',
    invented: (lang) => ({ ...site(lang), name: lang === 'en' ? 'Blue House Porto' : 'Casa Azul do Porto' }),
    path: '/name',
    fix: "use the owner's name exactly",
    honest: (lang) => site(lang),
    honestTo: 'lean',
  },
];

describe('checkFidelity: one invented fact per category', () => {
  it('covers every category', () => {
    expect(CASES.map((c) => c.category).sort()).toEqual([...FIDELITY_CATEGORIES].sort());
  });

  for (const lang of ['en', 'pt'] as const) {
    for (const c of CASES) {
      it(`flags an invented ${c.category} (${lang}) at its path, with the fix`, () => {
        const violations = checkFidelity(c.invented(lang), facts(lang, false), { year: YEAR });
        expect(violations).toEqual([{ category: c.category, path: c.path, message: expect.any(String) }]);
        expect(violations[0]?.message).toContain(c.fix);
      });

      it(`passes the ${c.category} case made honest (${lang}, ${c.honestTo} brief)`, () => {
        expect(checkFidelity(c.honest(lang), facts(lang, c.honestTo === 'rich'), { year: YEAR })).toEqual([]);
      });
    }
  }

  it('passes every rich-brief fact given in full: address, phone, email, hours and price from the brief', () => {
    for (const lang of ['en', 'pt'] as const) {
      const doc = site(lang, [
        contact({
          address: { street: 'Rua das Flores 12', locality: 'Porto', country: 'PT' },
          phone: '222 333 444',
          email: 'OLA@casa-azul.pt',
          hours: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({
            day,
            opens: '09:00',
            closes: '18:00',
          })),
        }),
        {
          id: 'rooms',
          type: 'services',
          props: {
            heading: 'Rooms',
            groups: [
              { items: [{ name: 'Double', price: { amount: 80, currency: 'EUR' }, priceNote: 'from' }] },
            ],
          },
        },
      ]);
      expect(checkFidelity(doc, facts(lang, true), { year: YEAR })).toEqual([]);
    }
  });
});

describe('checkFidelity: running text and links', () => {
  it.each([
    ['en', 'Rooms from €95 a night.', 'price', '€95'],
    ['pt', 'Quartos desde 95 € por noite.', 'price', '95 €'],
    ['en', 'Call us on +351 912 345 678.', 'phone', '+351 912 345 678'],
    ['pt', 'Escreva para reservas@casa-azul.pt.', 'email', 'reservas@casa-azul.pt'],
    ['en', 'Breakfast is served 8:00–10:30 every day.', 'hours', '8:00–10:30'],
    ['pt', 'Pequeno-almoço das 8h às 10h.', 'hours', '8h as 10h'],
    ['en', 'Loved by guests: ★★★★★', 'rating', '★★★★★'],
    ['pt', 'Mais de 300 avaliações no Booking.', 'rating', '300 avaliacoes'],
    ['en', 'Certified by the tourism board.', 'award', 'certified'],
    ['pt', 'Eleita a melhor casa de hóspedes do Porto.', 'award', 'eleita a melhor'],
  ] as const)('%s: "%s" is an invented %s', (lang, text, category, quoted) => {
    const violations = checkFidelity(withStory(lang, text), facts(lang, false), { year: YEAR });
    expect(violations).toEqual([
      { category, path: `${S}/1/props/paragraphs/0`, message: expect.any(String) },
    ]);
    expect(violations[0]?.message).toContain(quoted);
  });

  it.each([
    ['en', 'Double rooms from €80 a night.'],
    ['pt', 'Quartos duplos desde 80 € por noite.'],
    ['en', 'Call +351 222 333 444 or write to ola@casa-azul.pt.'],
    ['pt', 'Aberto das 9:00 às 18:00, de segunda a sexta.'],
    ['en', 'Rated 4.9 out of 5 by our guests.'],
  ] as const)('%s: "%s" states only the rich brief\'s facts', (lang, text) => {
    expect(checkFidelity(withStory(lang, text), facts(lang, true), { year: YEAR })).toEqual([]);
  });

  it.each([
    ['en', 'Breakfast from 8 am; the kettle is on 24 hours a day, as it has been since 1998.'],
    ['en', 'Each of our 9 rooms sleeps 2 in each room, with 12 cosy blankets.'],
    ['pt', 'Cada um dos 9 quartos acolhe 2 pessoas por quarto.'],
  ] as const)('%s: leaves ordinary numbers alone: "%s"', (lang, text) => {
    expect(checkFidelity(withStory(lang, text), facts(lang, false), { year: YEAR })).toEqual([]);
  });

  it('flags tel: and mailto: links the brief does not give, and passes the ones it does', () => {
    const doc = site('en');
    doc.footer.links = [
      { label: 'Call', href: 'tel:+351912345678' },
      { label: 'Email', href: 'mailto:info@casa-azul.pt' },
    ];
    expect(checkFidelity(doc, facts('en', false), { year: YEAR }).map((v) => [v.category, v.path])).toEqual([
      ['phone', '/footer/links/0/href'],
      ['email', '/footer/links/1/href'],
    ]);
    doc.footer.links = [
      { label: 'Call', href: 'tel:+351222333444' },
      { label: 'Email', href: 'mailto:ola@casa-azul.pt' },
    ];
    expect(checkFidelity(doc, facts('en', true), { year: YEAR })).toEqual([]);
  });

  it("prefers the owner's name given apart from the brief", () => {
    expect(checkFidelity(site('en'), facts('en', false), { name: 'Casa Azul Guesthouse' })).toEqual([
      { category: 'name', path: '/name', message: expect.stringContaining('"Casa Azul Guesthouse"') },
    ]);
  });

  it('flags an attributed quote and an invented post author', () => {
    const doc = site('en');
    doc.posts = [
      {
        slug: 'hello',
        title: 'Hello',
        date: '2025-01-01',
        author: 'Pedro Nunes',
        excerpt: 'Our first post.',
        body: [{ kind: 'quote', text: 'Best stay of my life.', cite: 'Maria' }],
      },
    ];
    expect(checkFidelity(doc, facts('en', false), { year: YEAR }).map((v) => [v.category, v.path])).toEqual([
      ['team-member', '/posts/0/author'],
      ['testimonial', '/posts/0/body/0'],
    ]);
  });
});

describe('checkFidelity: every locale', () => {
  function bilingual(
    ptAbout: string,
    extra: { en: Section[]; pt: Section[] } = { en: [], pt: [] },
  ): SiteDocument {
    const doc = site('en', extra.en);
    const pt = content('pt', extra.pt);
    const story = pt.pages[0]?.sections[1];
    if (story?.type !== 'about') throw new Error('story is an about section');
    story.props.paragraphs = [ptAbout];
    const out = { ...doc, locales: ['en', 'pt'], translations: { pt } };
    expect(validateSiteDocument(out).ok).toBe(true);
    return out;
  }

  it('flags a translation that changes the brief count, at the translation path', () => {
    const doc = bilingual('A Casa Azul tem 12 quartos e abriu em 1998.');
    expect(checkFidelity(doc, facts('en', false), { year: YEAR })).toEqual([
      {
        category: 'count',
        path: '/translations/pt/pages/0/sections/1/props/paragraphs/0',
        message: expect.stringContaining('write 9'),
      },
    ]);
    expect(checkFidelity(bilingual(COPY.pt.about), facts('en', false), { year: YEAR })).toEqual([]);
  });

  it('passes a translated testimonial when the default locale quotes the brief', () => {
    const reviews = (quote: string): Section[] => [
      {
        id: 'reviews',
        type: 'testimonials',
        props: { heading: 'Guests', items: [{ quote, author: 'A guest' }] },
      },
    ];
    const honest = bilingual(COPY.pt.about, {
      en: reviews('The quietest street in Porto and the best breakfast.'),
      pt: reviews('A rua mais sossegada do Porto e o melhor pequeno-almoço.'),
    });
    expect(checkFidelity(honest, facts('en', true), { year: YEAR })).toEqual([]);
    const invented = bilingual(COPY.pt.about, {
      en: reviews('Spotless rooms.'),
      pt: reviews('Quartos impecáveis.'),
    });
    expect(checkFidelity(invented, facts('en', true), { year: YEAR }).map((v) => v.path)).toEqual([
      `${S}/2/props/items/0`,
      `/translations/pt${S}/2/props/items/0`,
    ]);
  });

  it('finds every kind of invention in the example bakery, for a one-line brief', () => {
    const bakery: BriefFacts = {
      ...facts('en', false),
      text: 'A family bakery by the river in Porto, wood-fired bread since 1962.',
      name: { value: 'Padaria Ribeira', source: 'quoted' },
      foundedYear: 1962,
      counts: [],
    };
    const categories = new Set(
      checkFidelity(exampleSiteDocument(), bakery, { year: YEAR }).map((v) => v.category),
    );
    expect([...categories].sort()).toEqual(
      [
        'email',
        'hours',
        'logo',
        'phone',
        'price',
        'rating',
        'stat',
        'street-address',
        'team-member',
        'testimonial',
      ].sort(),
    );
  });
});

describe('checkFidelity with understandBrief()', () => {
  // The checker reads the facts as the brief reader writes them (times as "09:00", counts with their noun,
  // prices with the place's currency): this holds the two together on one real brief.
  it("accepts the brief's own facts and flags a changed count and an invented price", () => {
    const facts = understandBrief(
      'Casa Azul, a guesthouse in Porto with 9 rooms. Double rooms from 80 EUR a night. Call +351 222 333 444. Open Mon-Fri 9-18.',
    );
    const honest = site('en', [
      contact({
        phone: '+351 222 333 444',
        hours: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({
          day,
          opens: '09:00',
          closes: '18:00',
        })),
      }),
      {
        id: 'rooms',
        type: 'services',
        props: {
          heading: 'Rooms',
          groups: [{ items: [{ name: 'Double', price: { amount: 80, currency: 'EUR' } }] }],
        },
      },
    ]);
    expect(checkFidelity(honest, facts, { year: YEAR })).toEqual([]);

    const story = honest.pages[0]?.sections[1];
    const rooms = honest.pages[0]?.sections[3];
    if (story?.type !== 'about' || rooms?.type !== 'services') throw new Error('story and rooms');
    story.props.paragraphs = ['Casa Azul has 12 rooms.'];
    const double = rooms.props.groups[0]?.items[0];
    if (double) double.price = { amount: 95, currency: 'EUR' };
    expect(checkFidelity(honest, facts, { year: YEAR }).map((v) => [v.category, v.path])).toEqual([
      ['price', `${S}/3/props/groups/0/items/0/price`],
      ['count', `${S}/1/props/paragraphs/0`],
    ]);
    // Reading a brief first loads language tables and a gazetteer: seconds on a busy machine.
  }, 120_000);
});

describe('newFidelityViolations', () => {
  it('keeps what the site already said and reports only what the edit adds', () => {
    const before = site('en', [contact({ phone: '+351 912 345 678' })]);
    const kept = site('en', [contact({ heading: 'Come by', phone: '+351 912 345 678' })]);
    const added = site('en', [contact({ phone: '+351 912 345 678', email: 'info@casa-azul.pt' })]);
    const lean = facts('en', false);
    expect(newFidelityViolations(before, kept, lean, { paths: [`${S}/2`] })).toEqual([]);
    expect(newFidelityViolations(before, added, lean, { paths: [`${S}/2`] })).toEqual([
      { category: 'email', path: `${S}/2/props/email`, message: expect.any(String) },
    ]);
    expect(newFidelityViolations(before, added, lean, { paths: [`${S}/0`] })).toEqual([]);
  });
});

describe('describeFidelityRules', () => {
  it('states the rule and every placeholder the schema accepts', () => {
    const rules = describeFidelityRules();
    expect(rules).toContain('only facts the owner gave');
    expect(rules).toContain('"9 rooms" stays 9 rooms');
    for (const fact of PLACEHOLDER_FACTS) expect(rules).toContain(`"${fact}"`);
  });
});
