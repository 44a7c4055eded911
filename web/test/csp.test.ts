import { describe, expect, it } from 'vitest';
import { cameOverHttps, contentSecurityPolicy, newNonce } from '../lib/csp.ts';
import { selfContainedPage } from '../lib/preview-html.ts';

const encoder = new TextEncoder();

describe('the Content-Security-Policy', () => {
  it('allows scripts and inline styles only with the nonce, and nothing else from anywhere else', () => {
    expect(contentSecurityPolicy('abc123')).toBe(
      [
        "default-src 'self'",
        "script-src 'self' 'nonce-abc123' 'strict-dynamic'",
        "style-src 'self' 'nonce-abc123'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
      ].join('; '),
    );
  });

  it('loosens only what `next dev` needs, and only when asked', () => {
    const policy = contentSecurityPolicy('abc123', { development: true });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic' 'unsafe-eval'");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(contentSecurityPolicy('abc123')).not.toContain('unsafe');
  });

  it('makes a new 128-bit nonce every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});

describe('cameOverHttps', () => {
  const request = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });

  it('believes the scheme of the request, or the first proxy in front of the web server', () => {
    expect(cameOverHttps(request('https://app.example/'))).toBe(true);
    expect(cameOverHttps(request('http://10.0.0.5:3000/', { 'x-forwarded-proto': 'https' }))).toBe(true);
    expect(cameOverHttps(request('http://10.0.0.5:3000/', { 'x-forwarded-proto': 'HTTPS, http' }))).toBe(
      true,
    );
  });

  it('is false for plain HTTP', () => {
    expect(cameOverHttps(request('http://localhost:18070/'))).toBe(false);
    expect(cameOverHttps(request('http://localhost:18070/', { 'x-forwarded-proto': 'http' }))).toBe(false);
  });
});

describe('selfContainedPage with a style nonce', () => {
  const files = new Map([
    [
      '/index.html',
      {
        contentType: 'text/html; charset=utf-8',
        body: encoder.encode(
          '<html><head><style>body{color:red}</style></head><body><p>&lt;style&gt; is escaped</p></body></html>',
        ),
      },
    ],
  ]);

  it("puts the page's nonce on the site's inline stylesheet, so the frame's inherited policy applies it", () => {
    expect(selfContainedPage(files, '/index.html', { styleNonce: 'abc+/=' })).toBe(
      '<html><head><style nonce="abc+/=">body{color:red}</style></head><body><p>&lt;style&gt; is escaped</p></body></html>',
    );
  });

  it('leaves the page as it was without a nonce', () => {
    expect(selfContainedPage(files, '/index.html')).toContain('<style>body{color:red}</style>');
  });
});
