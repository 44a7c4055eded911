// Every page of the three test sites, and of the example document that uses every section type, with hostile
// text in every field, through the Nu Html Checker (the W3C validator, run locally on Java).

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { exampleSiteDocument, SECTION_TYPES } from '@pagemagic/crds/site-document';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFormRetry, renderSite } from '../src/site/render/index.ts';
import { hostileSites, withHostileHrefs, withHostileText } from './helpers/hostile-corpus.ts';

const run = promisify(execFile);
const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

async function validate(files: string[]): Promise<VnuMessage[]> {
  // vnu exits non-zero when it finds errors; the JSON on stdout is the answer either way.
  const result = await run('java', ['-jar', VNU, '--format', 'json', '--stdout', ...files], {
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string }) => {
    if (!error.stdout) throw new Error(`vnu failed to run: ${error.stderr ?? String(error)}`);
    return { stdout: error.stdout };
  });
  return (JSON.parse(result.stdout) as { messages: VnuMessage[] }).messages;
}

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'pagemagic-vnu-'));
  const version = await run('java', ['-version']).catch((error: Error) => {
    throw new Error(`Java is needed for the Nu Html Checker: ${error.message}`);
  });
  expect(version.stderr).toMatch(/version "\d+/);
});

afterAll(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe('rendered HTML', () => {
  it('has no Nu Html Checker errors or warnings on any page of the test sites', async () => {
    const files: string[] = [];
    // Generated sites hold only what their brief says, so they do not use every section type; the example
    // document does, in two locales with blog posts.
    const example = withHostileHrefs(withHostileText(exampleSiteDocument(), { keepValid: true }));
    const sites = [...hostileSites({ invalidHrefs: true }), { name: 'example', doc: example }];
    const sectionTypes = new Set(
      sites.flatMap(({ doc }) => doc.pages.flatMap((p) => p.sections.map((s) => s.type))),
    );
    expect([...SECTION_TYPES].filter((type) => !sectionTypes.has(type))).toEqual([]);
    for (const { name, doc } of sites) {
      // The example posts its form to the platform (trap field, "sent" pages); the others open a mail app.
      const formAction = name === 'example' ? { formAction: 'https://api.pagemagic.dev/forms/u1' } : {};
      const site = renderSite(doc, { baseUrl: `https://${name}.pagemagic.site`, ...formAction });
      for (const page of site.pages) {
        const file = join(directory, `${name}${page.file.replaceAll('/', '_')}`);
        await writeFile(file, site.files.get(page.file)?.body ?? '');
        files.push(file);
      }
      if (name === 'example') {
        // The form endpoint's "not sent" page of each language, with hostile values typed in every field.
        for (const locale of [doc.defaultLocale, ...doc.locales]) {
          const retry = renderFormRetry(
            doc,
            { baseUrl: `https://${name}.pagemagic.site`, formAction: 'https://api.pagemagic.dev/forms/u1' },
            {
              locale,
              sectionId: 'visit',
              page: '/contact/',
              values: new Map([
                ['name', '"><script>alert(1)</script>'],
                ['message', '</textarea><b>x</b>'],
              ]),
              problems: [{ field: 'name', code: 'tooLong', n: 200 }, { code: 'tooFast' }],
              issued: '1700000000000.abc',
            },
          );
          if (!retry) throw new Error(`the example has no form "visit" in ${locale}`);
          const file = join(directory, `${name}_retry_${locale}.html`);
          await writeFile(file, retry.html);
          files.push(file);
        }
      }
    }
    expect(files.length).toBeGreaterThan(40);
    const messages = await validate(files);
    // Warnings count too: each one has so far pointed at something worth fixing.
    const problems = messages.filter((m) => m.type !== 'info' || m.subType === 'warning');
    expect(
      problems.map((e) => `${e.url?.split('/').pop()}:${e.lastLine} ${e.message} [${e.extract ?? ''}]`),
    ).toEqual([]);
  });

  it('the checker reports errors when there are some', async () => {
    const file = join(directory, 'broken.html');
    await writeFile(
      file,
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></p></span></body></html>',
    );
    const messages = await validate([file]);
    expect(messages.filter((m) => m.type === 'error').length).toBeGreaterThan(0);
  });
});
