// How a site's web server answers a path: one function for the operator's preview server and the API's
// build previews, both checked against the site image's server in image/static-server.int.test.ts.

import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeBody, type RenderedFile, resolveSitePath } from '../src/site/index.ts';
import { parseHeadersFile } from '../src/site/render/index.ts';

const page = (text: string, contentType = 'text/html; charset=utf-8'): RenderedFile => ({
  body: Buffer.from(text),
  contentType,
});
const rules = parseHeadersFile('/*\n  X-Frame-Options: DENY\n/about\n  Cache-Control: no-cache\n');
const files = new Map<string, RenderedFile>([
  ['/index.html', page('home')],
  ['/about/index.html', page('about')],
  ['/404.html', page('missing')],
  ['/_headers', page('/*\n  X-Frame-Options: DENY\n', 'text/plain')],
]);

describe('resolveSitePath', () => {
  it('serves a directory by its index page, with the headers its rules give', () => {
    const answer = resolveSitePath(files, rules, '/about/');
    expect(answer).toMatchObject({ status: 200, file: { body: Buffer.from('about') } });
    expect(answer.headers).toEqual({ 'X-Frame-Options': 'DENY', 'Cache-Control': 'no-cache' });
  });

  it('redirects a pretty URL without its trailing slash to the one with it', () => {
    expect(resolveSitePath(files, rules, '/about')).toEqual({
      status: 301,
      location: '/about/',
      headers: { 'X-Frame-Options': 'DENY', 'Cache-Control': 'no-cache' },
    });
  });

  it("answers unknown paths and the server's own `_` files with the 404 page and its headers", () => {
    for (const path of ['/nope', '/_headers']) {
      expect(resolveSitePath(files, rules, path)).toEqual({
        status: 404,
        file: page('missing'),
        headers: { 'X-Frame-Options': 'DENY' },
      });
    }
  });

  it("answers the image server's plain Not found when the site has no 404 page", () => {
    expect(resolveSitePath(new Map(), [], '/x')).toEqual({
      status: 404,
      file: { body: Buffer.from('Not found'), contentType: 'text/plain' },
      headers: {},
    });
  });
});

describe('encodeBody', () => {
  it('gzips what is over 512 bytes for a client that accepts gzip, and nothing else', () => {
    const big = Buffer.alloc(513, 'a');
    const encoded = encodeBody(big, 'br, gzip');
    expect(encoded.encoding).toBe('gzip');
    expect(gunzipSync(encoded.body)).toEqual(big);
    expect(encodeBody(big, 'br')).toEqual({ body: big });
    expect(encodeBody(Buffer.alloc(512), 'gzip')).toEqual({ body: Buffer.alloc(512) });
  });
});
