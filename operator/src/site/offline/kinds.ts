import type { ART_MOTIFS, BusinessKind, FontKey, Theme, WEEKDAYS } from '@pagemagic/crds/site-document';
import type { PriceNoteKey } from './copy/types.ts';

// Everything about a kind of business that does not depend on the language: which pages and sections it
// gets, prices (in euros, converted per country), opening hours, palettes and post slugs. Price lists line
// up with the offer groups and plans in the phrase tables.

export type PageKey = 'home' | 'offer' | 'plans' | 'gallery' | 'about' | 'team' | 'faq' | 'blog' | 'contact';
export type SectionKey =
  | 'hero'
  | 'features'
  | 'stats'
  | 'reviews'
  | 'cta'
  | 'offer'
  | 'plans'
  | 'gallery'
  | 'logos'
  | 'story'
  | 'values'
  | 'team'
  | 'faq'
  | 'contact'
  | 'posts';

export interface PagePlan {
  key: PageKey;
  slug: string;
  sections: SectionKey[];
}

type Weekday = (typeof WEEKDAYS)[number];
type Motif = (typeof ART_MOTIFS)[number];
type Period = 'once' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Grammatical gender of a team role or reviewer in the translations: names are picked to match. */
export type Gender = 'f' | 'm' | 'x';

export interface KindData {
  pages: PagePlan[];
  /** Genders of the team members and reviewers, in copy order. */
  people: { team: Gender[]; reviews: Gender[] };
  /** Price in euros for a product named in the brief that the glossary has no price for. */
  productPrice: number | null;
  /** Prices per offer group, item by item; null for "ask us". */
  offer?: { prices: (number | null)[]; note?: PriceNoteKey }[];
  plans?: { price: number | null; period?: Period; highlighted?: boolean }[];
  logos?: string[];
  /** Opening spans: the days, then opening and closing time. */
  hours: [Weekday[], string, string][];
  motifs: Motif[];
  postSlugs: [string, string];
  palettes: Theme['palette'][];
  fonts: [FontKey, FontKey][];
  radius: Theme['radius'][];
}

const WEEKDAYS_ONLY: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const ALL_DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const home = (...sections: SectionKey[]): PagePlan => ({ key: 'home', slug: 'index', sections });
const page = (key: PageKey, slug: string, ...sections: SectionKey[]): PagePlan => ({ key, slug, sections });
const about = (...extra: SectionKey[]) => page('about', 'about', 'story', 'values', ...extra);
const blog = page('blog', 'blog', 'posts');
const contact = (...extra: SectionKey[]) => page('contact', 'contact', 'contact', ...extra);
const STANDARD_HOME = home('hero', 'features', 'stats', 'reviews', 'cta');

// Dark themes keep light text on a dark background; every palette passes the document's contrast rule
// (a test checks them all).
export const KIND_DATA: Record<BusinessKind, KindData> = {
  restaurant: {
    people: { team: ['m', 'f', 'f'], reviews: ['x', 'm', 'f'] },
    productPrice: 14,
    pages: [STANDARD_HOME, page('offer', 'menu', 'offer', 'gallery'), about('team'), blog, contact('faq')],
    offer: [{ prices: [4.5, 7, 12] }, { prices: [19, 22, 16] }, { prices: [6.5, 6, 5] }],
    hours: [
      [['tue', 'wed', 'thu', 'fri', 'sat'], '12:00', '15:00'],
      [['tue', 'wed', 'thu', 'fri', 'sat'], '19:00', '23:00'],
      [['sun'], '12:00', '16:00'],
    ],
    motifs: ['sunburst', 'blobs', 'mosaic', 'waves'],
    postSlugs: ['what-the-market-taught-us', 'pairing-wine-with-our-menu'],
    palettes: [
      {
        primary: '#8c2f1b',
        accent: '#d9a441',
        background: '#fffaf2',
        surface: '#f5e9d8',
        text: '#2a1a12',
        mutedText: '#5f4a3d',
      },
      {
        primary: '#2f5d50',
        accent: '#c8553d',
        background: '#f8f6f1',
        surface: '#ebe6da',
        text: '#1d2521',
        mutedText: '#4c5651',
      },
      {
        primary: '#e0a458',
        accent: '#c8553d',
        background: '#1b1614',
        surface: '#2a2320',
        text: '#f4ece4',
        mutedText: '#c9bcb0',
      },
    ],
    fonts: [
      ['didone', 'humanist'],
      ['old-style', 'system-sans'],
      ['transitional', 'classical'],
    ],
    radius: ['small', 'medium'],
  },
  bakery: {
    people: { team: ['m', 'f', 'x'], reviews: ['m', 'f', 'f'] },
    productPrice: 2.5,
    pages: [
      STANDARD_HOME,
      page('offer', 'menu', 'offer', 'gallery'),
      about('team', 'logos'),
      blog,
      contact('faq'),
    ],
    offer: [{ prices: [4.5, 4.2, 0.6] }, { prices: [1.8, 2.6, 3.5] }, { prices: [1, 2.4, 3.2] }],
    logos: ['Stonemill Flour Co.', 'Green Valley Dairy', 'Little Hill Farm', 'North Roasters'],
    hours: [
      [['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], '07:00', '19:00'],
      [['sun'], '07:30', '13:00'],
    ],
    motifs: ['blobs', 'sunburst', 'dots', 'waves'],
    postSlugs: ['why-our-dough-rests-24-hours', 'keeping-bread-fresh'],
    palettes: [
      {
        primary: '#9c3f1d',
        accent: '#2f6b5e',
        background: '#fffaf3',
        surface: '#f6ead8',
        text: '#2b1d14',
        mutedText: '#5f4a3c',
      },
      {
        primary: '#b5562b',
        accent: '#6b8f71',
        background: '#fdf8f0',
        surface: '#f3e6d0',
        text: '#33241a',
        mutedText: '#62503f',
      },
      {
        primary: '#e8a25e',
        accent: '#9cc5a1',
        background: '#221a15',
        surface: '#2f251e',
        text: '#f7eee3',
        mutedText: '#cdbfae',
      },
    ],
    fonts: [
      ['old-style', 'humanist'],
      ['slab', 'system-sans'],
      ['handwritten', 'humanist'],
    ],
    radius: ['medium', 'large'],
  },
  salon: {
    people: { team: ['f', 'f', 'f'], reviews: ['f', 'f', 'f'] },
    productPrice: 35,
    pages: [
      home('hero', 'features', 'reviews', 'stats', 'cta'),
      page('offer', 'services', 'offer', 'plans'),
      about('team'),
      blog,
      contact('faq'),
    ],
    offer: [
      { prices: [38, 65, 25], note: 'from' },
      { prices: [22, 30, 15], note: 'from' },
    ],
    plans: [
      { price: 45, period: 'once' },
      { price: 120, period: 'once', highlighted: true },
      { price: null },
    ],
    hours: [
      [['tue', 'wed', 'thu', 'fri'], '10:00', '19:00'],
      [['sat'], '09:00', '17:00'],
    ],
    motifs: ['rings', 'blobs', 'waves', 'dots'],
    postSlugs: ['making-colour-last', 'choosing-a-haircut'],
    palettes: [
      {
        primary: '#8a3a5c',
        accent: '#c9a27e',
        background: '#fffafb',
        surface: '#f6eaee',
        text: '#2c1a22',
        mutedText: '#5e4852',
      },
      {
        primary: '#3d3a6b',
        accent: '#d4a5a5',
        background: '#faf9fc',
        surface: '#ecebf3',
        text: '#1f1d2e',
        mutedText: '#4f4c63',
      },
      {
        primary: '#e3b5a4',
        accent: '#c9a27e',
        background: '#1d1719',
        surface: '#2b2225',
        text: '#f8eef0',
        mutedText: '#cdbcc1',
      },
    ],
    fonts: [
      ['didone', 'geometric'],
      ['classical', 'system-sans'],
      ['geometric', 'humanist'],
    ],
    radius: ['large', 'full'],
  },
  'law-firm': {
    people: { team: ['m', 'f', 'm'], reviews: ['m', 'f', 'm'] },
    productPrice: null,
    pages: [STANDARD_HOME, page('offer', 'practice-areas', 'offer', 'faq'), about('team'), blog, contact()],
    offer: [{ prices: [null, null, null] }, { prices: [null, null, null] }],
    hours: [[WEEKDAYS_ONLY, '09:00', '18:00']],
    motifs: ['grid', 'stripes', 'topography', 'rings'],
    postSlugs: ['five-checks-before-signing', 'if-you-are-dismissed'],
    palettes: [
      {
        primary: '#1f3a5f',
        accent: '#b08d57',
        background: '#fbfbf9',
        surface: '#eef0f2',
        text: '#15202b',
        mutedText: '#4a5560',
      },
      {
        primary: '#5a1f2b',
        accent: '#9c7c4a',
        background: '#fcfaf8',
        surface: '#f0ebe6',
        text: '#1e1517',
        mutedText: '#54484a',
      },
      {
        primary: '#c7a56a',
        accent: '#8fa9c9',
        background: '#121821',
        surface: '#1c2430',
        text: '#eef1f5',
        mutedText: '#b7c0cc',
      },
    ],
    fonts: [
      ['transitional', 'system-sans'],
      ['didone', 'neo-grotesque'],
      ['system-serif', 'humanist'],
    ],
    radius: ['none', 'small'],
  },
  clinic: {
    people: { team: ['f', 'm', 'f'], reviews: ['f', 'm', 'x'] },
    productPrice: 60,
    pages: [STANDARD_HOME, page('offer', 'treatments', 'offer', 'faq'), about('team'), blog, contact()],
    offer: [
      { prices: [60, 45, 40], note: 'from' },
      { prices: [70, 90, 80], note: 'from' },
    ],
    hours: [
      [WEEKDAYS_ONLY, '08:30', '19:30'],
      [['sat'], '09:00', '13:00'],
    ],
    motifs: ['waves', 'rings', 'dots', 'blobs'],
    postSlugs: ['why-regular-check-ups-matter', 'preparing-for-your-first-visit'],
    palettes: [
      {
        primary: '#0f6b78',
        accent: '#5bb3a7',
        background: '#f8fcfc',
        surface: '#e6f2f3',
        text: '#10262b',
        mutedText: '#45595d',
      },
      {
        primary: '#2c5aa0',
        accent: '#62b6a5',
        background: '#f9fbfe',
        surface: '#e9eff8',
        text: '#14213a',
        mutedText: '#4a5568',
      },
      {
        primary: '#6fc3c9',
        accent: '#9ad0b8',
        background: '#0f1d22',
        surface: '#172a30',
        text: '#e9f4f5',
        mutedText: '#b3c8cb',
      },
    ],
    fonts: [
      ['humanist', 'system-sans'],
      ['rounded', 'humanist'],
      ['geometric', 'system-sans'],
    ],
    radius: ['medium', 'large'],
  },
  saas: {
    people: { team: ['f', 'm', 'f'], reviews: ['f', 'm', 'm'] },
    productPrice: null,
    pages: [
      home('hero', 'logos', 'features', 'stats', 'reviews', 'cta'),
      page('offer', 'product', 'offer'),
      page('plans', 'pricing', 'plans', 'faq'),
      about('team'),
      blog,
      contact(),
    ],
    offer: [{ prices: [null, null, null] }, { prices: [null, null, null] }],
    plans: [
      { price: 29, period: 'month' },
      { price: 99, period: 'month', highlighted: true },
      { price: null },
    ],
    logos: ['Northwind', 'Brightpath', 'Kestrel Logistics', 'Oakline', 'Fieldnote', 'Cobalt Retail'],
    hours: [[WEEKDAYS_ONLY, '09:00', '18:00']],
    motifs: ['mesh', 'grid', 'topography', 'rings'],
    postSlugs: ['the-hidden-cost-of-manual-work', 'faster-matching-and-a-new-dashboard'],
    palettes: [
      {
        primary: '#4f46e5',
        accent: '#06b6d4',
        background: '#ffffff',
        surface: '#f3f4f8',
        text: '#111827',
        mutedText: '#4b5563',
      },
      {
        primary: '#0f766e',
        accent: '#f59e0b',
        background: '#fbfdfc',
        surface: '#ecf4f2',
        text: '#0b1f1c',
        mutedText: '#44574f',
      },
      {
        primary: '#818cf8',
        accent: '#22d3ee',
        background: '#0b1020',
        surface: '#151b2e',
        text: '#e6e9f2',
        mutedText: '#a9b1c6',
      },
    ],
    fonts: [
      ['neo-grotesque', 'neo-grotesque'],
      ['geometric', 'system-sans'],
      ['industrial', 'neo-grotesque'],
    ],
    radius: ['medium', 'large'],
  },
  portfolio: {
    people: { team: [], reviews: ['x', 'f', 'x'] },
    productPrice: null,
    pages: [
      STANDARD_HOME,
      page('gallery', 'portfolio', 'gallery'),
      page('plans', 'packages', 'plans', 'faq'),
      about(),
      blog,
      contact(),
    ],
    plans: [
      { price: 250, period: 'once' },
      { price: 1900, period: 'once', highlighted: true },
      { price: null },
    ],
    hours: [[WEEKDAYS_ONLY, '10:00', '18:00']],
    motifs: ['mosaic', 'sunburst', 'topography', 'stripes'],
    postSlugs: ['relaxed-in-front-of-the-camera', 'planning-around-the-light'],
    palettes: [
      {
        primary: '#1c1c1c',
        accent: '#b5651d',
        background: '#fbfaf8',
        surface: '#efede9',
        text: '#161616',
        mutedText: '#555350',
      },
      {
        primary: '#e0b07a',
        accent: '#9fb8ad',
        background: '#141414',
        surface: '#1f1f1f',
        text: '#f1efeb',
        mutedText: '#bdb9b2',
      },
      {
        primary: '#6b4f3a',
        accent: '#a3b18a',
        background: '#fcfbf7',
        surface: '#f0ece2',
        text: '#231c16',
        mutedText: '#5a5047',
      },
    ],
    fonts: [
      ['didone', 'neo-grotesque'],
      ['classical', 'humanist'],
      ['geometric', 'geometric'],
    ],
    radius: ['none', 'small'],
  },
  trades: {
    people: { team: ['m', 'm', 'f'], reviews: ['m', 'f', 'm'] },
    productPrice: 90,
    pages: [STANDARD_HOME, page('offer', 'services', 'offer', 'faq'), about('team'), blog, contact()],
    offer: [
      { prices: [90, 70, 95], note: 'from' },
      { prices: [250, 900, 180], note: 'from' },
    ],
    hours: [
      [WEEKDAYS_ONLY, '08:00', '18:00'],
      [['sat'], '09:00', '13:00'],
    ],
    motifs: ['stripes', 'grid', 'rings', 'topography'],
    postSlugs: ['warning-signs-not-to-ignore', 'getting-your-home-ready-for-winter'],
    palettes: [
      {
        primary: '#1d4e89',
        accent: '#f2a541',
        background: '#fafbfc',
        surface: '#eceff3',
        text: '#101828',
        mutedText: '#475467',
      },
      {
        primary: '#b42318',
        accent: '#1d4e89',
        background: '#fffbf8',
        surface: '#f4ece6',
        text: '#1f1411',
        mutedText: '#57453f',
      },
      {
        primary: '#f2a541',
        accent: '#4f9dde',
        background: '#111418',
        surface: '#1b2027',
        text: '#f0f2f5',
        mutedText: '#b2b9c3',
      },
    ],
    fonts: [
      ['industrial', 'system-sans'],
      ['slab', 'neo-grotesque'],
      ['neo-grotesque', 'system-sans'],
    ],
    radius: ['small', 'medium'],
  },
  fitness: {
    people: { team: ['m', 'f', 'm'], reviews: ['f', 'm', 'm'] },
    productPrice: 14,
    pages: [
      STANDARD_HOME,
      page('offer', 'classes', 'offer'),
      page('plans', 'memberships', 'plans', 'faq'),
      about('team'),
      blog,
      contact(),
    ],
    offer: [
      { prices: [14, 14, 14], note: 'perClass' },
      { prices: [55, 25, 40], note: 'perClass' },
    ],
    plans: [
      { price: 120, period: 'once' },
      { price: 69, period: 'month', highlighted: true },
      { price: 280, period: 'month' },
    ],
    hours: [
      [WEEKDAYS_ONLY, '06:30', '21:30'],
      [['sat'], '08:00', '14:00'],
      [['sun'], '09:00', '13:00'],
    ],
    motifs: ['waves', 'stripes', 'sunburst', 'rings'],
    postSlugs: ['starting-again-after-years', 'why-recovery-matters'],
    palettes: [
      {
        primary: '#c2410c',
        accent: '#0e7490',
        background: '#fffcf9',
        surface: '#f5ece4',
        text: '#1c1410',
        mutedText: '#554840',
      },
      {
        primary: '#3f6212',
        accent: '#ca8a04',
        background: '#fbfcf7',
        surface: '#eef2e3',
        text: '#172010',
        mutedText: '#4a5440',
      },
      {
        primary: '#a3e635',
        accent: '#38bdf8',
        background: '#0d0f0c',
        surface: '#181c16',
        text: '#eef3ea',
        mutedText: '#b1bba9',
      },
    ],
    fonts: [
      ['industrial', 'neo-grotesque'],
      ['geometric', 'system-sans'],
      ['rounded', 'humanist'],
    ],
    radius: ['medium', 'full'],
  },
  nonprofit: {
    people: { team: ['f', 'm', 'f'], reviews: ['f', 'm', 'x'] },
    productPrice: null,
    pages: [
      home('hero', 'stats', 'features', 'reviews', 'cta'),
      page('offer', 'our-work', 'offer'),
      page('plans', 'donate', 'plans', 'faq'),
      about('team', 'logos'),
      blog,
      contact(),
    ],
    offer: [{ prices: [null, null, null] }, { prices: [null, null, null] }],
    plans: [
      { price: 10, period: 'month' },
      { price: 25, period: 'month', highlighted: true },
      { price: null },
    ],
    logos: ['City Food Network', 'Open Doors Trust', 'Riverside Community Fund', 'Harbour Foundation'],
    hours: [[WEEKDAYS_ONLY, '09:30', '17:30']],
    motifs: ['blobs', 'dots', 'sunburst', 'mosaic'],
    postSlugs: ['our-year-in-numbers', 'a-day-in-the-life-of-a-volunteer'],
    palettes: [
      {
        primary: '#15803d',
        accent: '#f59e0b',
        background: '#fbfdf9',
        surface: '#ecf5e9',
        text: '#10200f',
        mutedText: '#465a44',
      },
      {
        primary: '#c2410c',
        accent: '#0f766e',
        background: '#fffaf5',
        surface: '#f8ebdd',
        text: '#251a12',
        mutedText: '#5c4b3c',
      },
      {
        primary: '#7c3aed',
        accent: '#f59e0b',
        background: '#fcfbff',
        surface: '#f0ecfa',
        text: '#1d1530',
        mutedText: '#514a63',
      },
    ],
    fonts: [
      ['rounded', 'humanist'],
      ['humanist', 'system-sans'],
      ['slab', 'humanist'],
    ],
    radius: ['large', 'medium'],
  },
  agency: {
    people: { team: ['f', 'm', 'f'], reviews: ['f', 'm', 'x'] },
    productPrice: null,
    pages: [
      home('hero', 'logos', 'features', 'stats', 'reviews', 'cta'),
      page('offer', 'services', 'offer', 'plans'),
      page('gallery', 'work', 'gallery'),
      about('team'),
      blog,
      contact('faq'),
    ],
    offer: [
      { prices: [4000, 6500, 1500], note: 'from' },
      { prices: [8000, 5000, 1800], note: 'from' },
    ],
    plans: [
      { price: 6000, period: 'once' },
      { price: 3500, period: 'month', highlighted: true },
      { price: null },
    ],
    logos: ['Harbour & Pine', 'Lumen Hotels', 'Fieldnote', 'Verde Foods', 'Atlas Mobility', 'Kite Festival'],
    hours: [[WEEKDAYS_ONLY, '09:00', '18:00']],
    motifs: ['mesh', 'mosaic', 'stripes', 'sunburst'],
    postSlugs: ['what-makes-a-good-brief', 'website-mistakes-that-cost-customers'],
    palettes: [
      {
        primary: '#111111',
        accent: '#ff5a36',
        background: '#ffffff',
        surface: '#f2f2f2',
        text: '#111111',
        mutedText: '#525252',
      },
      {
        primary: '#ff7a59',
        accent: '#ffd166',
        background: '#101010',
        surface: '#1b1b1b',
        text: '#f5f5f5',
        mutedText: '#b8b8b8',
      },
      {
        primary: '#2b2d9c',
        accent: '#ff8a3d',
        background: '#fbfaf7',
        surface: '#efede6',
        text: '#16163a',
        mutedText: '#4e4d62',
      },
    ],
    fonts: [
      ['neo-grotesque', 'neo-grotesque'],
      ['didone', 'geometric'],
      ['geometric', 'neo-grotesque'],
    ],
    radius: ['none', 'small', 'full'],
  },
  'real-estate': {
    people: { team: ['m', 'f', 'm'], reviews: ['m', 'x', 'f'] },
    productPrice: null,
    pages: [
      STANDARD_HOME,
      page('offer', 'listings', 'offer', 'gallery'),
      about('team'),
      blog,
      contact('faq'),
    ],
    offer: [{ prices: [285000, 520000, 165000] }, { prices: [950, 1600, 2200], note: 'perMonth' }],
    hours: [
      [WEEKDAYS_ONLY, '09:30', '19:00'],
      [['sat'], '10:00', '14:00'],
    ],
    motifs: ['grid', 'topography', 'mosaic', 'stripes'],
    postSlugs: ['preparing-your-home-for-a-viewing', 'buying-your-first-home'],
    palettes: [
      {
        primary: '#1e4d5c',
        accent: '#c08b3c',
        background: '#fbfbf8',
        surface: '#edf0ee',
        text: '#142326',
        mutedText: '#4a585b',
      },
      {
        primary: '#26344d',
        accent: '#b5835a',
        background: '#fcfbf9',
        surface: '#eeece8',
        text: '#161d2b',
        mutedText: '#4d5260',
      },
      {
        primary: '#d6b37a',
        accent: '#7fb0bd',
        background: '#131a1d',
        surface: '#1d262a',
        text: '#eef2f1',
        mutedText: '#b4bfbe',
      },
    ],
    fonts: [
      ['classical', 'system-sans'],
      ['transitional', 'neo-grotesque'],
      ['geometric', 'humanist'],
    ],
    radius: ['small', 'medium'],
  },
  hotel: {
    people: { team: ['f', 'x', 'f'], reviews: ['x', 'm', 'x'] },
    productPrice: null,
    pages: [STANDARD_HOME, page('offer', 'rooms', 'offer', 'gallery'), about('team'), blog, contact('faq')],
    offer: [
      { prices: [95, 135, 170], note: 'perNight' },
      { prices: [14, 25, 35], note: 'from' },
    ],
    hours: [[ALL_DAYS, '08:00', '22:00']],
    motifs: ['waves', 'sunburst', 'topography', 'blobs'],
    postSlugs: ['a-perfect-weekend-in-the-area', 'behind-our-breakfast'],
    palettes: [
      {
        primary: '#2f5e6e',
        accent: '#d08c60',
        background: '#fcfaf6',
        surface: '#f0ebe1',
        text: '#1c2528',
        mutedText: '#505a5c',
      },
      {
        primary: '#7a4b2a',
        accent: '#5f8f7b',
        background: '#fffbf5',
        surface: '#f4eadc',
        text: '#2a1e15',
        mutedText: '#5d5045',
      },
      {
        primary: '#d4a373',
        accent: '#8ab0a6',
        background: '#16191c',
        surface: '#212529',
        text: '#f2efea',
        mutedText: '#bdb7ae',
      },
    ],
    fonts: [
      ['didone', 'humanist'],
      ['old-style', 'classical'],
      ['transitional', 'system-sans'],
    ],
    radius: ['medium', 'large'],
  },
  school: {
    people: { team: ['f', 'm', 'f'], reviews: ['f', 'f', 'm'] },
    productPrice: 120,
    pages: [STANDARD_HOME, page('offer', 'courses', 'offer', 'plans'), about('team'), blog, contact('faq')],
    offer: [
      { prices: [120, 150, 390], note: 'from' },
      { prices: [35, 30, null], note: 'perHour' },
    ],
    plans: [
      { price: 35, period: 'hour' },
      { price: 120, period: 'month', highlighted: true },
      { price: null },
    ],
    hours: [
      [WEEKDAYS_ONLY, '14:00', '20:00'],
      [['sat'], '09:00', '13:00'],
    ],
    motifs: ['dots', 'grid', 'blobs', 'rings'],
    postSlugs: ['a-study-routine-that-sticks', 'five-tips-for-exam-day'],
    palettes: [
      {
        primary: '#1d4ed8',
        accent: '#f59e0b',
        background: '#fbfcff',
        surface: '#edf1fb',
        text: '#111a33',
        mutedText: '#4a5168',
      },
      {
        primary: '#0f766e',
        accent: '#e11d48',
        background: '#fafdfc',
        surface: '#e8f3f1',
        text: '#0f2421',
        mutedText: '#44595a',
      },
      {
        primary: '#93c5fd',
        accent: '#fcd34d',
        background: '#0f1629',
        surface: '#182138',
        text: '#e8edf8',
        mutedText: '#adb8cf',
      },
    ],
    fonts: [
      ['rounded', 'humanist'],
      ['slab', 'system-sans'],
      ['geometric', 'humanist'],
    ],
    radius: ['medium', 'large'],
  },
  generic: {
    people: { team: ['m', 'x', 'x'], reviews: ['m', 'f', 'm'] },
    productPrice: 60,
    pages: [STANDARD_HOME, page('offer', 'services', 'offer', 'faq'), about('team'), blog, contact()],
    offer: [{ prices: [50, 120, 90], note: 'from' }],
    hours: [[WEEKDAYS_ONLY, '09:00', '18:00']],
    motifs: ['blobs', 'waves', 'rings', 'mesh'],
    postSlugs: ['welcome-to-our-new-website', 'how-we-work'],
    palettes: [
      {
        primary: '#2563eb',
        accent: '#f97316',
        background: '#ffffff',
        surface: '#f1f5f9',
        text: '#0f172a',
        mutedText: '#475569',
      },
      {
        primary: '#047857',
        accent: '#d97706',
        background: '#fbfdfb',
        surface: '#eef4ef',
        text: '#112017',
        mutedText: '#475a4e',
      },
      {
        primary: '#60a5fa',
        accent: '#fb923c',
        background: '#0f172a',
        surface: '#1e293b',
        text: '#f1f5f9',
        mutedText: '#b6c2d1',
      },
    ],
    fonts: [
      ['system-sans', 'system-sans'],
      ['humanist', 'system-sans'],
      ['transitional', 'humanist'],
    ],
    radius: ['medium', 'small'],
  },
};
