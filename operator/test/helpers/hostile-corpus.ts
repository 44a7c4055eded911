// Strings an attacker (or a confused model) might put into a site document, a way to put them into every
// text field of one, and an inspector that says what in rendered HTML could run script or load something.

import { isPlaceholder, type SiteDocument, validateSiteDocument } from '@pagemagic/crds/site-document';
import { generateOfflineSite } from '../../src/site/offline/generate.ts';

export const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '<svg/onload=alert(1)><animate onbegin=alert(1)>',
  '<a href="javascript:alert(1)">click</a>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'jav&#x61;script:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '<%= process.exit(1) %>',
  '<% throw new Error("ejs ran") %>',
  '<%- "<b>raw</b>" %>',
  '%><script>alert(1)</script><%',
  '</style><script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '</textarea><script>alert(1)</script>',
  '<!-- <script>alert(1)</script> -->',
  '{{constructor.constructor("alert(1)")()}}',
  // A template-literal placeholder, as text: it must stay text.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the point of the entry
  '${alert(1)}',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<style>*{display:none}</style>',
  'line\u2028separator\u2029',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  "$& $` $' $$",
] as const;

/** Hrefs no document may contain; several only fail on a detail (a quote, a scheme in disguise). */
export const HOSTILE_HREFS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'jav&#x61;script:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/',
  'https://ok.example/" onclick="alert(1)',
  '/menu" onmouseover="alert(1)',
  '/<script>alert(1)</script>',
  'mailto:x@example.com?body=<script>',
  'tel:+1" onclick="alert(1)',
  'https://evil.example/\u2028',
] as const;

/** Theme values that would inject CSS if the renderer trusted them. */
export const HOSTILE_THEME = {
  palette: {
    primary: 'red;}</style><script>alert(1)</script>',
    accent: '#fff;background:url(https://evil.example/x.png)',
    background: 'expression(alert(1))',
    surface: '#12345g',
    text: 'url(javascript:alert(1))',
    mutedText: '#abc',
  },
  typography: { heading: 'x;}body{display:none}', body: '__proto__' },
  radius: '1px;}*{background:url(https://evil.example/r.png)',
  mode: 'dark;}</style><script>alert(1)</script>',
};

// Keys whose values are identifiers, URLs, enums or numbers, not text people read.
const NOT_TEXT = new Set([
  'schemaVersion',
  'kind',
  'locales',
  'defaultLocale',
  'theme',
  'slug',
  'id',
  'type',
  'href',
  'src',
  'motif',
  'currency',
  'date',
  'day',
  'opens',
  'closes',
  'network',
  'country',
  'phone',
  'email',
  'mapUrl',
  'ogImage',
  'postSlugs',
  'period',
  'generatedBy',
]);

/**
 * A copy of `doc` with every text field replaced by a hostile string (cycling through `corpus`), prefixed
 * with the original so pages stay distinguishable. With `keepValid`, strings are cut to the schema's limits
 * so the document still validates; without, they are left whole (the renderer must cope either way).
 */
export function withHostileText<T>(
  doc: T,
  { keepValid = false, corpus = HOSTILE_TEXT as readonly string[] } = {},
): T {
  let i = 0;
  const walk = (
    value: unknown,
    key: string | undefined,
    parent: Record<string, unknown> | undefined,
  ): unknown => {
    if (typeof value === 'string') {
      if (key && NOT_TEXT.has(key)) return value;
      // A form field's name is an identifier; its label is text.
      if (key === 'name' && parent && 'label' in parent && 'type' in parent) return value;
      return `${value.slice(0, 8)} ${corpus[i++ % corpus.length]}`;
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key, parent));
    if (typeof value === 'object' && value !== null) {
      if (key && NOT_TEXT.has(key)) return value;
      // A placeholder names a fact from a fixed list, and the published page leaves it out.
      if (isPlaceholder(value)) return value;
      const object = value as Record<string, unknown>;
      return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, walk(v, k, object)]));
    }
    return value;
  };
  const hostile = walk(doc, undefined, undefined) as T;
  return keepValid ? fitToSchema(hostile) : hostile;
}

/** Cuts strings the validator finds too long down to their limit, until the document validates. */
function fitToSchema<T>(doc: T): T {
  for (let round = 0; round < 5; round++) {
    const result = validateSiteDocument(doc);
    if (result.ok) return doc;
    for (const error of result.errors) {
      const max = /must be at most (\d+) characters/.exec(error.message);
      if (!max) throw new Error(`hostile document is invalid beyond length: ${error.path} ${error.message}`);
      setAt(doc, error.path, (value) => (typeof value === 'string' ? value.slice(0, Number(max[1])) : value));
    }
  }
  throw new Error('could not fit the hostile document to the schema');
}

function setAt(doc: unknown, pointer: string, update: (value: unknown) => unknown): void {
  const keys = pointer
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = keys.pop();
  let node = doc as Record<string, unknown>;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  if (last !== undefined) node[last] = update(node[last]);
}

/** Puts hostile hrefs into every link of a document (this makes it invalid: only for calling the renderer directly). */
export function withHostileHrefs<T>(doc: T): T {
  let i = 0;
  const walk = (value: unknown, key?: string): unknown => {
    if (key === 'href' && typeof value === 'string') return HOSTILE_HREFS[i++ % HOSTILE_HREFS.length];
    if (Array.isArray(value)) return value.map((item) => walk(item));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return walk(doc) as T;
}

/**
 * The document with its first generated artwork swapped for an owner's https photo, so that browser tests
 * see one request to another origin that the page is allowed to make (and can tell it from any other).
 */
function withOwnerPhoto(doc: SiteDocument, name: string): SiteDocument {
  let swapped = false;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    if (!swapped && record.kind === 'art') {
      swapped = true;
      return {
        kind: 'url',
        src: `https://images.example.com/${name}.jpg`,
        alt: record.alt,
        width: record.width,
        height: record.height,
      };
    }
    return Object.fromEntries(Object.entries(record).map(([key, child]) => [key, walk(child)]));
  };
  const result = walk(doc) as SiteDocument;
  if (!swapped) throw new Error(`${name} has no artwork to swap for a photo`);
  return result;
}

/**
 * A bakery written by the offline generator in English and Portuguese, as a person would get it, from a
 * brief that gives enough facts (people, prices, counts, hours, contact) to fill most section types.
 */
export function generatedBakery(): SiteDocument {
  return generateOfflineSite({
    prompt:
      'Padaria Ribeira, a family bakery in Porto since 1987, run by Ana Costa (head baker) and her brother Rui. ' +
      'Sourdough €4.50, pastel de nata €1.20, broa €3. 40 seats and 3 wood ovens. Open Tue–Sat 7–19. ' +
      'Rua das Flores 12, +351 222 000 000, ola@padaria-ribeira.pt',
    locales: ['en', 'pt'],
  });
}

/** A generated software company, switched to a dark theme with pill buttons. */
export function darkSaas(): SiteDocument {
  const doc = generateOfflineSite({
    prompt: 'We are a B2B SaaS that automates invoice reconciliation',
    tone: 'bold',
  });
  doc.theme = {
    palette: {
      primary: '#7aa2ff',
      accent: '#f5b94a',
      background: '#0f1420',
      surface: '#182033',
      text: '#e8ecf4',
      mutedText: '#a9b3c7',
    },
    typography: { heading: 'geometric', body: 'neo-grotesque' },
    radius: 'full',
    mode: 'dark',
  };
  return doc;
}

/**
 * A generated dental clinic in Spanish and German plus Arabic (right to left; the offline generator writes
 * English copy for it), with a palette that fails WCAG AA until the renderer fixes it.
 */
export function clinicThreeLocales(): SiteDocument {
  const written = generateOfflineSite({
    prompt:
      'Clínica dentária Sorriso em Lisboa, com a Dra. Marta Reis e o Dr. Paulo Sousa. Consulta 60 €, ' +
      'branqueamento desde 250 €. Seg-sex 9h-19h. Rua Augusta 100, 213 000 000',
    locales: ['es', 'de'],
  });
  // The offline writer does not write Arabic; an owner (or the AI) can. The tree's text is replaced with
  // hostile text anyway, so what matters here is a right-to-left locale between two left-to-right ones.
  const german = written.translations.de;
  if (!german) throw new Error('the clinic was written in German too');
  const doc: SiteDocument = {
    ...written,
    locales: ['es', 'ar', 'de'],
    translations: { ar: structuredClone(german), de: german },
  };
  doc.theme = {
    palette: {
      primary: '#5fb3ff',
      accent: '#ffd166',
      background: '#ffffff',
      surface: '#eef6fb',
      text: '#10242f',
      mutedText: '#46606d',
    },
    typography: { heading: 'rounded', body: 'system-sans' },
    radius: 'large',
    mode: 'light',
  };
  return doc;
}

/**
 * Three generated sites of different kinds, themes, locales and directions, each with hostile text in every
 * field. They validate; `invalidHrefs` adds hostile links on top.
 */
export function hostileSites({ invalidHrefs = false } = {}): Array<{ name: string; doc: SiteDocument }> {
  const sites = [
    { name: 'bakery', doc: generatedBakery() },
    { name: 'saas-dark', doc: darkSaas() },
    { name: 'clinic-rtl', doc: clinicThreeLocales() },
  ];
  return sites.map(({ name, doc }) => {
    const hostile = withHostileText(withOwnerPhoto(doc, name), { keepValid: true });
    return { name, doc: invalidHrefs ? withHostileHrefs(hostile) : hostile };
  });
}

const ALLOWED_TAGS = new Set(
  (
    'html head meta title link style script body a header nav ul ol li main section article div p img span b ' +
    'strong small figure figcaption blockquote footer details summary dl dt dd address br table caption tbody ' +
    'tr th td form input label textarea select option button time h1 h2 h3 h4 h5 h6'
  ).split(' '),
);

const ALLOWED_ATTRIBUTES = new Set(
  (
    'lang dir charset name content rel hreflang href type property class id tabindex aria-label aria-labelledby ' +
    'aria-current aria-hidden role src width height alt loading decoding fetchpriority datetime scope action ' +
    'method enctype for value required placeholder autocomplete rows'
  ).split(' '),
);

const URL_ATTRIBUTES = new Set(['href', 'src', 'action']);

/**
 * Everything in rendered HTML that could run script, load from elsewhere or smuggle markup: unknown tags or
 * attributes, event handlers, script URLs, scripts other than JSON-LD, template delimiters. A careful scan of
 * tags (the renderer always double-quotes attributes and escapes < and > in text, so a raw "<" is a tag).
 */
export function inspectHtml(html: string): string[] {
  const problems: string[] = [];
  if (html.includes('<%')) problems.push('contains an EJS delimiter "<%"');
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
  if (styles.length !== 1) problems.push(`has ${styles.length} <style> elements, expected exactly one`);
  for (const [, css = ''] of styles) {
    if (css.includes('<')) problems.push('stylesheet contains "<"');
    if (/url\(|expression\(|@import|javascript:/i.test(css))
      problems.push('stylesheet loads or runs something');
  }
  for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', json = ''] = match;
    if (attributes !== ' type="application/ld+json"') problems.push(`script element with${attributes}`);
    if (/<\/script|<!--/i.test(json)) problems.push('JSON-LD contains "</script" or "<!--"');
    try {
      JSON.parse(json);
    } catch {
      problems.push(`JSON-LD does not parse: ${json.slice(0, 80)}`);
    }
  }
  const markup = html
    .replace(/<style>[\s\S]*?<\/style>/g, '<style></style>')
    .replace(/(<script[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');
  const lessThan = [...markup.matchAll(/</g)].length;
  const tags = [...markup.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>/g)];
  const doctype = markup.startsWith('<!doctype html>') ? 1 : 0;
  if (tags.length + doctype !== lessThan)
    problems.push('contains a "<" that does not start a well-formed tag');
  for (const [, closing, rawName = '', attributes = ''] of tags) {
    const name = rawName.toLowerCase();
    if (!ALLOWED_TAGS.has(name)) problems.push(`unexpected element <${closing}${name}>`);
    if (closing) {
      if (attributes.trim()) problems.push(`closing tag </${name}> has attributes`);
      continue;
    }
    const parsed = [...attributes.matchAll(/\s([^\s="'<>/]+)(?:="([^"]*)")?/g)];
    if (attributes.replace(/\s([^\s="'<>/]+)(?:="([^"]*)")?/g, '').trim() !== '') {
      problems.push(`<${name}> has attributes that are not plain double-quoted: ${attributes.slice(0, 80)}`);
    }
    for (const [, attribute = '', value = ''] of parsed) {
      const key = attribute.toLowerCase();
      if (key.startsWith('on')) problems.push(`<${name}> has an event handler ${key}`);
      if (!ALLOWED_ATTRIBUTES.has(key)) problems.push(`<${name}> has an unexpected attribute ${key}`);
      if (URL_ATTRIBUTES.has(key) && !isSafeUrl(value))
        problems.push(`<${name} ${key}="${value}"> is not a safe URL`);
    }
  }
  return problems;
}

function isSafeUrl(value: string): boolean {
  const decoded = value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  const compact = decoded.replace(/[\s\p{Cc}]/gu, '').toLowerCase();
  if (/^(javascript|data|vbscript|file|blob):/.test(compact)) return false;
  if (/["'<>`]/.test(decoded) || decoded.startsWith('//')) return false;
  return /^(https?:\/\/|mailto:|tel:|\/|#)/.test(compact);
}
