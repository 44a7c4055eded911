// What search engines read besides the pages: sitemap.xml, robots.txt and JSON-LD.

import { kindInfo, type WEEKDAYS } from '@pagemagic/crds/site-document';
import { escapeXml } from './art.ts';

export interface SitemapEntry {
  loc: string;
  alternates: Array<{ hreflang: string; href: string }>;
  lastmod?: string;
}

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const links = entry.alternates
      .map(
        (a) =>
          `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`,
      )
      .join('');
    const lastmod = entry.lastmod ? `<lastmod>${escapeXml(entry.lastmod)}</lastmod>` : '';
    return `<url><loc>${escapeXml(entry.loc)}</loc>${lastmod}${links}</url>\n`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${urls.join('')}</urlset>\n`
  );
}

export function robotsTxt(baseUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${baseUrl}/sitemap.xml\n`;
}

/**
 * JSON for a <script type="application/ld+json"> element. JSON.stringify alone is not enough inside HTML:
 * "</script>" or "<!--" in a string would end or confuse the element, so <, > and & become \u escapes (still
 * the same JSON), as do U+2028/U+2029 for old JavaScript parsers.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The JSON-LD @type for a document's kind, from the shared taxonomy; unknown kinds are a LocalBusiness. */
export function schemaType(kind: unknown): string {
  return kindInfo(kind).schemaType;
}

const DAY_NAMES: Record<(typeof WEEKDAYS)[number], string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export interface BusinessFacts {
  kind: unknown;
  name: string;
  url: string;
  description: string;
  locale: string;
  image?: string;
  sameAs: string[];
  contact?: {
    phone?: unknown;
    email?: unknown;
    address?: unknown;
    hours?: unknown;
  };
}

/** Structured data for the business, from the document's first contact section. */
export function businessJsonLd(facts: BusinessFacts): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': schemaType(facts.kind),
    '@id': `${facts.url}#business`,
    name: facts.name,
    url: facts.url,
    description: facts.description,
  };
  if (facts.image) data.image = facts.image;
  if (facts.sameAs.length > 0) data.sameAs = facts.sameAs;
  const contact = facts.contact;
  if (typeof contact?.phone === 'string') data.telephone = contact.phone;
  if (typeof contact?.email === 'string') data.email = contact.email;
  const address = contact?.address as Record<string, unknown> | undefined;
  if (address && typeof address === 'object') {
    data.address = {
      '@type': 'PostalAddress',
      streetAddress: address.street,
      addressLocality: address.locality,
      addressRegion: address.region,
      postalCode: address.postalCode,
      addressCountry: address.country,
    };
  }
  if (Array.isArray(contact?.hours) && contact.hours.length > 0) {
    data.openingHoursSpecification = contact.hours.flatMap((h: unknown) => {
      const { day, opens, closes } = (h ?? {}) as Record<string, unknown>;
      if (typeof day !== 'string' || !Object.hasOwn(DAY_NAMES, day)) return [];
      return [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: `https://schema.org/${DAY_NAMES[day as keyof typeof DAY_NAMES]}`,
          opens,
          closes,
        },
      ];
    });
  }
  return data;
}

export function postJsonLd(post: {
  title: string;
  url: string;
  date: string;
  author?: string;
  description: string;
  locale: string;
  image?: string;
  publisher: string;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.description,
    url: post.url,
    mainEntityOfPage: post.url,
    datePublished: post.date,
    inLanguage: post.locale,
    ...(post.author ? { author: { '@type': 'Person', name: post.author } } : {}),
    ...(post.image ? { image: post.image } : {}),
    publisher: { '@type': 'Organization', name: post.publisher },
  };
}
