import type { SiteDocument } from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import { type BriefEntry, corpusCoverage, loadCorpus, parseCorpus } from '../eval/corpus.ts';
import { parseNumber, type RenderedPageInput, ratingKey, scoreSite, totals } from '../eval/score.ts';

// Small synthetic documents: only what scoreSite reads (name, kind, locales, pages, posts, translations).
function doc(sections: unknown[], extra: Partial<Record<string, unknown>> = {}): SiteDocument {
  return {
    schemaVersion: 1,
    name: 'Casa Azul',
    kind: 'hotel',
    locales: ['en'],
    defaultLocale: 'en',
    navigation: { items: [] },
    footer: { text: '', links: [], social: [] },
    pages: [{ slug: 'home', title: 'Home', seo: { title: 'Casa Azul', description: '' }, sections }],
    posts: [],
    translations: {},
    ...extra,
  } as unknown as SiteDocument;
}

function html(body: string, title = 'Casa Azul · Hotel in Porto'): string {
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main>${body}</main></body></html>`;
}

function home(body: string, title?: string): RenderedPageInput[] {
  return [{ urlPath: '/', locale: 'en', kind: 'page', html: html(body, title) }];
}

function entry(brief: string, expectation: Partial<BriefEntry['expect']> = {}): BriefEntry {
  return { id: 'test.en.case', brief, expect: { family: 'lodging', language: 'en', ...expectation } };
}

const section = (type: string, props: Record<string, unknown>, id = type) => ({ id, type, props });

describe('scoreSite: fabrications', () => {
  it('catches an invented testimonial once, from the document and the page alike', () => {
    const testimonials = section('testimonials', {
      heading: 'What guests say',
      items: [{ quote: 'Best stay of our trip.', author: 'Maria Silva', rating: 5 }],
    });
    const page = home(
      '<section class="s testimonials" id="testimonials"><figure class="card quote">' +
        '<span class="stars" role="img" aria-label="Rated 5 out of 5">★★★★★</span>' +
        '<blockquote><p>Best stay of our trip.</p></blockquote><figcaption><b>Maria Silva</b>Couple</figcaption>' +
        '</figure></section>',
    );
    const score = scoreSite(entry('Small hotel in Porto.'), doc([testimonials]), page);
    expect(score.fabrications.map((f) => [f.category, f.value])).toEqual([
      ['testimonial', 'Maria Silva'],
      ['rating', '5/5'],
    ]);
  });

  it('catches an unsigned review inside nested markup, and a quote credited to a stranger', () => {
    const page = home(
      '<div class="reviews"><div class="w"><div class="grid"><figure><blockquote><p>Lovely rooms.</p></blockquote>' +
        '</figure></div></div></div><figure><blockquote><p>Good food is slow food.</p></blockquote>' +
        '<figcaption>— Chef Marco</figcaption></figure>',
    );
    const score = scoreSite(entry('Small hotel in Porto.'), doc([]), page);
    expect(score.fabrications.map((f) => [f.category, f.value])).toEqual([
      ['testimonial', 'Lovely rooms.'],
      ['person', 'Chef Marco'],
    ]);
  });

  it('leaves placeholders alone: the document may hold them, the page leaves them out', () => {
    const contact = section('contact', {
      heading: 'Contact',
      address: { placeholder: 'street-address' },
      phone: { placeholder: 'phone' },
      email: { placeholder: 'email' },
      hours: { placeholder: 'opening-hours' },
    });
    const services = section('services', {
      heading: 'Rooms',
      groups: [{ items: [{ name: 'Double room', price: { placeholder: 'price' } }] }],
    });
    const score = scoreSite(
      entry('Small hotel in Porto.'),
      doc([services, contact]),
      home('<h2>Rooms</h2><ul><li>Double room</li></ul><h2>Contact</h2><p>Write to us.</p>'),
    );
    expect(score.fabrications).toEqual([]);
    expect(score.contradictions).toEqual([]);
  });

  it.each([
    ['a phone number', '<a href="tel:+351220000000">+351 220 000 000</a>', 'phone', '+351220000000'],
    ['an email address', '<p>hello@casa-azul.example</p>', 'email', 'hello@casa-azul.example'],
    ['a street address', '<address>Rua Direita 92<br>4050-262 Porto</address>', 'street', 'Rua Direita 92'],
    ['a rating', '<p>Guests rate us 4.9/5</p>', 'rating', '4.9/5'],
    ['a stat', '<ul><li><b>15,000+</b><span>Happy guests</span></li></ul>', 'stat', '15,000'],
    ['a price', '<p>Doubles from €95 a night</p>', 'price', '€95'],
    ['a person with a title', '<p>Ask Dr. Ferreira about our spa.</p>', 'person', 'Dr. Ferreira'],
    ['opening hours', '<p>Reception opens at 8:00 AM</p>', 'hours', '8'],
    ['opening hours in 24-hour time', '<table><tr><th>Mon</th><td>22:00</td></tr></table>', 'hours', '22'],
  ])('catches %s the owner never gave', (_name, body, category, value) => {
    const score = scoreSite(entry('Small hotel in Porto.'), doc([]), home(body));
    expect(score.fabrications.map((f) => [f.category, f.value])).toEqual([[category, value]]);
  });

  it('catches invented staff, stats and contact details in the document', () => {
    const sections = [
      section('team', { heading: 'Team', members: [{ name: 'Ana Rodrigues', role: 'Owner' }] }),
      section('stats', { items: [{ value: '20', label: 'Years of experience' }] }),
      section('contact', {
        heading: 'Contact',
        phone: '+351 220 000 000',
        email: 'hello@casa-azul.example',
        address: { street: 'Rua Direita 92', locality: 'Porto', country: 'PT' },
        hours: [{ day: 'mon', opens: '08:00', closes: '22:00' }],
      }),
    ];
    const score = scoreSite(
      entry('Small hotel in Porto.', { city: 'Porto', country: 'PT' }),
      doc(sections),
      [],
    );
    expect(score.fabrications.map((f) => [f.category, f.value])).toEqual([
      ['person', 'Ana Rodrigues'],
      ['stat', '20 Years of experience'],
      ['street', 'Rua Direita 92'],
      ['phone', '+351 220 000 000'],
      ['email', 'hello@casa-azul.example'],
      ['hours', '08:00'],
      ['hours', '22:00'],
    ]);
    expect(score.contradictions).toEqual([]);
  });

  it('allows what the brief says: its people, its hours, its email, and the platform’s address', () => {
    const brief = 'Casa Azul, 9-room guesthouse in Porto run by Marta Reis. Reception 9–18. casa@azul.pt';
    const sections = [
      section('team', { heading: 'Team', members: [{ name: 'Marta Reis', role: 'Host' }] }),
      section('contact', {
        heading: 'Contact',
        email: 'casa@azul.pt',
        hours: [{ day: 'mon', opens: '09:00', closes: '18:00' }],
      }),
    ];
    const page = home('<p>Reception 9:00 AM – 6:00 PM.</p><p>Site by support@pagemagic.site</p>');
    const score = scoreSite(entry(brief), doc(sections), page);
    expect(score.fabrications).toEqual([]);
  });

  it('reads "24/7" as every hour of every day', () => {
    const contact = section('contact', {
      heading: 'Contact',
      hours: [{ day: 'mon', opens: '00:00', closes: '23:59' }],
    });
    const score = scoreSite(
      entry('24/7 emergency locksmith in Chicago.'),
      doc([contact]),
      home('<p>Open 7 days a week, around the clock.</p>'),
    );
    expect(score.fabrications).toEqual([]);
  });

  it('lets a rating the owner quoted stand', () => {
    const score = scoreSite(
      entry('B&B in Porto, rated 4.8/5 on Google.'),
      doc([]),
      home('<p>Rated 4.8/5 on Google</p>'),
    );
    expect(score.fabrications).toEqual([]);
  });
});

describe('scoreSite: contradictions', () => {
  it('reads "12 rooms" on a page as a contradiction of "9 rooms" in the brief, and reports it once', () => {
    const score = scoreSite(
      entry('Boutique hotel in Porto with 9 rooms.', { counts: [{ value: 9, noun: 'rooms' }] }),
      doc([]),
      home('<p>Our 12 rooms look over the river.</p><ul><li><b>12</b><span>Rooms</span></li></ul>'),
    );
    expect(score.contradictions.map((c) => [c.category, c.value])).toEqual([['count', '12 rooms']]);
    expect(score.fabrications).toEqual([]);
    expect(score.facts).toEqual([{ fact: 'count', expected: '9 rooms', found: false }]);
  });

  it('does not read a count across a block boundary or through "per"', () => {
    const score = scoreSite(
      entry('Guesthouse with 9 rooms.', { counts: [{ value: 9, noun: 'rooms' }] }),
      doc([]),
      home('<p>All 9 rooms sleep 2 per room.</p><ul><li>Breakfast at 9</li></ul><h2>Rooms</h2>'),
    );
    expect(score.contradictions).toEqual([]);
    expect(score.facts).toEqual([{ fact: 'count', expected: '9 rooms', found: true, page: '/' }]);
  });

  it('accepts a price from the brief however it is written, and calls another price a contradiction', () => {
    const services = section('services', {
      heading: 'Prices',
      groups: [{ items: [{ name: 'Haircut', price: { amount: 12.9, currency: 'EUR' } }] }],
    });
    const score = scoreSite(
      entry('Barber in Lisboa, haircut 12,90 €.', { prices: [{ amount: 12.9, currency: 'EUR' }] }),
      doc([services]),
      home('<p>Haircut €12.90</p><p>Beard trim €8</p>'),
    );
    expect(score.facts).toEqual([{ fact: 'price', expected: '12.9 EUR', found: true, page: '/' }]);
    expect(score.contradictions.map((c) => [c.category, c.value])).toEqual([['price', '€8']]);
    expect(score.fabrications).toEqual([]);
  });

  it('flags a business name that is not the owner’s, in the document and in the title', () => {
    const score = scoreSite(
      entry('Tasca do Zé, em Alfama, Lisboa.', { name: 'Tasca do Zé' }),
      doc([], { name: 'Alfama Kitchen' }),
      home('<h1>Alfama Kitchen</h1>', 'Alfama Kitchen · Restaurant'),
    );
    expect(score.contradictions.map((c) => [c.category, c.value])).toEqual([
      ['name', 'Alfama Kitchen'],
      ['name', 'Alfama Kitchen · Restaurant'],
    ]);
    expect(score.facts).toEqual([{ fact: 'name', expected: 'Tasca do Zé', found: false }]);
  });

  it('flags an address in another city or country', () => {
    const contact = section('contact', {
      heading: 'Contact',
      address: { street: 'Rua das Flores 28', locality: 'Porto', country: 'PT' },
    });
    const score = scoreSite(
      entry("Porto's, Cuban bakery at Rua das Flores 28 in Glendale, California.", {
        city: 'Glendale',
        country: 'US',
        street: 'Rua das Flores 28',
      }),
      doc([contact]),
      [],
    );
    expect(score.contradictions.map((c) => [c.category, c.value])).toEqual([
      ['city', 'Porto'],
      ['country', 'PT'],
    ]);
  });
});

describe('scoreSite: family, language and facts', () => {
  it.each([
    ['hotel', 'en', 'lodging', 'en', true, true],
    ['restaurant', 'pt-PT', 'lodging', 'pt', false, true],
    ['hotel', 'en', 'lodging', 'pt', true, false],
    ['generic', 'en', 'neutral', 'it', true, null],
  ] as const)('kind %s in %s against %s/%s', (kind, locale, family, language, familyOk, languageOk) => {
    const score = scoreSite(
      { id: 'x.en.y', brief: 'x', expect: { family, language } },
      doc([], { kind, defaultLocale: locale, locales: [locale] }),
      [],
    );
    expect([score.family.ok, score.language.ok]).toEqual([familyOk, languageOk]);
  });

  it('finds each expected fact, however the page writes it', () => {
    const page = home(
      '<h1>Flor do Trigo</h1><p>Padaria em Lisboa com 3 fornos. Pão a 2,50 € com a Dra. Inês Carvalho.</p>' +
        '<a href="tel:+351912345678">912 345 678</a><a href="mailto:ola@flor.pt">ola@flor.pt</a>' +
        '<address>Rua das Flores, 28</address>',
      'Flor do Trigo',
    );
    const score = scoreSite(
      entry('Padaria Flor do Trigo em Lisbon, Rua das Flores 28, 3 fornos, pão 2,50 €, Dra. Inês Carvalho.', {
        name: 'Flor do Trigo',
        city: 'Lisbon',
        counts: [{ value: 3, noun: 'fornos' }],
        prices: [{ amount: 2.5, currency: 'EUR' }],
        people: ['Dra. Inês Carvalho'],
        phone: '912 345 678',
        email: 'ola@flor.pt',
        street: 'Rua das Flores 28',
      }),
      doc([], { name: 'Flor do Trigo' }),
      page,
    );
    expect(score.facts.map((f) => [f.fact, f.found])).toEqual([
      ['name', true],
      ['city', true],
      ['count', true],
      ['price', true],
      ['person', true],
      ['phone', true],
      ['email', true],
      ['street', true],
    ]);
  });
});

describe('helpers', () => {
  it.each([
    ['1.900', 1900],
    ['12,90', 12.9],
    ['1 500', 1500],
    ['5,000', 5000],
    ['4.50', 4.5],
    ['20,000', 20000],
    ['9', 9],
  ])('parseNumber(%s) is %d', (raw, value) => {
    expect(parseNumber(raw)).toBe(value);
  });

  it.each([
    ['★★★★☆', '4/5'],
    ['Rated 5 out of 5', '5/5'],
    ['9.4/10', '9.4/10'],
    ['4,8/5', '4.8/5'],
  ])('ratingKey(%s) is %s', (value, key) => {
    expect(ratingKey(value)).toBe(key);
  });

  it('totals the rows and names every missed goal', () => {
    const ok = scoreSite(entry('Hotel in Porto.', { city: 'Porto' }), doc([]), home('<p>Porto</p>'));
    const bad = scoreSite(
      entry('Hotel in Porto.', { city: 'Porto', family: 'health' }),
      doc([]),
      home('<p>12 guests</p>', 'Casa Azul'),
    );
    const t = totals([
      { score: ok, ms: 1200, expect: entry('x', { city: 'Porto' }).expect },
      { score: bad, ms: 1500, expect: entry('x', { city: 'Porto' }).expect },
      { error: 'boom', expect: entry('x', { city: 'Porto' }).expect },
    ]);
    expect([t.familyOk, t.factsFound, t.factsExpected, t.fabrications, t.errors, t.p50Ms]).toEqual([
      1, 1, 3, 1, 1, 1200,
    ]);
    expect(t.missed).toEqual([
      '1 brief(s) failed to generate or render',
      'kind family 33.3 % < 90.0 %',
      'language 66.7 % < 100.0 %',
      'facts 33.3 % < 95.0 %',
      'fabrications 1 > 0',
      'generate+render p50 1200 ms > 1000 ms',
    ]);
  });
});

describe('the corpus', () => {
  it('is valid and covers what the eval promises', async () => {
    const corpus = await loadCorpus();
    const coverage = corpusCoverage(corpus);
    expect(coverage.briefs).toBeGreaterThanOrEqual(150);
    expect(coverage.kinds).toBeGreaterThanOrEqual(40);
    expect(Object.keys(coverage.families).sort()).toHaveLength(15);
    for (const language of ['en', 'pt', 'es', 'fr', 'de']) {
      expect(coverage.languages[language]).toBeGreaterThanOrEqual(20);
    }
    const ids = new Set(corpus.map((e) => e.id));
    for (const id of [
      'vet.en.braga',
      'tattoo-studio.en.berlin',
      'brewery.en.asheville',
      'paediatrician.de.freiburg',
    ]) {
      expect(ids.has(id)).toBe(true);
    }
    expect(Math.max(...corpus.map((e) => e.brief.length))).toBeGreaterThan(3900);
  });

  it('rejects an entry with an unknown family or a duplicate id, naming each problem', () => {
    const good = { id: 'vet.en.a', brief: 'Vet', expect: { family: 'animals', language: 'en' } };
    expect(() => parseCorpus([good, good], 'test.json')).toThrow(
      /test\.json.*\n {2}vet\.en\.a: duplicate id/,
    );
    expect(() => parseCorpus([{ ...good, expect: { family: 'pets', language: 'en' } }], 'test.json')).toThrow(
      /\/0\/expect\/family/,
    );
  });
});
