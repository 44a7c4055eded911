// Contact details a brief gives: an email address, a phone number, a website and a street address, each as
// written. Nothing is completed or guessed: no country code is added to a phone, no "https://" to a site.
// Every pattern has bounded repetition, so no input can make them backtrack for long.

import type { ContactFact } from './types.ts';

const MAX_CHARS = 20_000;

export type ContactKind = 'email' | 'phone' | 'website' | 'street';

export interface ContactSpan {
  kind: ContactKind;
  /** As written, trimmed of surrounding punctuation. */
  value: string;
  start: number;
  end: number;
}

// The same shape crds' EmailSchema accepts, so a found address is one the site document takes.
const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,63}(?![\p{L}\p{N}-])/gu;

// Top-level domains a bare "padariaribeira.pt" may end in. With "http(s)://" or "www." any domain counts.
const TLDS = [
  'com',
  'net',
  'org',
  'info',
  'biz',
  'io',
  'co',
  'ai',
  'app',
  'dev',
  'eu',
  'pt',
  'br',
  'es',
  'fr',
  'de',
  'at',
  'ch',
  'uk',
  'ie',
  'it',
  'nl',
  'be',
  'lu',
  'dk',
  'se',
  'no',
  'fi',
  'pl',
  'cz',
  'us',
  'ca',
  'mx',
  'ar',
  'cl',
  'au',
  'nz',
  'shop',
  'store',
  'online',
  'site',
  'website',
  'studio',
  'design',
  'cafe',
  'restaurant',
  'bar',
  'pub',
  'hotel',
  'health',
  'law',
  'legal',
  'tech',
  'cloud',
  'agency',
  'coffee',
  'pizza',
  'beer',
  'wine',
];
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const PATH = String.raw`(?:[/?#][^\s<>"'()[\]{}]{0,200})?`;
const WEBSITE = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._-])(?:https?://(?:${LABEL}\.){1,8}[A-Za-z]{2,63}|(?:www\.)(?:${LABEL}\.){1,8}[A-Za-z]{2,63}|(?:${LABEL}\.){1,4}(?:${TLDS.join('|')}))(?![\p{L}\p{N}@-])${PATH}`,
  'giu',
);

// A run of digits with the separators phones use: "+351 912 345 678", "(555) 123-4567", "0761 12345",
// "01.23.45.67.89". Validated below: 7 to 15 digits, and not a date, a year range, a postcode or an amount.
const PHONE =
  /(?<![\p{L}\p{N}+])(?:\+[ \u00a0]?|00[ \u00a0]?|\()?\d(?:[ \u00a0()./–-]{0,3}\d){6,16}(?![\p{N}])/gu;
const PHONE_LABEL =
  /(?:tel|tel\.|telf|tlf|phone|call|ring|mobile|mob|cell|whatsapp|telefone|telemóvel|telemovel|telefono|teléfono|móvil|movil|téléphone|telephone|portable|tél|telefon|handy|ruf|notfallnummer|notruf|emergency|urgence|urgência|urgencia|fax)[\s\u00a0.:]*(?:\p{L}+[\s\u00a0.:]+){0,2}$/iu;
const AMOUNT_AROUND = /^[ \u00a0]?(?:[€$£¥₹]|R\$|([A-Z]{3})(?![\p{L}])|euros?\b|reais\b|dollars?\b)/u;
const AMOUNT_BEFORE = /(?:[€$£¥₹]|R\$|\b([A-Z]{3}))[ \u00a0]?$/u;
// Three capitals next to a number are a currency only when ISO 4217 knows them: "EUR 1 200 000" is an
// amount, "CALL NOW 07700 900123" a phone number.
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

function nextToAmount(before: string, after: string): boolean {
  for (const match of [AMOUNT_AROUND.exec(after), AMOUNT_BEFORE.exec(before)]) {
    if (match && (match[1] === undefined || CURRENCIES.has(match[1]))) return true;
  }
  return false;
}

function phoneIsReal(candidate: string, before: string, after: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return false;
  const bare = candidate.trim();
  // Dates, year ranges, Portuguese postcodes.
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(bare)) return false;
  if (/^(?:1[89]|20)\d\d[ \u00a0]?[-–/][ \u00a0]?(?:1[89]|20)\d\d$/.test(bare)) return false;
  if (/^\d{4}-\d{3}$/.test(bare)) return false;
  // An amount: "1 200 000 €", "€ 1.200.000".
  if (nextToAmount(before, after)) return false;
  // Without a leading +, 00, ( or 0 and without a label, a short run is more likely a grouped number.
  const marked = /^(?:\+|00|\(|0)/.test(bare) || PHONE_LABEL.test(before);
  return marked || digits.length >= 9;
}

// Street addresses, as written. Names are capitalised words with the joining words of each language.
const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’.-]{0,30}`;
const JOIN = String.raw`(?:de|da|do|das|dos|del|de\s+la|de\s+las|de\s+los|dels|e|y|la|el|les|las|los)`;
const NAME = String.raw`(?:(?:${JOIN}\s+)?(?:${CAP}|\d{1,2}\s+de\s+${CAP}))(?:\s+(?:${JOIN}\s+)?${CAP}){0,5}`;
const NUMBER = String.raw`\d{1,5}(?:[A-Za-z](?![\p{L}]))?`;
const cased = (word: string) =>
  `[${word[0]?.toUpperCase()}${word[0]?.toLowerCase()}]${escapeRegExp(word.slice(1))}`;
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
const ROMANCE_PREFIX = [
  'Rua',
  'R.',
  'Avenida',
  'Av.',
  'Avda.',
  'Avda',
  'Travessa',
  'Tv.',
  'Praça',
  'Praceta',
  'Largo',
  'Estrada',
  'Alameda',
  'Calçada',
  'Beco',
  'Rodovia',
  'Calle',
  'C/',
  'Plaza',
  'Pza.',
  'Paseo',
  'Carrer',
  'Camino',
  'Ronda',
  'Travesía',
  'Carretera',
  'Via',
  'Viale',
  'Piazza',
  'Corso',
]
  .map(cased)
  .join('|');
const ENGLISH_STREET = String.raw`(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Way|Place|Square|Sq\.?|Boulevard|Blvd\.?|Terrace|Close|Court|Row|Hill|Gardens|Crescent|Parade|Mews|Walk|Grove|Quay|Wharf)(?![\p{L}])`;
const STREETS: RegExp[] = [
  // "Rua das Flores 12", "Rua das Flores, 12", "Calle Mayor 5", "Av. da Liberdade, n.º 100".
  new RegExp(
    String.raw`(?<![\p{L}])(?:${ROMANCE_PREFIX})\s+${NAME},?\s*(?:n\.?\s?[ºo°]\.?\s*|no\.?\s*)?${NUMBER}(?![\p{N}])`,
    'gu',
  ),
  // "5 rue de la Paix", "12 bis, avenue des Champs-Élysées".
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])${NUMBER}(?:\s?(?:bis|ter))?,?\s+(?:${['rue', 'avenue', 'av.', 'boulevard', 'bd', 'place', 'allée', 'chemin', 'impasse', 'quai', 'cours', 'route', 'passage', 'square'].map(cased).join('|')})\s+(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’]|la|le|les)\s*)?(?:${CAP}|\p{Ll}[\p{L}-]{1,30})(?:\s+(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’]|et)\s*)?${CAP}){0,4}`,
    'gu',
  ),
  // "Hauptstraße 3", "Berliner Straße 12a", "Am Markt 5".
  new RegExp(
    String.raw`(?<![\p{L}])(?:\p{Lu}[\p{L}-]{0,30}(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|markt)|${CAP}\s+(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Chaussee|Markt)|(?:Am|An\s+der|Auf\s+dem|Im|Zum|Zur)\s+${CAP})\s+${NUMBER}(?![\p{N}])`,
    'gu',
  ),
  // "12 High Street", "221B Baker Street", "2 Bloor St W".
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])${NUMBER}\s+(?:${CAP}\s+){1,4}${ENGLISH_STREET}(?:\s+(?:N|S|E|W|NE|NW|SE|SW)(?![\p{L}]))?`,
    'gu',
  ),
  // "upstairs on Jonson St", "a shop on Belgrave Road": a street without a number, after "on".
  new RegExp(String.raw`(?<=(?:^|\s)on\s)(?:${CAP}\s+){1,3}${ENGLISH_STREET}`, 'gu'),
  // Swiss and Belgian French write the number last: "rue du Rhône 48", "avenue Louise 120".
  new RegExp(
    String.raw`(?<![\p{L}])(?:${['rue', 'avenue', 'boulevard', 'place', 'quai', 'chemin', 'route'].map(cased).join('|')})\s+(?:(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*)?${CAP}(?:\s+${CAP}){0,3},?\s+${NUMBER}(?![\p{N}])`,
    'gu',
  ),
];

let lastText: string | undefined;
let lastSpans: ContactSpan[] = [];

/**
 * Every contact detail the brief gives, with where it says it; the first of each kind comes first. Every
 * reader of a brief asks for these to leave them alone, so the last brief's are remembered; callers must
 * not change them.
 */
export function locateContact(text: string): ContactSpan[] {
  if (typeof text === 'string' && text === lastText) return lastSpans;
  lastSpans = findContact(text);
  lastText = typeof text === 'string' ? text : undefined;
  return lastSpans;
}

function findContact(text: string): ContactSpan[] {
  const brief = typeof text === 'string' ? text.slice(0, MAX_CHARS) : '';
  const spans: ContactSpan[] = [];
  const add = (kind: ContactKind, start: number, raw: string) => {
    const value = raw.replace(/[.,;:!?)\]}'"»”]+$/u, '');
    if (value && !spans.some((s) => s.start < start + value.length && start < s.end)) {
      spans.push({ kind, value, start, end: start + value.length });
    }
  };
  for (const match of brief.matchAll(EMAIL)) add('email', match.index, match[0]);
  for (const match of brief.matchAll(WEBSITE)) {
    // A bare domain needs a letter in its name: "12.de" is not a website.
    if (/^(?:https?:|www\.)/i.test(match[0]) || /^[^.]*\p{L}/u.test(match[0]))
      add('website', match.index, match[0]);
  }
  for (const pattern of STREETS) {
    for (const match of brief.matchAll(pattern)) add('street', match.index, match[0]);
  }
  for (const match of brief.matchAll(PHONE)) {
    // "Suite 700. 416-555-0199": a number never runs on past the end of a sentence.
    const sentenceEnd = match[0].search(/\.[ \u00a0]+(?=\S)/u);
    const skipped =
      sentenceEnd >= 0
        ? (/\.[ \u00a0]+/u.exec(match[0].slice(sentenceEnd))?.[0].length ?? 0) + sentenceEnd
        : 0;
    match.index += skipped;
    const raw = match[0].slice(skipped).replace(/[ \u00a0()./–-]+$/u, '');
    const before = brief.slice(Math.max(0, match.index - 40), match.index);
    const after = brief.slice(match.index + raw.length, match.index + raw.length + 8);
    if (raw.startsWith('(') && !raw.includes(')')) continue;
    if (phoneIsReal(raw, before, after)) add('phone', match.index, raw);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The brief's email, phone, website and street address, each as written, when it gives them. */
export function readContact(text: string): ContactFact {
  const contact: ContactFact = {};
  for (const span of locateContact(text)) {
    if (contact[span.kind] === undefined) contact[span.kind] = span.value;
  }
  return contact;
}
