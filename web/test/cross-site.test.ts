import { describe, expect, it } from 'vitest';
import { isCrossSiteWrite } from '../lib/cross-site.ts';

const request = (method: string, headers: Record<string, string>) =>
  new Request('http://localhost:18070/auth/sign-out', { method, headers });
const HOST = { host: 'localhost:18070' };

describe('isCrossSiteWrite', () => {
  it('refuses a write that the browser says came from another site', () => {
    for (const site of ['cross-site', 'same-site']) {
      expect(isCrossSiteWrite(request('POST', { ...HOST, 'sec-fetch-site': site })), site).toBe(true);
    }
    // Sec-Fetch-Site decides when the browser sends it, whatever else the request says.
    expect(
      isCrossSiteWrite(
        request('POST', { ...HOST, 'sec-fetch-site': 'cross-site', origin: 'http://localhost:18070' }),
      ),
    ).toBe(true);
  });

  it('lets a write from this origin through', () => {
    expect(isCrossSiteWrite(request('POST', { ...HOST, 'sec-fetch-site': 'same-origin' }))).toBe(false);
    // Typed into the address bar or opened from a bookmark: not another site's doing.
    expect(isCrossSiteWrite(request('POST', { ...HOST, 'sec-fetch-site': 'none' }))).toBe(false);
  });

  it('falls back to Origin against the Host the request was sent to, for browsers without Sec-Fetch-Site', () => {
    expect(isCrossSiteWrite(request('POST', { ...HOST, origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossSiteWrite(request('POST', { ...HOST, origin: 'http://localhost:18071' }))).toBe(true);
    expect(isCrossSiteWrite(request('POST', { ...HOST, origin: 'null' }))).toBe(true);
    expect(isCrossSiteWrite(request('POST', { ...HOST, origin: 'not a url' }))).toBe(true);
    expect(isCrossSiteWrite(request('POST', { ...HOST, origin: 'http://localhost:18070' }))).toBe(false);
    // Behind a proxy, the host the browser used is the forwarded one.
    expect(
      isCrossSiteWrite(
        request('POST', {
          host: '10.0.0.5:3000',
          'x-forwarded-host': 'app.pagemagic.example, 10.0.0.9',
          origin: 'https://app.pagemagic.example',
        }),
      ),
    ).toBe(false);
  });

  it('applies to every method that can change state, and to none that cannot', () => {
    const foreign = { ...HOST, 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' };
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(isCrossSiteWrite(request(method, foreign)), method).toBe(true);
    }
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(isCrossSiteWrite(request(method, foreign)), method).toBe(false);
    }
  });

  it('lets through a request without either header: no browser sent it, so it carries no one else’s cookies', () => {
    expect(isCrossSiteWrite(request('POST', HOST))).toBe(false);
  });
});
