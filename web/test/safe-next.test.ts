import { describe, expect, it } from 'vitest';
import { safeNext } from '../lib/login.ts';

// Where a browser goes when the app sends it to `safeNext(value)` from a page on the app's origin:
// window.location.assign and a Location header both resolve the value this way.
const APP = 'http://localhost:18070';
const landing = (value: string) => new URL(value, `${APP}/sign-in/check`);

// Spellings of "somewhere else" that a string check can miss: browsers strip tab, CR and LF anywhere in a
// URL and leading/trailing spaces and C0 controls, read `\` as `/`, and normalise `/./` and `/../`.
const ATTACKS = [
  '//evil.example',
  '///evil.example',
  '//evil.example/%2F..',
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  '/\\/evil.example',
  '/\t/evil.example/',
  '/\n/evil.example/',
  '/\r/evil.example/',
  '/\r\n/evil.example/',
  '\t//evil.example/',
  '/\t\\evil.example/',
  ' //evil.example',
  '\u0000//evil.example',
  '\u001f//evil.example',
  '/.//evil.example',
  '/..//evil.example',
  '/./\\evil.example',
  '/a/../..//evil.example',
  'http://evil.example',
  'https://evil.example/sites',
  'HTTPS://evil.example',
  'http:evil.example',
  'https:evil.example',
  'http:/\\evil.example',
  'https:\\\\evil.example',
  'http://localhost:18070@evil.example/',
  '//localhost:18070@evil.example/',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '\njavascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'ftp://evil.example/',
  'mailto:someone@evil.example',
  '%2F%2Fevil.example',
  '/%2F%2Fevil.example',
  '/%5Cevil.example',
  '/%09/evil.example',
  '／／evil.example',
];

describe('safeNext', () => {
  it.each(ATTACKS)('keeps %j on the app origin', (attack) => {
    const next = safeNext(attack);
    expect(landing(next).origin).toBe(APP);
    expect(next.startsWith('/')).toBe(true);
    expect(next.startsWith('//')).toBe(false);
    // No backslash, whitespace or control character survives: nothing is left for a browser to reinterpret.
    expect([...next].some((c) => c === '\\' || c <= ' ' || c === '\u007f')).toBe(false);
  });

  it('sends the classic spellings of another origin home', () => {
    for (const attack of [
      '/\t/evil.example/',
      '/\n/evil.example/',
      '/\r/evil.example/',
      '/.//evil.example',
    ]) {
      expect(safeNext(attack), JSON.stringify(attack)).toBe('/');
    }
    expect(safeNext('javascript:alert(1)')).toBe('/');
    expect(safeNext('http://evil.example/sites')).toBe('/');
  });

  it('keeps a path on this origin with its query and fragment', () => {
    expect(safeNext('/')).toBe('/');
    expect(safeNext('/sites/bakery-porto')).toBe('/sites/bakery-porto');
    expect(safeNext('/sites/bakery-porto/edit?page=about#hero')).toBe(
      '/sites/bakery-porto/edit?page=about#hero',
    );
    expect(safeNext('/invitations/accept?token=abc_DEF-123')).toBe('/invitations/accept?token=abc_DEF-123');
    // Encoded slashes are part of one path segment, not a new authority: the browser stays here.
    expect(safeNext('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
  });

  it('writes what it keeps in its normal form, so the browser reads it the same way', () => {
    expect(safeNext('/sites/a b')).toBe('/sites/a%20b');
    expect(safeNext('/sites/./x/../y')).toBe('/sites/y');
  });

  it('answers home for anything that is not a string, and for an overlong value', () => {
    for (const value of [undefined, null, 42, {}, ['/sites'], '']) expect(safeNext(value)).toBe('/');
    expect(safeNext(`/${'a'.repeat(5000)}`)).toBe('/');
  });
});
