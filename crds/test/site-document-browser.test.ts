// The site document's validation as a browser bundle loads it (the "browser" condition): the editor runs
// it in a page whose Content-Security-Policy refuses code built from strings, and a browser reports every
// attempt as a violation, even one that is caught. So it must not even try.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

// Counts, rather than refuses, every attempt to build code from a string, then validates a good and a bad
// document and prints what happened.
const VALIDATE = `
let attempts = 0;
const count = (target, args) => { attempts += 1; return Reflect.apply(target, undefined, args); };
globalThis.Function = new Proxy(Function, { construct: (target, args) => { attempts += 1; return Reflect.construct(target, args); }, apply: count });
globalThis.eval = new Proxy(eval, { apply: count });
const { exampleSiteDocument, validateSiteDocument } = await import('@pagemagic/crds/site-document');
const good = validateSiteDocument(exampleSiteDocument());
const bad = validateSiteDocument({ ...exampleSiteDocument(), theme: { ...exampleSiteDocument().theme, palette: 'pink' } });
process.stdout.write(JSON.stringify({ attempts, good: good.ok, bad: bad.ok ? [] : bad.errors.map((e) => e.path) }));
`;

function validateWith(conditions: string[]): { attempts: number; good: boolean; bad: string[] } {
  const output = execFileSync(process.execPath, [...conditions, '--input-type=module', '--eval', VALIDATE], {
    cwd: REPO,
    encoding: 'utf8',
  });
  return JSON.parse(output) as { attempts: number; good: boolean; bad: string[] };
}

describe('validateSiteDocument in a browser bundle', () => {
  it('checks documents without building code from a string', () => {
    const result = validateWith(['--conditions=browser']);
    expect(result).toMatchObject({ attempts: 0, good: true });
    expect(result.bad).toContain('/theme/palette');
  });

  it('finds the same problems as the compiled check used elsewhere', () => {
    const node = validateWith([]);
    // Outside browsers the check is compiled: code is built, once.
    expect(node.attempts).toBeGreaterThan(0);
    expect(node).toMatchObject({ good: true, bad: validateWith(['--conditions=browser']).bad });
  });
});
