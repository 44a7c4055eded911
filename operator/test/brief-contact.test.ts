import { describe, expect, it } from 'vitest';
import { readContact } from '../src/site/brief/contact.ts';
import type { ContactFact } from '../src/site/brief/types.ts';

describe('readContact', () => {
  it.each<[string, ContactFact]>([
    [
      'Padaria no Porto. Email hello@padaria.pt or call +351 912 345 678, www.padaria.pt, Rua das Flores 12',
      {
        email: 'hello@padaria.pt',
        phone: '+351 912 345 678',
        website: 'www.padaria.pt',
        street: 'Rua das Flores 12',
      },
    ],
    ['Rua das Flores, 12 em Lisboa', { street: 'Rua das Flores, 12' }],
    // A compass point after the street is part of it; a number never runs on past a full stop.
    ['Broker at 2 Bloor St W, Suite 700. 416-555-0199', { street: '2 Bloor St W', phone: '416-555-0199' }],
    // A street after "on", without a number; the Swiss and Belgian number last.
    ['Yoga upstairs on Jonson St, mats provided', { street: 'Jonson St' }],
    ['Bijouterie rue du Rhône 48, Genève', { street: 'rue du Rhône 48' }],
    ['Av. da Liberdade 100, Lisboa', { street: 'Av. da Liberdade 100' }],
    [
      'Bakery at 12 High Street, London. Tel (020) 7946 0958',
      { street: '12 High Street', phone: '(020) 7946 0958' },
    ],
    ['221B Baker Street', { street: '221B Baker Street' }],
    ['Bar en Calle Mayor 5, Madrid; web: barmayor.es', { street: 'Calle Mayor 5', website: 'barmayor.es' }],
    ['C/ Mayor 5, Madrid', { street: 'C/ Mayor 5' }],
    [
      'Hauptstraße 3, 79098 Freiburg, Notfallnummer 0761 12345',
      { street: 'Hauptstraße 3', phone: '0761 12345' },
    ],
    ['Berliner Straße 12a', { street: 'Berliner Straße 12a' }],
    ['Am Markt 5', { street: 'Am Markt 5' }],
    ['5 rue de la Paix, Paris, 01 23 45 67 89', { street: '5 rue de la Paix', phone: '01 23 45 67 89' }],
    ['Ring 07700 900123', { phone: '07700 900123' }],
    ['WhatsApp +44 7700 900123', { phone: '+44 7700 900123' }],
    ['Call us on 555-123-4567', { phone: '555-123-4567' }],
    ['Tel. 21 123 4567', { phone: '21 123 4567' }],
    ['Seit 1962, Tel: 089 1234567', { phone: '089 1234567' }],
    ['Visit https://example.com/menu?x=1.', { website: 'https://example.com/menu?x=1' }],
    ['See www.example.co.uk/about now', { website: 'www.example.co.uk/about' }],
    ['Write to john.doe@mail.example.com.', { email: 'john.doe@mail.example.com' }],
    // Three capitals before a number are a currency only when ISO 4217 knows them.
    ['CHEAP REMOVALS, RING NOW 0113 496 0000', { phone: '0113 496 0000' }],
    ['ENCOMENDAS POR SMS 912 345 678', { phone: '912 345 678' }],
    ['RUFEN SIE AN: TEL 0761 123456', { phone: '0761 123456' }],
  ])('%s', (text, expected) => {
    expect(readContact(text)).toEqual(expected);
  });

  it.each<string>([
    'Bakery since 1962',
    'Founded 1962-2022',
    'Open on 12.05.2024',
    'Mon–Fri 9–18h, Sat 10–14',
    'Apartments from 1 200 000 €',
    'Investments from €285,000',
    'Rooms 1.200,50 €',
    '1000-001 Lisboa',
    'ISO 27001 and SOC 2',
    'Open 24/7',
    'hello@example',
    'Node.js developers, e.g. backend',
    'A family bakery in Porto with 9 rooms',
    'Gym with 1 200 000 visitors',
    'Villa for sale, EUR 1 200 000',
    'Quinta à venda, 2 500 000 EUR',
  ])('nothing in "%s"', (text) => {
    expect(readContact(text)).toEqual({});
  });

  it.each([
    'a@'.repeat(2000),
    `${'a'.repeat(60)}.`.repeat(65),
    'a.'.repeat(2000),
    '1 '.repeat(2000),
    '+1 (2) 3-4.5/6 '.repeat(266),
    'Rua '.repeat(1000),
    `12 ${'High '.repeat(790)}x`,
    `${'Aa-'.repeat(1300)}straße`,
    '🍕🙂\u202eשלום مرحبا <a href="mailto:x@y.z">'.repeat(90),
  ])('adversarial input returns (%#)', (text) => {
    expect(typeof readContact(text)).toBe('object');
  });

  it('reads a non-string as nothing', () => {
    expect(readContact(undefined as unknown as string)).toEqual({});
  });
});
