import { describe, expect, it } from 'vitest';
import {
  type ContactSection,
  describeGenerator,
  describePlaceholder,
  exampleSiteDocument,
  findPlaceholders,
  findSection,
  isPlaceholder,
  placeholderLabel,
  placeholdersToFill,
  type SiteDocument,
  validateSiteDocument,
  withoutPlaceholders,
} from '../src/site-document.ts';

// The example bakery with its phone and hours not given yet, in both of its locales.
function withMissingFacts(): SiteDocument {
  const doc = exampleSiteDocument();
  for (const locale of doc.locales) {
    const found = findSection(doc, 'visit', locale);
    if (found?.section.type !== 'contact') throw new Error('the example has a contact section "visit"');
    const props = found.section.props as ContactSection['props'];
    props.phone = { placeholder: 'phone' };
    props.hours = { placeholder: 'opening-hours', note: 'Tell visitors when you open' };
  }
  return doc;
}

describe('placeholders', () => {
  it('are valid where a fact may be missing, and nowhere else', () => {
    expect(validateSiteDocument(withMissingFacts()).ok).toBe(true);
    const doc = exampleSiteDocument();
    (doc as unknown as { name: unknown }).name = { placeholder: 'phone' };
    expect(validateSiteDocument(doc).ok).toBe(false);
    const unknownFact = withMissingFacts();
    const visit = findSection(unknownFact, 'visit');
    if (visit?.section.type !== 'contact') throw new Error('contact section');
    (visit.section.props as Record<string, unknown>).phone = { placeholder: 'fax' };
    expect(validateSiteDocument(unknownFact).ok).toBe(false);
  });

  it('are told apart from a form field that has hint text', () => {
    expect(isPlaceholder({ placeholder: 'phone' })).toBe(true);
    expect(isPlaceholder({ placeholder: 'price', note: 'per night' })).toBe(true);
    expect(
      isPlaceholder({ name: 'email', label: 'Email', type: 'email', placeholder: 'you@example.com' }),
    ).toBe(false);
    expect(isPlaceholder({ placeholder: 'phone', street: 'Rua 1' })).toBe(false);
    expect(isPlaceholder({ placeholder: 'anything' })).toBe(false);
    expect(isPlaceholder('phone')).toBe(false);
  });

  it('are found in every locale with the page, section and JSON Pointer', () => {
    const found = findPlaceholders(withMissingFacts());
    expect(found.map((p) => [p.locale, p.fact, p.page, p.sectionId])).toEqual([
      ['en', 'phone', 'contact', 'visit'],
      ['en', 'opening-hours', 'contact', 'visit'],
      ['pt', 'phone', 'contact', 'visit'],
      ['pt', 'opening-hours', 'contact', 'visit'],
    ]);
    const doc = withMissingFacts();
    for (const placeholder of found) {
      const value = placeholder.path
        .split('/')
        .slice(1)
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], doc);
      expect(isPlaceholder(value)).toBe(true);
    }
    expect(found[1]?.note).toBe('Tell visitors when you open');
    expect(placeholdersToFill(withMissingFacts())).toEqual(found.filter((p) => p.locale === 'en'));
    expect(findPlaceholders(exampleSiteDocument())).toEqual([]);
  });

  it('are left out of the published document, which stays valid and keeps every real fact', () => {
    const doc = withMissingFacts();
    const published = withoutPlaceholders(doc);
    expect(validateSiteDocument(published).ok).toBe(true);
    expect(findPlaceholders(published)).toEqual([]);
    const visit = findSection(published, 'visit');
    if (visit?.section.type !== 'contact') throw new Error('contact section');
    expect(visit.section.props.phone).toBeUndefined();
    expect(visit.section.props.hours).toBeUndefined();
    expect(visit.section.props.email).toBe('ola@padaria-ribeira.example');
    expect(visit.section.props.form?.fields.length).toBeGreaterThan(0);
    // The input document is not changed.
    expect(findPlaceholders(doc)).toHaveLength(4);
  });

  it('have labels people read', () => {
    expect(placeholderLabel('street-address')).toBe('street address');
    expect(placeholderLabel('opening-hours')).toBe('opening hours');
  });
});

describe('describeGenerator', () => {
  it('says whether the AI or the offline draft writer wrote the site', () => {
    expect(describeGenerator({ generator: 'offline' })).toBe('the offline draft writer (no AI)');
    expect(describeGenerator({ generator: 'ai', model: 'gpt-5-mini' })).toBe('AI (gpt-5-mini)');
    expect(describeGenerator(undefined)).toBeUndefined();
  });
});

describe('a missing price', () => {
  it('is named after the item it belongs to', () => {
    const doc = exampleSiteDocument();
    const menu = doc.pages.flatMap((page) => page.sections).find((section) => section.type === 'services');
    if (menu?.type !== 'services') throw new Error('the example has a menu');
    const [first] = menu.props.groups[0]?.items ?? [];
    if (!first) throw new Error('the menu has items');
    first.price = { placeholder: 'price' };
    expect(validateSiteDocument(doc).ok).toBe(true);
    const [found] = findPlaceholders(doc);
    expect(found).toMatchObject({ fact: 'price', subject: 'Sourdough loaf', sectionId: menu.id });
    expect(describePlaceholder(found ?? { fact: 'price' })).toBe('price of Sourdough loaf');
    expect(describePlaceholder({ fact: 'phone' })).toBe('phone number');
  });
});

describe('a phone number the owner gave', () => {
  it('may start with an area code in brackets, as North American and Brazilian numbers are written', () => {
    for (const phone of ['(312) 555-0147', '(11) 98765-4321', '+351 222 000 000']) {
      const doc = exampleSiteDocument();
      const visit = findSection(doc, 'visit');
      if (visit?.section.type !== 'contact') throw new Error('contact section');
      visit.section.props.phone = phone;
      expect(validateSiteDocument(doc).ok, phone).toBe(true);
    }
    const doc = exampleSiteDocument();
    const visit = findSection(doc, 'visit');
    if (visit?.section.type !== 'contact') throw new Error('contact section');
    visit.section.props.phone = '((312)) call me';
    expect(validateSiteDocument(doc).ok).toBe(false);
  });
});
