// The renderer's output pinned byte for byte: every file of a few documents, as SHA-256 of its bytes, against
// operator/test/fixtures/render-golden.json. Any change to the bytes a site is built from shows up here, so a
// refactor of the renderer (precompiled templates, a browser build) can prove it changed nothing.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { exampleSiteDocument } from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import { RENDERER_VERSION, type RenderOptions, renderSite } from '../src/site/render/index.ts';
import { withHostileHrefs, withHostileText } from './helpers/hostile-corpus.ts';

const FIXTURE = new URL('./fixtures/render-golden.json', import.meta.url);
const UPDATE_VARIABLE = 'PAGEMAGIC_UPDATE_RENDER_GOLDEN';
const BASE = 'https://bakery.pagemagic.site';

interface Golden {
  rendererVersion: string;
  /** Case name → file path → hex SHA-256 of the file's bytes. */
  cases: Record<string, Record<string, string>>;
}

// Only the example document and the test corpus, so nothing outside the renderer (such as the offline
// generator) can move these hashes.
const CASES: Record<string, () => { doc: unknown; options: RenderOptions }> = {
  example: () => ({ doc: exampleSiteDocument(), options: { baseUrl: BASE } }),
  'example-form-action': () => ({
    doc: exampleSiteDocument(),
    options: { baseUrl: BASE, formAction: 'https://forms.pagemagic.dev/submit' },
  }),
  'example-hostile': () => ({
    doc: withHostileHrefs(withHostileText(exampleSiteDocument(), { keepValid: true })),
    options: { baseUrl: 'http://localhost:8080' },
  }),
};

function hashes(name: string): Record<string, string> {
  const make = CASES[name];
  if (!make) throw new Error(`no golden case ${name}`);
  const { doc, options } = make();
  const site = renderSite(doc as Parameters<typeof renderSite>[0], options);
  const result: Record<string, string> = {};
  for (const [path, file] of site.files) result[path] = createHash('sha256').update(file.body).digest('hex');
  return result;
}

function current(): Golden {
  return {
    rendererVersion: RENDERER_VERSION,
    cases: Object.fromEntries(Object.keys(CASES).map((name) => [name, hashes(name)])),
  };
}

const updating = process.env[UPDATE_VARIABLE] === '1';
if (updating) writeFileSync(FIXTURE, `${JSON.stringify(current(), null, 2)}\n`);
const golden = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Golden;

const HOW_TO_UPDATE =
  'if the new output is intended, bump RENDERER_VERSION in operator/src/site/render/render-site.ts and run ' +
  `${UPDATE_VARIABLE}=1 npx vitest run --project unit operator/test/render-golden.test.ts`;

describe('renderer output against the golden fixture', () => {
  it('covers every case', () => {
    expect(Object.keys(golden.cases).sort(), HOW_TO_UPDATE).toEqual(Object.keys(CASES).sort());
  });

  for (const name of Object.keys(CASES)) {
    it(`renders ${name} byte for byte as before`, () => {
      const expected = golden.cases[name] ?? {};
      const actual = hashes(name);
      expect(Object.keys(actual), `files of ${name}; ${HOW_TO_UPDATE}`).toEqual(Object.keys(expected));
      const changed = Object.keys(actual).filter((path) => actual[path] !== expected[path]);
      expect(changed, `files whose bytes changed in ${name}; ${HOW_TO_UPDATE}`).toEqual([]);
    });
  }

  it('was recorded by this renderer version, or the version was bumped with new output', () => {
    expect(golden.rendererVersion, HOW_TO_UPDATE).toBe(RENDERER_VERSION);
  });
});
