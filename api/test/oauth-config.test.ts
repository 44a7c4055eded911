// PAGEMAGIC_OAUTH_PROVIDERS: defaults for the real providers' addresses, and a clear ConfigError naming the
// field for each way it can be wrong.

import { describe, expect, it } from 'vitest';
import { ConfigError, parseOAuthProviders } from '../src/config.ts';

describe('PAGEMAGIC_OAUTH_PROVIDERS', () => {
  it('configures nothing when unset', () => {
    expect(parseOAuthProviders(undefined)).toEqual({});
  });

  it("fills in the real providers' addresses", () => {
    const parsed = parseOAuthProviders(
      JSON.stringify({
        google: { clientId: 'g', clientSecret: 'gs' },
        apple: { clientId: 'com.example.web', clientSecret: 'eyJ.apple.jwt' },
        github: { clientId: 'Iv1.x', clientSecret: 'hs' },
      }),
    );
    expect(parsed).toEqual({
      google: { issuer: 'https://accounts.google.com', clientId: 'g', clientSecret: 'gs' },
      apple: {
        issuer: 'https://appleid.apple.com',
        clientId: 'com.example.web',
        clientSecret: 'eyJ.apple.jwt',
      },
      github: {
        clientId: 'Iv1.x',
        clientSecret: 'hs',
        authorizeUrl: 'https://github.com/login/oauth/authorize',
        tokenUrl: 'https://github.com/login/oauth/access_token',
        apiUrl: 'https://api.github.com',
      },
    });
  });

  it('keeps an issuer exactly as given (it is compared character for character)', () => {
    const parsed = parseOAuthProviders(
      JSON.stringify({ google: { issuer: 'https://id.example.com/', clientId: 'g', clientSecret: 's' } }),
    );
    expect(parsed.google?.issuer).toBe('https://id.example.com/');
  });

  it.each([
    ['not json', /must be JSON/],
    ['[]', /JSON object keyed by provider/],
    ['{"facebook": {}}', /names 'facebook'; the providers are google, github and apple/],
    ['{"google": "x"}', /google must be an object/],
    ['{"google": {"clientSecret": "s"}}', /google.clientId must be a non-empty string/],
    ['{"github": {"clientId": "c", "clientSecret": " "}}', /github.clientSecret must be a non-empty string/],
    [
      '{"apple": {"issuer": "ftp://x", "clientId": "c", "clientSecret": "s"}}',
      /apple.issuer must be an http\(s\) URL/,
    ],
    [
      '{"github": {"clientId": "c", "clientSecret": "s", "apiUrl": "nope"}}',
      /github.apiUrl must be an http\(s\) URL/,
    ],
    [
      '{"google": {"issuer": "http://id.example.com", "clientId": "c", "clientSecret": "s"}}',
      /google.issuer must use https \(plain http is allowed to 127.0.0.1 and localhost only\)/,
    ],
  ])('refuses %s with a ConfigError that says what to fix', (raw, message) => {
    expect(() => parseOAuthProviders(raw)).toThrow(ConfigError);
    expect(() => parseOAuthProviders(raw)).toThrow(message);
  });
});
