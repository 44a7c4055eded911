import type { CopyLanguage } from '../locales.ts';
import { fold } from '../text.ts';

// Common products and services in the five languages, so "sourdough" from an English brief becomes
// "pão de massa-mãe" on the Portuguese pages. Anything not listed keeps the brief's wording: dish names
// such as "pastel de nata" or "Franzbrötchen" are usually best left as they are.
const GLOSSARY: readonly Record<CopyLanguage, string>[] = [
  {
    en: 'sourdough',
    pt: 'pão de massa-mãe',
    es: 'pan de masa madre',
    fr: 'pain au levain',
    de: 'Sauerteigbrot',
  },
  { en: 'bread', pt: 'pão', es: 'pan', fr: 'pain', de: 'Brot' },
  { en: 'croissants', pt: 'croissants', es: 'cruasanes', fr: 'croissants', de: 'Croissants' },
  { en: 'cakes', pt: 'bolos', es: 'tartas', fr: 'gâteaux', de: 'Kuchen' },
  { en: 'pastries', pt: 'pastelaria', es: 'bollería', fr: 'viennoiseries', de: 'Gebäck' },
  { en: 'coffee', pt: 'café', es: 'café', fr: 'café', de: 'Kaffee' },
  { en: 'wine', pt: 'vinho', es: 'vino', fr: 'vin', de: 'Wein' },
  { en: 'seafood', pt: 'marisco', es: 'mariscos', fr: 'fruits de mer', de: 'Meeresfrüchte' },
  { en: 'fish', pt: 'peixe', es: 'pescado', fr: 'poisson', de: 'Fisch' },
  { en: 'haircuts', pt: 'cortes de cabelo', es: 'cortes de pelo', fr: 'coupes', de: 'Haarschnitte' },
  { en: 'colour', pt: 'coloração', es: 'color', fr: 'coloration', de: 'Färben' },
  { en: 'manicure', pt: 'manicure', es: 'manicura', fr: 'manucure', de: 'Maniküre' },
  { en: 'massage', pt: 'massagem', es: 'masaje', fr: 'massage', de: 'Massage' },
  {
    en: 'employment law',
    pt: 'direito do trabalho',
    es: 'derecho laboral',
    fr: 'droit du travail',
    de: 'Arbeitsrecht',
  },
  {
    en: 'family law',
    pt: 'direito da família',
    es: 'derecho de familia',
    fr: 'droit de la famille',
    de: 'Familienrecht',
  },
  { en: 'implants', pt: 'implantes', es: 'implantes', fr: 'implants', de: 'Implantate' },
  { en: 'orthodontics', pt: 'ortodontia', es: 'ortodoncia', fr: 'orthodontie', de: 'Kieferorthopädie' },
  {
    en: 'teeth whitening',
    pt: 'branqueamento dentário',
    es: 'blanqueamiento dental',
    fr: 'blanchiment dentaire',
    de: 'Zahnaufhellung',
  },
  { en: 'physiotherapy', pt: 'fisioterapia', es: 'fisioterapia', fr: 'kinésithérapie', de: 'Physiotherapie' },
  { en: 'weddings', pt: 'casamentos', es: 'bodas', fr: 'mariages', de: 'Hochzeiten' },
  { en: 'portraits', pt: 'retratos', es: 'retratos', fr: 'portraits', de: 'Porträts' },
  { en: 'yoga', pt: 'ioga', es: 'yoga', fr: 'yoga', de: 'Yoga' },
  { en: 'pilates', pt: 'pilates', es: 'pilates', fr: 'pilates', de: 'Pilates' },
  { en: 'boilers', pt: 'caldeiras', es: 'calderas', fr: 'chaudières', de: 'Heizkessel' },
  { en: 'leaks', pt: 'fugas', es: 'fugas', fr: 'fuites', de: 'Lecks' },
  { en: 'branding', pt: 'branding', es: 'branding', fr: 'image de marque', de: 'Branding' },
  { en: 'websites', pt: 'sites', es: 'sitios web', fr: 'sites web', de: 'Websites' },
  { en: 'breakfast', pt: 'pequeno-almoço', es: 'desayuno', fr: 'petit-déjeuner', de: 'Frühstück' },
  { en: 'maths', pt: 'matemática', es: 'matemáticas', fr: 'mathématiques', de: 'Mathematik' },
  { en: 'english', pt: 'inglês', es: 'inglés', fr: 'anglais', de: 'Englisch' },
];

const INDEX = new Map<string, Record<CopyLanguage, string>>(
  GLOSSARY.flatMap((entry) => Object.values(entry).map((word) => [fold(word), entry] as const)),
);

// Typical prices in euros for products a brief often names, so a pastel de nata is not priced like a loaf.
const PRICES: Record<string, number> = {
  sourdough: 4.5,
  bread: 3,
  croissants: 1.8,
  cakes: 28,
  pastries: 2.2,
  coffee: 1.2,
  wine: 6,
  haircuts: 35,
  colour: 65,
  manicure: 22,
  massage: 55,
  'teeth whitening': 250,
  implants: 900,
  orthodontics: 1500,
  yoga: 14,
  pilates: 15,
  breakfast: 12,
  'pastel de nata': 1.3,
  'pasteis de nata': 1.3,
  'pain au chocolat': 1.6,
  baguette: 1.2,
  espresso: 1.2,
  cappuccino: 2.6,
  pizza: 12,
  tapas: 6,
};

/** A typical price in euros for a product, when it is a common one. */
export function productPrice(product: string): number | undefined {
  const key = fold(product);
  const entry = INDEX.get(key) ?? INDEX.get(key.replace(/s$/, ''));
  return PRICES[entry ? entry.en : key] ?? PRICES[key.replace(/s$/, '')];
}

/** The product in the given language when the glossary knows it, else as written. */
export function translateProduct(product: string, language: CopyLanguage): string {
  const entry = INDEX.get(fold(product)) ?? INDEX.get(fold(product).replace(/s$/, ''));
  if (!entry) return product;
  const word = entry[language];
  // Keep the owner's capitalisation when the glossary word is lower case ("Sourdough" stays capitalised).
  return /^\p{Lu}/u.test(product) && /^\p{Ll}/u.test(word)
    ? word.charAt(0).toUpperCase() + word.slice(1)
    : word;
}
