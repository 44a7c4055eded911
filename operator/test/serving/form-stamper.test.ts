// The minimum fill time's first half: the site server writes the signed time it serves a page with a form into
// the form's `_issued` field (and the API reads it back, crds/src/form-stamp.ts). Unit tests on the pure parts;
// serve-sites doing it on a real request is in api/test/contact-form-browser.int.test.ts.

import { FORM_ISSUED_PLACEHOLDER, readFormStamp, signFormStamp } from '@pagemagic/crds/form-stamp';
import { exampleSiteDocument } from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import { FormStamper } from '../../src/serving/form-stamper.ts';
import { renderSite } from '../../src/site/render/index.ts';

const KEY = 'k'.repeat(64);
const SITE = 'ws-abc/bakery';
const site = renderSite(exampleSiteDocument(), {
  baseUrl: 'https://bakery.example',
  formAction: 'https://api.example/forms/0b6a',
});
const file = (path: string) => {
  const found = site.files.get(path);
  if (!found) throw new Error(`the example site has no ${path}`);
  return found;
};
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe('a form stamp', () => {
  it('reads back the time it was signed at, for the site it was signed for only', () => {
    const stamp = signFormStamp(KEY, SITE, 1_700_000_000_000);
    expect(readFormStamp(KEY, SITE, stamp)).toBe(1_700_000_000_000);
    expect(readFormStamp(KEY, 'ws-abc/other', stamp)).toBe('forged');
    expect(readFormStamp('x'.repeat(64), SITE, stamp)).toBe('forged');
  });

  it('cannot be moved in time, shortened or padded', () => {
    const stamp = signFormStamp(KEY, SITE, 1_700_000_000_000);
    const [, signature] = stamp.split('.');
    for (const forged of [
      `1699999990000.${signature}`,
      stamp.slice(0, -1),
      `${stamp}A`,
      '',
      'now',
      `${stamp} `,
    ])
      expect(readFormStamp(KEY, SITE, forged), forged).toBe('forged');
  });
});

describe('the site server stamping a page', () => {
  it('fills every form field of a page that has one with the signed serving time', () => {
    const stamper = new FormStamper(KEY, () => 1_700_000_000_000);
    const contact = file('/contact/index.html');
    expect(text(contact.body)).toContain(FORM_ISSUED_PLACEHOLDER);
    const stamped = stamper.stamp(contact, SITE);
    const values = [...(stamped?.toString('utf8') ?? '').matchAll(/name="_issued" value="([^"]*)"/g)].map(
      (match) => match[1],
    );
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(readFormStamp(KEY, SITE, value ?? '')).toBe(1_700_000_000_000);
    // Nothing else on the page moves.
    expect(stamped?.toString('utf8').replace(/(name="_issued" value=")[^"]*/g, '$1')).toBe(
      text(contact.body),
    );
  });

  it('leaves pages without a form, and files that are not HTML, as they are', () => {
    const stamper = new FormStamper(KEY);
    expect(stamper.stamp(file('/index.html'), SITE)).toBeUndefined();
    expect(stamper.stamp(file('/robots.txt'), SITE)).toBeUndefined();
    const lookalike = {
      body: Buffer.from(FORM_ISSUED_PLACEHOLDER),
      contentType: 'text/plain; charset=utf-8',
    };
    expect(stamper.stamp(lookalike, SITE)).toBeUndefined();
  });

  it('signs the time of each request, not of the first', () => {
    let now = 1_700_000_000_000;
    const stamper = new FormStamper(KEY, () => now);
    const contact = file('/contact/index.html');
    const first = stamper.stamp(contact, SITE)?.toString('utf8');
    now += 5_000;
    const second = stamper.stamp(contact, SITE)?.toString('utf8');
    const issued = (page = '') =>
      readFormStamp(KEY, SITE, /name="_issued" value="([^"]*)"/.exec(page)?.[1] ?? '');
    expect(issued(first)).toBe(1_700_000_000_000);
    expect(issued(second)).toBe(1_700_000_005_000);
  });
});
