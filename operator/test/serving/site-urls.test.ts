// Where a site is said to be (status.url) and how serve-sites reads the host a request names.

import type { Website } from '@pagemagic/crds';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/config.ts';
import { siteHost, siteUrl } from '../../src/controllers/website/resources.ts';
import { requestHost, routePage, routingBuild, routingWebsite } from '../../src/serving/index.ts';

const website = {
  apiVersion: 'pagemagic.dev/v1alpha1',
  kind: 'Website',
  metadata: { name: 'bakery', namespace: 'shop' },
  spec: { brief: { prompt: 'A bakery', locales: ['en'] } },
} as Website;

describe('the site URL', () => {
  it('is https on the default port unless the installation says otherwise', () => {
    expect(siteUrl(configFromEnv({}), website)).toBe('https://bakery-shop.sites.pagemagic.localhost/');
  });

  it('carries the scheme and port sites are served on (make dev: http on the router’s port)', () => {
    const dev = configFromEnv({ PAGEMAGIC_SITE_URL_SCHEME: 'http', PAGEMAGIC_SITE_URL_PORT: '18088' });
    expect(siteUrl(dev, website)).toBe('http://bakery-shop.sites.pagemagic.localhost:18088/');
    // The host the Ingress names stays bare.
    expect(siteHost(dev, website)).toBe('bakery-shop.sites.pagemagic.localhost');
    const defaultPort = configFromEnv({ PAGEMAGIC_SITE_URL_SCHEME: 'http', PAGEMAGIC_SITE_URL_PORT: '80' });
    expect(siteUrl(defaultPort, website)).toBe('http://bakery-shop.sites.pagemagic.localhost/');
  });

  it('refuses a scheme or port it cannot build a URL from, saying what it takes', () => {
    expect(() => configFromEnv({ PAGEMAGIC_SITE_URL_SCHEME: 'ftp' })).toThrow(
      'PAGEMAGIC_SITE_URL_SCHEME must be one of https, http (got "ftp")',
    );
    for (const port of ['0', '65536', '80a', '-1']) {
      expect(() => configFromEnv({ PAGEMAGIC_SITE_URL_PORT: port })).toThrow(
        `PAGEMAGIC_SITE_URL_PORT must be a whole number from 1 to 65535 (got "${port}")`,
      );
    }
  });
});

describe('the host of a request', () => {
  it('is matched without its port, in lower case, without a trailing dot', () => {
    expect(requestHost('Bakery-Shop.Sites.Pagemagic.Localhost:18088')).toBe(
      'bakery-shop.sites.pagemagic.localhost',
    );
    expect(requestHost('bakery-shop.sites.pagemagic.localhost.')).toBe(
      'bakery-shop.sites.pagemagic.localhost',
    );
    expect(requestHost('bakery-shop.sites.pagemagic.localhost.:80')).toBe(
      'bakery-shop.sites.pagemagic.localhost',
    );
    expect(requestHost('[::1]:18088')).toBe('[::1]:18088');
    expect(requestHost('')).toBeUndefined();
    expect(requestHost(undefined)).toBeUndefined();
  });
});

describe('the route table’s cache', () => {
  it('keeps only names and the live Build of a Website, and the phase and image of a Build', () => {
    const cached = routingWebsite({
      ...website,
      metadata: {
        ...website.metadata,
        uid: 'u',
        resourceVersion: '7',
        labels: { a: 'b' },
        managedFields: [],
      },
      status: { liveBuild: 'bakery-1', url: 'https://x/', conditions: [] },
    } as never);
    expect(cached).toEqual({
      metadata: { name: 'bakery', namespace: 'shop', uid: 'u', resourceVersion: '7' },
      status: { liveBuild: 'bakery-1' },
    });
    expect(
      routingBuild({
        metadata: { name: 'bakery-1', namespace: 'shop', resourceVersion: '9' },
        spec: { website: 'bakery' },
        status: { phase: 'Succeeded', image: 'r/x@sha256:00', pages: 4 },
      } as never),
    ).toEqual({
      metadata: { name: 'bakery-1', namespace: 'shop', uid: undefined, resourceVersion: '9' },
      status: { phase: 'Succeeded', image: 'r/x@sha256:00' },
    });
  });
});

describe('the router’s own pages', () => {
  it('name an unknown host and how to list sites, escaped', () => {
    const page = routePage({ kind: 'unknown', host: 'x' }, '<b>x</b>.sites.pagemagic.localhost:18088');
    expect(page.status).toBe(404);
    const text = page.body.toString('utf8');
    expect(text).toContain('No site is served at &lt;b&gt;x&lt;/b&gt;.sites.pagemagic.localhost:18088.');
    expect(text).toContain('`pagemagic sites list`');
    expect(page.headers['Cache-Control']).toBe('no-store');
  });

  it('ask to come back for a site being built, or while the route table loads', () => {
    const unbuilt = routePage({ kind: 'unbuilt', host: 'h', namespace: 'shop', website: 'bakery' }, 'h');
    expect(unbuilt.status).toBe(503);
    expect(unbuilt.headers['Retry-After']).toBe('5');
    expect(unbuilt.body.toString('utf8')).toContain('kubectl get builds -n shop');
    const starting = routePage({ kind: 'starting' }, 'h');
    expect(starting.status).toBe(503);
    expect(starting.headers['Retry-After']).toBe('1');
  });
});
