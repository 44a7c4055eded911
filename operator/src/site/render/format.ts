// Locale-aware formatting with Intl, never with the clock: dates and times are built from the document's own
// values in UTC, so output depends only on the input (and the runtime's ICU data).

import { WEEKDAYS } from '@pagemagic/crds/site-document';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let value = cache.get(key);
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value as T;
}

/** "€4.50" in en, "4,50 €" in pt-PT; whole amounts without decimals ("€28"). Undefined for nonsense input. */
export function formatPrice(price: unknown, locale: string): string | undefined {
  if (typeof price !== 'object' || price === null) return undefined;
  const { amount, currency } = price as { amount?: unknown; currency?: unknown };
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) return undefined;
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return undefined;
  const format = cached(
    `price:${locale}:${currency}`,
    () =>
      new Intl.NumberFormat(locale, { style: 'currency', currency, trailingZeroDisplay: 'stripIfInteger' }),
  );
  return format.format(amount);
}

/** A YYYY-MM-DD date in words ("14 March 2025"), or undefined if it is not a real date. */
export function formatDate(date: unknown, locale: string): string | undefined {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) return undefined;
  const format = cached(
    `date:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
  );
  return format.format(time);
}

/** "7:00 AM" in en, "07:00" in pt. */
export function formatTime(time: string, locale: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const format = cached(
    `time:${locale}`,
    () => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }),
  );
  return format.format(Date.UTC(2024, 0, 1, hours, minutes));
}

export type Weekday = (typeof WEEKDAYS)[number];

/** The weekday's name in the locale; 1 January 2024 was a Monday. */
export function weekdayName(day: Weekday, locale: string): string {
  const format = cached(
    `weekday:${locale}`,
    () => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }),
  );
  return capitalise(format.format(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day))), locale);
}

export interface HoursRow {
  /** "Tuesday" or "Tuesday – Saturday". */
  days: string;
  /** "7:00 AM – 7:00 PM", several spans joined; empty when closed. */
  spans: string[];
}

/**
 * Opening hours as table rows, Monday first, consecutive days with the same hours folded into one row, days
 * without hours shown as closed (only when the document gives hours at all).
 */
export function hoursRows(hours: unknown, locale: string): HoursRow[] {
  if (!Array.isArray(hours) || hours.length === 0) return [];
  const byDay = WEEKDAYS.map((day) =>
    hours
      .filter(
        (h): h is { day: Weekday; opens: string; closes: string } =>
          isTimeSpan(h) && (h as { day: unknown }).day === day,
      )
      .map((h) => [h.opens, h.closes] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([opens, closes]) => `${formatTime(opens, locale)} – ${formatTime(closes, locale)}`),
  );
  const rows: HoursRow[] = [];
  let start = 0;
  for (let i = 1; i <= WEEKDAYS.length; i++) {
    if (i < WEEKDAYS.length && (byDay[i] ?? []).join() === (byDay[start] ?? []).join()) continue;
    const first = weekdayName(WEEKDAYS[start] as Weekday, locale);
    const last = weekdayName(WEEKDAYS[i - 1] as Weekday, locale);
    rows.push({ days: start === i - 1 ? first : `${first} – ${last}`, spans: byDay[start] ?? [] });
    start = i;
  }
  return rows;
}

function isTimeSpan(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { day, opens, closes } = value as Record<string, unknown>;
  const time = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/;
  return (
    typeof day === 'string' &&
    typeof opens === 'string' &&
    typeof closes === 'string' &&
    time.test(opens) &&
    time.test(closes)
  );
}

const names = new Map<string, string>();

function displayName(type: 'language' | 'region', code: string, locale: string): string {
  const key = `${type}:${locale}:${code}`;
  let name = names.get(key);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([locale], { type }).of(code) ?? code;
    } catch {
      name = code;
    }
    names.set(key, name);
  }
  return name;
}

/** A language's own name for itself: "English", "Português". */
export function languageName(locale: string): string {
  let name = names.get(`own:${locale}`);
  if (name === undefined) {
    name = capitalise(displayName('language', locale, locale), locale);
    names.set(`own:${locale}`, name);
  }
  return name;
}

/** A country's name in the locale ("Portugal"), or the code itself. */
export function countryName(code: unknown, locale: string): string | undefined {
  return typeof code === 'string' ? displayName('region', code, locale) : undefined;
}

const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'dv',
  'fa',
  'ha',
  'he',
  'khw',
  'ks',
  'ku',
  'ps',
  'sd',
  'ur',
  'yi',
]);

export function textDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** Open Graph wants language_TERRITORY ("pt_PT"); a bare language stays as it is. */
export function ogLocale(locale: string): string {
  const parts = locale.split('-');
  const region = parts.find((p, i) => i > 0 && /^[A-Z]{2}$/.test(p));
  return region ? `${parts[0]}_${region}` : (parts[0] ?? locale);
}

function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
