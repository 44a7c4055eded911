// The static server's config, without running the server: its shape (golden), its determinism, and what
// its routes do, read by a small interpreter of the few Caddy pieces it uses (map, vars_regexp, headers).
// static-server.int.test.ts runs the real server on a real site image.

import { readFileSync } from 'node:fs';
import { exampleSiteDocument } from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONTENT_TYPE,
  HIDDEN_PATHS,
  STATIC_CONTENT_TYPES,
  staticServerConfig,
  staticServerConfigFile,
} from '../../src/image/index.ts';
import {
  type HeaderRule,
  headersForPath,
  parseHeadersFile,
  renderSite,
} from '../../src/site/render/index.ts';
import { withContentTypes } from '../../src/site/serve.ts';

const GOLDEN = new URL('./static-server-config.golden.json', import.meta.url);

const small: HeaderRule[] = [
  { pattern: '/*', headers: [['X-Frame-Options', 'DENY']] },
  {
    pattern: '/menu/',
    headers: [
      ['Content-Security-Policy', "default-src 'none'; style-src 'sha256-{env.HOME}'"],
      ['Cache-Control', 'no-cache'],
    ],
  },
  { pattern: '/art/*', headers: [['Cache-Control', 'immutable']] },
];

// Patterns that normalisation, escaping and wildcards can get wrong.
const tricky: HeaderRule[] = [
  { pattern: '/*', headers: [['A', 'all']] },
  { pattern: '/', headers: [['B', 'home']] },
  { pattern: '/index.html', headers: [['C', 'home by file']] },
  { pattern: '/menu/', headers: [['D', 'menu']] },
  { pattern: '/*.html', headers: [['E', 'html suffix']] },
  { pattern: '/blog/*', headers: [['F', 'blog']] },
  {
    pattern: '/blog*',
    headers: [
      ['G', 'blog prefix'],
      ['A', 'replaced for the blog'],
    ],
  },
  { pattern: '/a+b(c)/[x]', headers: [['H', 'metacharacters']] },
  { pattern: '/x.y', headers: [['I', 'a literal dot']] },
  { pattern: '/*/index.html', headers: [['J', 'folder index']] },
  { pattern: '/caf\u00e9/', headers: [['K', 'unicode']] },
  { pattern: '/no-headers', headers: [] },
];

const paths = [
  '/',
  '/index.html',
  '/menu',
  '/menu/',
  '/menu/index.html',
  '/menu/index.htm',
  '/menu.html',
  '/blog',
  '/blog/',
  '/blog/post/',
  '/blog/post/index.html',
  '/blogroll',
  '/a+b(c)/[x]',
  '/aab(c)/[x]',
  '/x.y',
  '/xzy',
  '/x.y/',
  '/pt/index.html',
  '/pt/',
  '/index.html/',
  '/caf\u00e9/',
  '/caf\u00e9/index.html',
  '/404.html',
  '/no-headers',
  '/line\nbreak.html',
];

type Json = Record<string, unknown>;
type Handler = Json & { handler: string };
interface Route {
  match?: Json[];
  handle: Handler[];
}
interface Server {
  listen: string[];
  routes: Route[];
  errors: { routes: Route[] };
}

function server(config: Json): Server {
  return (config as { apps: { http: { servers: { site: Server } } } }).apps.http.servers.site;
}

const handlers = (routes: Route[]) => routes.flatMap((route) => route.handle);

function response(handler: Handler | undefined): { set: Record<string, string[]>; delete: string[] } {
  return { set: {}, delete: [], ...(handler?.response as object) };
}

function findMap(config: Json, destination: string): Handler {
  const map = handlers(server(config).routes).find(
    (h) => h.handler === 'map' && (h.destinations as string[])[0] === destination,
  );
  if (!map) throw new Error(`no map handler for ${destination}`);
  return map;
}

/** An RE2 pattern as a JavaScript RegExp; the config only uses syntax on which the two agree. */
function re2(pattern: string): RegExp {
  const dotAll = pattern.startsWith('(?s)');
  const source = (dotAll ? pattern.slice(4) : pattern).replace(/\\x\{([0-9a-f]{4})\}/gi, '\\u$1');
  return new RegExp(source, dotAll ? 's' : '');
}

/** Caddy's `map` handler: the first matching regexp's output (with $1), else the default. */
function runMap(handler: Handler, path: string): string {
  const mappings = handler.mappings as { input_regexp: string; outputs: string[] }[];
  for (const mapping of mappings) {
    const match = re2(mapping.input_regexp).exec(path);
    if (match) return (mapping.outputs[0] ?? '').replace('$1', match[1] ?? '');
  }
  return ((handler.defaults as string[])[0] ?? '').replace('{http.request.uri.path}', path);
}

/** Caddy's replacer drops the backslash before an escaped brace. */
const unescapeBraces = (value: string) => value.replace(/\\([{}])/g, '$1');

/** The headers the rule routes set for a request path, lower-cased names. */
function ruleHeaders(config: Json, path: string): Record<string, string> {
  const rulePath = runMap(findMap(config, '{pagemagic.rule_path}'), path);
  const headers: Record<string, string> = {};
  for (const route of server(config).routes) {
    const regexp = route.match?.[0]?.vars_regexp as Record<string, { pattern: string }> | undefined;
    const rule = regexp?.['{pagemagic.rule_path}'];
    if (!rule || !re2(rule.pattern).test(rulePath)) continue;
    for (const [name, [value]] of Object.entries(response(route.handle[0]).set)) {
      headers[name.toLowerCase()] = unescapeBraces(value ?? '');
    }
  }
  return headers;
}

const lower = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

describe('staticServerConfig', () => {
  it('matches the golden config', () => {
    expect(staticServerConfig(small)).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('gives the same bytes for the same rules, and other bytes when the rules or their order change', () => {
    const bytes = staticServerConfigFile(small);
    expect(staticServerConfigFile(structuredClone(small)).equals(bytes)).toBe(true);
    expect(bytes.toString()).toBe(`${JSON.stringify(staticServerConfig(small), null, 2)}\n`);
    expect(staticServerConfigFile([...small].reverse()).equals(bytes)).toBe(false);
    expect(staticServerConfigFile(small.slice(1)).equals(bytes)).toBe(false);
  });

  it('runs with no admin API, nothing persisted, TLS storage untouched, address and root from the env', () => {
    const config = staticServerConfig([]);
    expect(config.admin).toEqual({ disabled: true, config: { persist: false } });
    expect((config.apps as Json).tls).toEqual({ disable_storage_check: true, disable_storage_clean: true });
    expect(server(config).listen).toEqual(['{env.PAGEMAGIC_STATIC_LISTEN}']);
    const text = JSON.stringify(config);
    expect(text).toContain('"root":"{env.PAGEMAGIC_STATIC_ROOT}"');
    expect(text).not.toMatch(/\/srv\/site|:8080/);
  });

  it('hides _headers and the config itself from the file server', () => {
    const { routes, errors } = server(staticServerConfig(small));
    const fileServers = handlers([...routes, ...errors.routes]).filter((h) => h.handler === 'file_server');
    expect(fileServers).toHaveLength(2);
    for (const fileServer of fileServers) {
      expect(fileServer.hide).toEqual([
        '{env.PAGEMAGIC_STATIC_ROOT}/_headers',
        '{env.PAGEMAGIC_STATIC_ROOT}/_caddy.json',
      ]);
    }
    expect(HIDDEN_PATHS).toEqual(['/_headers', '/_caddy.json']);
  });

  it('applies every rule to exactly the paths headersForPath applies it to', () => {
    const config = staticServerConfig(tricky);
    for (const path of paths) {
      expect(ruleHeaders(config, path), path).toEqual(lower(headersForPath(tricky, path)));
    }
    // The interpreter itself can tell rules apart.
    expect(ruleHeaders(config, '/blog/post/')).toMatchObject({ a: 'replaced for the blog', f: 'blog' });
    expect(ruleHeaders(config, '/menu/index.html')).toMatchObject({ d: 'menu', j: 'folder index' });
    expect(ruleHeaders(config, '/menu/index.html')).not.toHaveProperty('e');
  });

  it("applies a rendered site's rules like headersForPath, on every path of the site", () => {
    const site = renderSite(exampleSiteDocument(), { baseUrl: 'https://bakery.example/' });
    const rules = parseHeadersFile(new TextDecoder().decode(site.files.get('/_headers')?.body));
    const config = staticServerConfig(rules);
    const sitePaths = [...site.files.keys(), ...site.pages.map((p) => p.urlPath), '/nope', '/menu'];
    for (const path of sitePaths) {
      expect(ruleHeaders(config, path), path).toEqual(lower(headersForPath(rules, path)));
    }
    expect(ruleHeaders(config, '/menu/')['content-security-policy']).toMatch(
      /^default-src 'none'; style-src/,
    );
  });

  it("gives the 404 page the 404 page's headers, and first drops every header a rule may have set", () => {
    const [drop, page, fallback] = server(staticServerConfig(small)).errors.routes;
    expect(response(drop?.handle[0]).delete).toEqual([
      'cache-control',
      'content-security-policy',
      'content-type',
      'vary',
      'x-frame-options',
    ]);
    const setOf = (route: Route | undefined) => response(route?.handle[0]).set;
    const expected = { 'X-Frame-Options': ['DENY'] };
    expect(setOf(page)).toEqual({ ...expected, 'Content-Type': ['text/html; charset=utf-8'] });
    expect(setOf(fallback)).toEqual({
      ...expected,
      'Content-Type': ['text/plain'],
      Vary: ['Accept-Encoding'],
    });
  });

  it('escapes braces so that a header value cannot name a placeholder', () => {
    const text = staticServerConfigFile(small).toString();
    expect(text).toContain("style-src 'sha256-\\\\{env.HOME\\\\}'");
    expect(text).not.toMatch(/[^\\]\{env\.HOME/);
  });

  it('refuses header names and values that no server can send', () => {
    const rule = (name: string, value: string): HeaderRule[] => [{ pattern: '/', headers: [[name, value]] }];
    expect(() => staticServerConfig(rule('X Bad', 'v'))).toThrow(/'X Bad' is not a valid header name/);
    expect(() => staticServerConfig(rule('X-{env.HOME}', 'v'))).toThrow(/not a valid header name/);
    expect(() => staticServerConfig(rule('X-Ok', 'a\u0000b'))).toThrow(/control character/);
    expect(() => staticServerConfig(rule('X-Ok', 'tab\tis fine'))).not.toThrow();
  });

  it('types files as site/serve.ts does, by the extension of the file a path serves', () => {
    const map = findMap(staticServerConfig([]), '{pagemagic.content_type}');
    const served = [
      '/x.html',
      '/menu/',
      '/',
      '/sitemap.xml',
      '/robots.txt',
      '/art/a.svg',
      '/a.json',
      '/a.css',
      '/a.png',
      '/a.jpg',
      '/a.webp',
      '/a.CSS',
      '/.css',
      '/..css',
      '/a.css/b',
      '/a.',
      '/noext',
      '/a.gif',
    ];
    for (const path of served) {
      const file = path.endsWith('/') ? `${path}index.html` : path;
      const expected = withContentTypes(new Map([[file, { body: Buffer.alloc(0) }]])).get(file)?.contentType;
      expect(runMap(map, path), path).toBe(expected);
    }
    for (const [extension, type] of Object.entries(STATIC_CONTENT_TYPES)) {
      const file = `/f${extension}`;
      expect(withContentTypes(new Map([[file, { body: Buffer.alloc(0) }]])).get(file)?.contentType).toBe(
        type,
      );
    }
    expect(runMap(map, '/a.gif')).toBe(DEFAULT_CONTENT_TYPE);
  });

  it('sends paths that are not clean to the 404 page', () => {
    const route = server(staticServerConfig([])).routes.find((r) =>
      JSON.stringify(r.handle).includes('"handler":"error"'),
    );
    const pattern = route?.match?.[0]?.vars_regexp as Record<string, { pattern: string }> | undefined;
    const unclean = re2(pattern?.['{http.request.uri.path}']?.pattern ?? 'no such route');
    for (const path of ['', 'menu', '//menu/', '/a//b', '/./', '/a/./b', '/a/../b', '/..', '/a/.']) {
      expect(unclean.test(path), JSON.stringify(path)).toBe(true);
    }
    for (const path of ['/', '/menu', '/menu/', '/a.b/c', '/.well-known/x', '/..a', '/a..', '/a/.b']) {
      expect(unclean.test(path), path).toBe(false);
    }
  });
});
