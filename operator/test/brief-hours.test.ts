import { describe, expect, it } from 'vitest';
import { readHours } from '../src/site/brief/hours.ts';
import type { HoursFact, Weekday } from '../src/site/brief/types.ts';

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const ALL: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const span = (days: Weekday[], opens: string, closes: string) => ({ days, opens, closes });
const mention = (days: Weekday[], text: string, closed = false) => ({ days, text, closed });
const hours = (fact: Partial<HoursFact>): HoursFact => ({
  alwaysOpen: false,
  spans: [],
  mentions: [],
  ...fact,
});

describe('readHours: always open', () => {
  it.each<[string, string]>([
    ['en', 'Pharmacy open 24/7'],
    ['en', 'Open 24h'],
    ['en', 'We are open around the clock'],
    ['en', '24h emergency service'],
    ['pt', 'Farmácia aberta 24 horas'],
    ['pt', 'Aberto 24h'],
    ['es', 'Abierto las 24 horas'],
    ['fr', 'Ouvert 24h/24'],
    ['de', 'Rund um die Uhr geöffnet'],
    ['it', 'Farmacia aperta 24/7'],
  ])('%s: %s', (language, text) => {
    expect(readHours(text, language)).toEqual(hours({ alwaysOpen: true }));
  });

  it.each<[string, string]>([
    ['en', 'Delivery within 24 hours'],
    ['en', '24h notice required for cakes'],
    ['pt', 'Entrega em 24 horas'],
    ['de', 'Lieferung innerhalb von 24 Stunden'],
    ['fr', 'Livraison en 24h'],
  ])('a delay is not opening hours (%s: %s)', (language, text) => {
    expect(readHours(text, language).alwaysOpen).toBe(false);
  });
});

describe('readHours: days with times', () => {
  it.each<[string, string, HoursFact['spans']]>([
    ['en', 'Mon–Fri 9–18', [span(WEEKDAYS, '09:00', '18:00')]],
    ['en', 'Monday to Friday 9am-6pm', [span(WEEKDAYS, '09:00', '18:00')]],
    ['en', '9am–5pm Monday to Friday', [span(WEEKDAYS, '09:00', '17:00')]],
    ['en', 'Open from 9 to 5 on weekdays', [span(WEEKDAYS, '09:00', '17:00')]],
    ['en', 'Weekends 10-16', [span(['sat', 'sun'], '10:00', '16:00')]],
    ['en', 'Sat & Sun 10-14', [span(['sat', 'sun'], '10:00', '14:00')]],
    ['en', 'Bar open Tue-Sun 18-2', [span(['tue', 'wed', 'thu', 'fri', 'sat', 'sun'], '18:00', '02:00')]],
    [
      'en',
      'Mon-Fri 8:30-17:30; Sat 9-12',
      [span(WEEKDAYS, '08:30', '17:30'), span(['sat'], '09:00', '12:00')],
    ],
    ['en', 'Mon-Fri 9-13 and 14-18', [span(WEEKDAYS, '09:00', '13:00'), span(WEEKDAYS, '14:00', '18:00')]],
    ['en', 'Fri 7-11pm', [span(['fri'], '19:00', '23:00')]],
    ['pt', 'seg-sex 9h-18h', [span(WEEKDAYS, '09:00', '18:00')]],
    [
      'pt',
      'De segunda a sexta das 9h às 18h, sábados 9h-13h',
      [span(WEEKDAYS, '09:00', '18:00'), span(['sat'], '09:00', '13:00')],
    ],
    ['pt', 'Todos os dias das 8h às 20h', [span(ALL, '08:00', '20:00')]],
    ['es', 'lun-vie 9:00-18:00', [span(WEEKDAYS, '09:00', '18:00')]],
    ['es', 'De lunes a sábado de 10:00 a 20:00', [span([...WEEKDAYS, 'sat'], '10:00', '20:00')]],
    ['fr', 'Du lundi au vendredi de 9h à 18h', [span(WEEKDAYS, '09:00', '18:00')]],
    ['fr', 'Lundi-Samedi 7h-19h30', [span([...WEEKDAYS, 'sat'], '07:00', '19:30')]],
    ['de', 'Mo–Fr 9–18 Uhr', [span(WEEKDAYS, '09:00', '18:00')]],
    ['de', 'Di bis Sa 9 bis 18 Uhr', [span(['tue', 'wed', 'thu', 'fri', 'sat'], '09:00', '18:00')]],
    [
      'de',
      'Mo-Fr 7:00-18:00 Uhr, Sa 7:00-12:00 Uhr',
      [span(WEEKDAYS, '07:00', '18:00'), span(['sat'], '07:00', '12:00')],
    ],
  ])('%s: %s', (language, text, spans) => {
    expect(readHours(text, language)).toEqual(hours({ spans }));
  });
});

describe('readHours: days without times', () => {
  it.each<[string, string, HoursFact['mentions']]>([
    [
      'en',
      'Wine bar in Porto with tastings on Saturdays, closed on Sundays',
      [mention(['sat'], 'tastings on Saturdays'), mention(['sun'], 'closed on Sundays', true)],
    ],
    ['en', 'Saturday tastings', [mention(['sat'], 'Saturday tastings')]],
    ['en', 'Live music on Friday nights', [mention(['fri'], 'Live music on Friday nights')]],
    [
      'en',
      'Open Tuesday to Sunday, closed Mondays',
      [
        mention(['tue', 'wed', 'thu', 'fri', 'sat', 'sun'], 'Open Tuesday to Sunday'),
        mention(['mon'], 'closed Mondays', true),
      ],
    ],
    [
      'en',
      'Open daily except Sundays',
      [mention(ALL, 'Open daily'), mention(['sun'], 'except Sundays', true)],
    ],
    [
      'en',
      'Closed on Saturdays and Sundays',
      [mention(['sat', 'sun'], 'Closed on Saturdays and Sundays', true)],
    ],
    ['en', 'Brunch on weekends', [mention(['sat', 'sun'], 'Brunch on weekends')]],
    ['pt', 'Fechado ao domingo', [mention(['sun'], 'Fechado ao domingo', true)]],
    ['pt', 'Restaurante em Lisboa, às quintas há fado', [mention(['thu'], 'às quintas há fado')]],
    ['es', 'Cerrado los lunes', [mention(['mon'], 'Cerrado los lunes', true)]],
    ['fr', 'Fermé le lundi', [mention(['mon'], 'Fermé le lundi', true)]],
    ['de', 'Bäckerei, sonntags geschlossen', [mention(['sun'], 'sonntags geschlossen', true)]],
  ])('%s: %s', (language, text, mentions) => {
    expect(readHours(text, language)).toEqual(hours({ mentions }));
  });

  it.each<[string, string, HoursFact]>([
    [
      'en',
      'Mon-Fri 9-13 and 14-18, Sat 10:00–14:00, Sun closed',
      hours({
        spans: [
          span(WEEKDAYS, '09:00', '13:00'),
          span(WEEKDAYS, '14:00', '18:00'),
          span(['sat'], '10:00', '14:00'),
        ],
        mentions: [mention(['sun'], 'Sun closed', true)],
      }),
    ],
    [
      'en',
      'Mon-Fri 9-18 closed on Sun',
      hours({
        spans: [span(WEEKDAYS, '09:00', '18:00')],
        mentions: [mention(['sun'], 'closed on Sun', true)],
      }),
    ],
    [
      'es',
      'Abierto de lunes a sábado de 10:00 a 20:00, domingos cerrado',
      hours({
        spans: [span([...WEEKDAYS, 'sat'], '10:00', '20:00')],
        mentions: [mention(['sun'], 'domingos cerrado', true)],
      }),
    ],
    [
      'de',
      'Fr–So 17–23 Uhr, Mo Ruhetag',
      hours({
        spans: [span(['fri', 'sat', 'sun'], '17:00', '23:00')],
        mentions: [mention(['mon'], 'Mo Ruhetag', true)],
      }),
    ],
  ])('spans and mentions together (%s: %s)', (language, text, expected) => {
    expect(readHours(text, language)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['en', 'Saturday tastings'],
    ['en', 'Wine bar in Porto with tastings on Saturdays'],
    ['pt', 'Provas de vinho aos sábados'],
    ['es', 'Catas los sábados'],
    ['fr', 'Dégustations le samedi'],
    ['de', 'Weinproben am Samstag'],
  ])('never claims closed when the brief does not say it (%s: %s)', (language, text) => {
    const fact = readHours(text, language);
    expect(fact.mentions.length).toBe(1);
    expect(fact.mentions.every((m) => !m.closed)).toBe(true);
  });
});

describe('readHours: nothing to read', () => {
  it.each<[string, string]>([
    ['en', 'Sun terrace with sea views'],
    ['en', 'Open 8am to 8pm'],
    ['en', 'Bakery since 1962, 9 rooms'],
    ['pt', 'Quinta do Vale, vinhos desde 1962'],
    ['pt', 'Venda de bicicletas em segunda mão'],
    ['es', 'Restaurante con vistas al mar'],
    ['fr', 'Un jeu de société au bord de la mer'],
    ['de', 'So schön wie nie'],
    ['it', 'Aperto lunedì 9-18'],
  ])('%s: %s', (language, text) => {
    expect(readHours(text, language)).toEqual(hours({}));
  });
});

describe('readHours: robustness', () => {
  it.each([
    '9-18 '.repeat(800),
    'Mon-'.repeat(1000),
    'closed on Sundays and '.repeat(180),
    '24/7 '.repeat(800),
    '🍕🙂\u202eשלום مرحبا <b>Mo–Fr</b> 9–18'.repeat(100),
    'except '.repeat(570),
  ])('adversarial input returns (%#)', (text) => {
    for (const language of ['en', 'pt', 'es', 'fr', 'de', 'zz']) {
      const fact = readHours(text, language);
      expect(typeof fact.alwaysOpen).toBe('boolean');
    }
  });

  it('reads a non-string as nothing', () => {
    expect(readHours(undefined as unknown as string, 'en')).toEqual(hours({}));
  });
});
