import type { ServicesSection } from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import { generateOfflineSite } from '../src/site/offline/generate.ts';

function offerItems(prompt: string) {
  const site = generateOfflineSite({ prompt });
  const offer = site.pages
    .flatMap((page) => page.sections)
    .find((section): section is ServicesSection => section.type === 'services');
  return offer?.props.groups.flatMap((group) => group.items) ?? [];
}

describe('the offer list', () => {
  it('gives the one thing the brief offers the one price it names for nothing in particular', () => {
    const items = offerItems('I teach guitar lessons in Cork, €30 per hour');
    expect(items).toEqual([
      expect.objectContaining({
        name: 'Guitar lessons',
        price: { amount: 30, currency: 'EUR' },
        priceNote: 'per hour',
      }),
    ]);
  });

  it('lists no pronoun as something the business sells', () => {
    const names = offerItems(
      'A family bakery in Porto, run by Ana Costa and her brother Rui. Sourdough €4.50, pastel de nata €1.20.',
    ).map((item) => item.name);
    expect(names).toEqual(['Sourdough', 'Pastel de nata']);
  });
});
