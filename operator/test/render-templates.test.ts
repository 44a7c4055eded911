// The precompiled templates: templates.generated.ts must match the .ejs sources, and rendering them must
// escape exactly as ejs did, so precompiling changed nothing but where the compiling happens.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILE, generatedTemplatesModule } from '../src/site/render/compile-templates.ts';
import { templateSources } from '../src/site/render/template-sources.ts';
import { TEMPLATES } from '../src/site/render/templates.generated.ts';
import { escapeHtml, render } from '../src/site/render/templates.ts';
import { HOSTILE_HREFS, HOSTILE_TEXT } from './helpers/hostile-corpus.ts';

const ejs = createRequire(import.meta.url)('ejs') as { escapeXML(value: unknown): string };

describe('templates.generated.ts', () => {
  it('matches the .ejs sources (run `make templates` if this fails)', () => {
    let onDisk = '(missing)';
    try {
      onDisk = readFileSync(GENERATED_FILE, 'utf8');
    } catch {
      // Reported by the assertion below.
    }
    expect(
      onDisk === generatedTemplatesModule(),
      'operator/src/site/render/templates.generated.ts is stale: run `make templates` and commit the result',
    ).toBe(true);
  });

  it('has one compiled function per .ejs file', () => {
    const names = [...templateSources().keys()].map((file) => file.replace(/\.ejs$/, ''));
    expect(Object.keys(TEMPLATES)).toEqual(names);
  });

  it('builds no function from a string at run time', () => {
    const source = readFileSync(GENERATED_FILE, 'utf8');
    expect(source).not.toMatch(/\bnew Function\b|\beval\s*\(|\bimport\s*\(/);
  });
});

describe('render', () => {
  it('prints <%= %> values HTML-escaped and leaves markup from parts alone', () => {
    expect(render('link', { link: { href: '/a?b=1&c="2"', label: "<b>Tom & Jerry's</b>" } })).toBe(
      '<a href="/a?b=1&amp;c=&#34;2&#34;">&lt;b&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;</a>',
    );
  });

  it('renders nothing for a name that is not a template, prototype names included', () => {
    for (const name of ['no-such-template', 'constructor', '__proto__', 'toString', 'section-']) {
      expect(render(name, {}), name).toBe('');
    }
  });

  it('gives templates a copy of the data without a prototype, as ejs did', () => {
    const data = { link: { label: 'x' } };
    Object.defineProperty(Object.prototype, 'cls', { value: 'polluted', configurable: true });
    try {
      expect(render('link', data)).toBe('<span>x</span>');
    } finally {
      delete (Object.prototype as Record<string, unknown>).cls;
    }
  });
});

describe('escapeHtml', () => {
  const values: unknown[] = [
    ...HOSTILE_TEXT,
    ...HOSTILE_HREFS,
    '',
    'plain',
    '&amp; already escaped',
    `"'<>&`,
    0,
    -1.5,
    Number.NaN,
    true,
    false,
    null,
    undefined,
    ['<a>', 'b&c'],
    { toString: () => '<obj>' },
    10n,
  ];

  it('escapes every value byte for byte as ejs escapeXML does', () => {
    for (const value of values) expect(escapeHtml(value), String(value)).toBe(ejs.escapeXML(value));
  });
});
