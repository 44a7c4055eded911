// The minimum fill time of a contact form, without JavaScript: the site server writes the time it served a
// page with a form into the form's `_issued` field, signed with a key it shares with the form endpoint, and
// the endpoint refuses a message sent sooner after that than a person could type one. A robot cannot forge
// an earlier time without the key, and one stamp names the site it was issued for, so a stamp fetched from
// one site does not open another's form.

import { createHmac, timingSafeEqual } from 'node:crypto';
import { FORM_ISSUED_FIELD } from './site-document.ts';

export { FORM_ISSUED_FIELD };

/** Exactly what the renderer writes for the field, so the server can find it without parsing the page. */
export const FORM_ISSUED_PLACEHOLDER = `<input type="hidden" name="${FORM_ISSUED_FIELD}" value="">`;

/** `namespace/name` of the Website a stamp is issued for. */
export type StampedSite = string;

function mac(key: string, site: StampedSite, issuedMs: number): string {
  return createHmac('sha256', key).update(`pagemagic form stamp\n${site}\n${issuedMs}`).digest('base64url');
}

/** The field's value for a page of `site` served at `issuedMs`: `<ms>.<signature>`. */
export function signFormStamp(key: string, site: StampedSite, issuedMs: number): string {
  return `${issuedMs}.${mac(key, site, issuedMs)}`;
}

/** The time a stamp was issued at, or 'forged' when it is not one this key signed for this site. */
export function readFormStamp(key: string, site: StampedSite, value: string): number | 'forged' {
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!match) return 'forged';
  const issuedMs = Number(match[1]);
  const expected = Buffer.from(mac(key, site, issuedMs));
  const given = Buffer.from(match[2] as string);
  return timingSafeEqual(expected, given) ? issuedMs : 'forged';
}
