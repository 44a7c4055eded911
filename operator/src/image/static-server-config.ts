// The site image's web server (pagemagic-static, a trimmed Caddy) is driven by a JSON config that the Build
// writes into the site layer. It must serve exactly as site/serve.ts does: pretty URLs with a 301 to the
// trailing slash, the 404 page with its own headers, `_headers` (and this config) never served, GET and
// HEAD only, and each `_headers` rule on exactly the paths `headersForPath` gives it.
//
// Rules match a normalised path ("/menu/index.html" and "/menu/" become "/menu"), which a `map` handler
// computes once per request; each rule is then one route whose regexp is `headersForPath`'s pattern. Paths
// that are not clean ("//", "/./", "/../") get the 404 page: the file server would clean them and serve a
// file under headers chosen for a different path.
//
// The listen address and the site root come from the environment, so one config serves both the Pod
// (`:8080`, `/srv/site`, set in the base image's Env) and a test running the binary on a loopback port.

import { type HeaderRule, headersForPath } from '../site/render/index.ts';
import { CONTENT_TYPES, DEFAULT_CONTENT_TYPE } from '../site/serve.ts';

/** Where the config lives, relative to the site root; the base image's entrypoint reads it from there. */
export const STATIC_CONFIG_PATH = '/_caddy.json';
export const STATIC_LISTEN_ENV = 'PAGEMAGIC_STATIC_LISTEN';
export const STATIC_ROOT_ENV = 'PAGEMAGIC_STATIC_ROOT';
/** Site files the server never serves. */
export const HIDDEN_PATHS: readonly string[] = ['/_headers', STATIC_CONFIG_PATH];

/** The server's Content-Type by extension: the same table `site serve` uses. */
export const STATIC_CONTENT_TYPES = CONTENT_TYPES;
export { DEFAULT_CONTENT_TYPE };

const NOT_FOUND_TYPE = 'text/plain';

const ROOT = `{env.${STATIC_ROOT_ENV}}`;
const REQUEST_PATH = 'http.request.uri.path';
const PATH = `{${REQUEST_PATH}}`;
const RULE_PATH = 'pagemagic.rule_path';
const CONTENT_TYPE = 'pagemagic.content_type';

// Empty, relative, or with an empty, "." or ".." segment.
const UNCLEAN_PATH = '(?s)^(?:$|[^/])|//|/\\.\\.?(?:/|$)';
// What JavaScript's "." matches: anything but a line terminator.
const ANY_RUN = '[^\\n\\r\\x{2028}\\x{2029}]*';
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Caddy expands `{…}` in header values; a backslash makes a brace literal. */
function literal(text: string): string {
  return text.replace(/[{}]/g, '\\$&');
}

function regexpEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** headers.ts's normalise(), for patterns: a rule for "/menu/" is a rule for "/menu". */
function normalisePattern(pattern: string): string {
  const withoutIndex = pattern.endsWith('/index.html') ? pattern.slice(0, -'index.html'.length) : pattern;
  return withoutIndex.length > 1 && withoutIndex.endsWith('/') ? withoutIndex.slice(0, -1) : withoutIndex;
}

/** The RE2 twin of headers.ts's pattern regex: `*` is any run of characters, the rest is literal. */
function ruleRegexp(pattern: string): string {
  return `^${normalisePattern(pattern).split('*').map(regexpEscape).join(ANY_RUN)}$`;
}

/** Any control character but a tab: none can be sent in a header value. */
function hasControlCharacter(value: string): boolean {
  return [...value].some((char) => {
    const code = char.charCodeAt(0);
    return (code < 0x20 && code !== 0x09) || code === 0x7f;
  });
}

function checkRules(rules: readonly HeaderRule[]): void {
  for (const rule of rules) {
    for (const [name, value] of rule.headers) {
      if (!HEADER_NAME.test(name)) {
        throw new Error(`_headers rule ${rule.pattern}: '${name}' is not a valid header name`);
      }
      if (hasControlCharacter(value)) {
        throw new Error(`_headers rule ${rule.pattern}: the value of ${name} has a control character`);
      }
    }
  }
}

/** One value per header name (the last, as in headersForPath), names sorted so the output is stable. */
function headerSet(headers: Iterable<readonly [string, string]>): { [name: string]: string[] } {
  const byName = new Map<string, [string, string]>();
  for (const [name, value] of headers) byName.set(name.toLowerCase(), [name, value]);
  const sorted = [...byName.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(sorted.map(([, [name, value]]) => [name, [literal(value)]]));
}

function setHeaders(headers: Iterable<readonly [string, string]>): JsonObject {
  return { handler: 'headers', response: { set: headerSet(headers) } };
}

function pathMatches(placeholder: string, pattern: string): JsonObject {
  return { vars_regexp: { [`{${placeholder}}`]: { pattern } } };
}

const fileExists = (path: string): JsonObject => ({ file: { root: ROOT, try_files: [path] } });

const encode: JsonObject = {
  handler: 'encode',
  encodings: { gzip: {}, zstd: {} },
  prefer: ['zstd', 'gzip'],
  // serve.ts compresses bodies longer than 512 bytes; so does Caddy with this setting.
  minimum_length: 512,
};

const fileServer: JsonObject = {
  handler: 'file_server',
  root: ROOT,
  hide: HIDDEN_PATHS.map((path) => `${ROOT}${path}`),
  index_names: ['index.html'],
  // Caddy's own redirects (308, and /x/index.html → /x/) are not serve.ts's; the 301 route does this.
  canonical_uris: false,
};

/** The normalised path rules match against, as headers.ts's normalise() computes it. */
const normalisedPath: JsonObject = {
  handler: 'map',
  source: PATH,
  destinations: [`{${RULE_PATH}}`],
  mappings: [
    { input_regexp: '^/index\\.html$', outputs: ['/'] },
    { input_regexp: '(?s)^(.*)/index\\.html$', outputs: ['$1'] },
    { input_regexp: '(?s)^(.+)/$', outputs: ['$1'] },
  ],
  defaults: [PATH],
};

/** The Content-Type of the file a path serves: its extension as path.extname() reads it ("/x/" is HTML). */
const contentTypeOfPath: JsonObject = {
  handler: 'map',
  source: PATH,
  destinations: [`{${CONTENT_TYPE}}`],
  mappings: Object.entries(STATIC_CONTENT_TYPES).map(([extension, type]) => ({
    input_regexp: `(?s)${extension === '.html' ? '(?:/[^/]+\\.html|/)' : `/[^/]+${regexpEscape(extension)}`}$`,
    outputs: [type],
  })),
  defaults: [DEFAULT_CONTENT_TYPE],
};

function ruleRoutes(rules: readonly HeaderRule[]): JsonObject[] {
  return rules
    .filter((rule) => rule.headers.length > 0)
    .map((rule) => ({
      match: [pathMatches(RULE_PATH, ruleRegexp(rule.pattern))],
      handle: [setHeaders(rule.headers)],
    }));
}

function errorRoutes(rules: readonly HeaderRule[]): JsonObject[] {
  // Headers set for the request path stay on the response when the file server fails; a 404 carries
  // the 404 page's headers instead, and any other error none of them.
  const setBefore = new Set(['content-type', 'vary']);
  for (const rule of rules) for (const [name] of rule.headers) setBefore.add(name.toLowerCase());
  const notFound = headersForPath(rules, '/404.html');
  const is404: JsonObject = { vars: { '{http.error.status_code}': ['404'] } };
  const notFoundHeaders = (...more: [string, string][]) => setHeaders([...Object.entries(notFound), ...more]);
  return [
    { handle: [{ handler: 'headers', response: { delete: [...setBefore].sort() } }] },
    {
      match: [{ ...is404, ...fileExists('/404.html') }],
      handle: [
        notFoundHeaders(['Content-Type', STATIC_CONTENT_TYPES['.html'] ?? DEFAULT_CONTENT_TYPE]),
        { handler: 'rewrite', uri: '/404.html' },
        encode,
        fileServer,
      ],
      terminal: true,
    },
    {
      match: [is404],
      handle: [
        notFoundHeaders(['Content-Type', NOT_FOUND_TYPE], ['Vary', 'Accept-Encoding']),
        { handler: 'static_response', body: 'Not found' },
      ],
      terminal: true,
    },
  ];
}

/** The server's config for a site with these `_headers` rules. */
export function staticServerConfig(rules: readonly HeaderRule[]): JsonObject {
  checkRules(rules);
  const routes: JsonObject[] = [
    { handle: [{ handler: 'headers', response: { delete: ['Server'] } }] },
    {
      match: [{ not: [{ method: ['GET', 'HEAD'] }] }],
      handle: [{ handler: 'static_response', status_code: 405, headers: { Allow: ['GET, HEAD'] } }],
      terminal: true,
    },
    {
      match: [pathMatches(REQUEST_PATH, UNCLEAN_PATH)],
      handle: [{ handler: 'error', status_code: 404 }],
      terminal: true,
    },
    { handle: [normalisedPath] },
    ...ruleRoutes(rules),
    {
      // /menu → /menu/ when /menu/index.html exists, carrying /menu's headers like serve.ts.
      match: [{ ...pathMatches(REQUEST_PATH, '[^/]$'), ...fileExists(`${PATH}/index.html`) }],
      handle: [{ handler: 'static_response', status_code: 301, headers: { Location: [`${PATH}/`] } }],
      terminal: true,
    },
    {
      handle: [
        contentTypeOfPath,
        {
          handler: 'headers',
          // The file server adds Vary: Accept-Encoding itself.
          response: { set: { 'Content-Type': [`{${CONTENT_TYPE}}`] } },
        },
        encode,
        fileServer,
      ],
    },
  ];
  return {
    admin: { disabled: true, config: { persist: false } },
    apps: {
      http: {
        servers: {
          site: {
            listen: [`{env.${STATIC_LISTEN_ENV}}`],
            automatic_https: { disable: true },
            routes,
            errors: { routes: errorRoutes(rules) },
          },
        },
      },
      // The root filesystem is read-only: no certificate storage checks or cleaning (nothing uses TLS).
      tls: { disable_storage_check: true, disable_storage_clean: true },
    },
  };
}

/** The config file's bytes: the same rules give the same bytes, so the same layer digest. */
export function staticServerConfigFile(rules: readonly HeaderRule[]): Buffer {
  return Buffer.from(`${JSON.stringify(staticServerConfig(rules), null, 2)}\n`);
}
