// The renderer hashes with node:crypto under Node and with @noble/hashes in a browser (`#sha256` in
// operator/package.json picks one). Art file names and CSP hashes come from these digests, so both must give
// exactly the same ones or a preview would differ from the published site.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as browser from '../src/site/render/sha256-browser.ts';
import * as node from '../src/site/render/sha256-node.ts';

// Typed against the Node module, so the browser one cannot drift from its signatures without tsc noticing.
const IMPLEMENTATIONS: Array<[string, typeof node]> = [
  ['node', node],
  ['browser', browser],
];

const ART_LINE = 'Ω<svg viewBox="0 0 10 10"/>\n';

const INPUTS: Array<[string, string]> = [
  ['empty', ''],
  ['ASCII', 'body{color:#1f2937;background:#fff}'],
  ['multi-byte UTF-8', 'Padaria Ribeira — pão, café e pastéis de nata 🥐 ÄÖÜ ß 日本語 עברית العربية'],
  ['a lone surrogate', 'broken \ud800 pair'],
  ['55 bytes (one SHA-256 block with its padding)', 'x'.repeat(55)],
  ['64 bytes (padding spills into a second block)', 'y'.repeat(64)],
  ['100 KB', ART_LINE.repeat(Math.ceil(100_000 / ART_LINE.length))],
];

describe('sha256Hex and sha256Base64', () => {
  it('give the published SHA-256 of "abc" in both implementations', () => {
    for (const [name, impl] of IMPLEMENTATIONS) {
      expect(impl.sha256Hex('abc'), name).toBe(
        'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      );
      expect(impl.sha256Base64('abc'), name).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
    }
  });

  it.each(INPUTS)('agree with each other and with node:crypto over UTF-8 bytes for %s', (_, text) => {
    const bytes = new TextEncoder().encode(text);
    const hex = createHash('sha256').update(bytes).digest('hex');
    const base64 = createHash('sha256').update(bytes).digest('base64');
    for (const [name, impl] of IMPLEMENTATIONS) {
      expect(impl.sha256Hex(text), name).toBe(hex);
      expect(impl.sha256Base64(text), name).toBe(base64);
    }
  });
});
