// The `_headers` file: Netlify's plain-text format (a path pattern on its own line, then indented
// "Name: value" lines), written by the renderer and read by the site's web server. Each HTML page gets its own
// Content-Security-Policy, carrying the hash of that page's one inline stylesheet, so no policy needs
// 'unsafe-inline'.

import { sha256Base64 } from '#sha256';

export interface HeaderRule {
  /** A URL path; `*` matches any run of characters, "/" included. */
  pattern: string;
  headers: Array<[name: string, value: string]>;
}

/** `'sha256-…'`, the CSP source for an inline element whose text is `content`. */
export function cspHash(content: string): string {
  return `'sha256-${sha256Base64(content)}'`;
}

export interface PagePolicy {
  styleHash: string;
  /** Where the page's form may post, as a CSP source list, or undefined for a page without a form. */
  formAction?: string;
  /**
   * The site's origin, for a page of the site served from elsewhere (the form endpoint's "not sent" page): its
   * links, images and icon resolve against it through `<base>`. Unset: the page is served by the site.
   */
  siteOrigin?: string;
}

export function pageCsp({ styleHash, formAction, siteOrigin }: PagePolicy): string {
  const self = siteOrigin ?? "'self'";
  return [
    "default-src 'none'",
    `style-src ${styleHash}`,
    `img-src ${self} https: data:`,
    // No script can run to use it; crawler tooling (Lighthouse among them) fetches /robots.txt through the
    // page, under the page's policy.
    `connect-src ${self}`,
    `form-action ${formAction ?? "'none'"}`,
    `base-uri ${siteOrigin ?? "'none'"}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

// Applies to every response, HTML or not; the per-path rules below add what depends on the file.
const COMMON: HeaderRule['headers'] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  ],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

// Non-HTML files never run or load anything; their policy says so. It lives on explicit patterns, not on
// "/*", so that no path matches two Content-Security-Policy rules (servers that merge duplicates would
// otherwise combine the policies).
const ASSET_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

export interface SiteHeaderInput {
  pages: Array<{ urlPath: string; policy: PagePolicy }>;
  assets: string[];
}

export function buildHeaderRules({ pages, assets }: SiteHeaderInput): HeaderRule[] {
  const rules: HeaderRule[] = [{ pattern: '/*', headers: COMMON }];
  for (const page of pages) {
    rules.push({
      pattern: page.urlPath,
      headers: [
        ['Content-Security-Policy', pageCsp(page.policy)],
        ['Cache-Control', 'public, max-age=0, must-revalidate'],
      ],
    });
  }
  for (const asset of assets) {
    const immutable = asset.startsWith('/art/');
    rules.push({
      pattern: asset,
      headers: [
        ['Content-Security-Policy', ASSET_CSP],
        ['Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600'],
      ],
    });
  }
  return rules;
}

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map(
      (rule) => `${rule.pattern}\n${rule.headers.map(([name, value]) => `  ${name}: ${value}\n`).join('')}`,
    )
    .join('');
}

/**
 * Reads a `_headers` file. Lines starting with "#" are comments; a header line before any path, or one
 * without a colon, is an error (a silently dropped security header is worse than a failed start).
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) {
      throw new Error(
        `_headers line ${index + 1}: expected "  Name: value" under a path, got ${JSON.stringify(raw)}`,
      );
    }
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers for a request path: every matching rule in file order, a later rule's header replacing an
 * earlier one of the same name. "/menu", "/menu/" and "/menu/index.html" are the same page.
 */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const target = normalise(path.split(/[?#]/)[0] ?? '/');
  const result = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!patternRegex(rule.pattern).test(target)) continue;
    for (const [name, value] of rule.headers) result.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries([...result.values()]);
}

function normalise(path: string): string {
  const withoutIndex = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
  return withoutIndex.length > 1 && withoutIndex.endsWith('/') ? withoutIndex.slice(0, -1) : withoutIndex;
}

const patterns = new Map<string, RegExp>();

function patternRegex(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (!regex) {
    const body = normalise(pattern)
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    regex = new RegExp(`^${body}$`);
    patterns.set(pattern, regex);
  }
  return regex;
}
