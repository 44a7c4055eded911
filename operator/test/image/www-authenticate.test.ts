import { describe, expect, it } from 'vitest';
import { parseWwwAuthenticate } from '../../src/image/www-authenticate.ts';

describe('parseWwwAuthenticate', () => {
  it("reads Docker Hub's bearer challenge, keeping commas inside quoted values", () => {
    expect(
      parseWwwAuthenticate(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull,push"',
      ),
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/nginx:pull,push',
        },
      },
    ]);
  });

  it('lowercases the scheme and parameter names, allows spaces and bare values', () => {
    expect(parseWwwAuthenticate('BASIC Realm = basic-realm , charset="UTF-8"')).toEqual([
      { scheme: 'basic', params: { realm: 'basic-realm', charset: 'UTF-8' } },
    ]);
  });

  it('unescapes quoted-pairs', () => {
    expect(parseWwwAuthenticate('Bearer realm="a\\"b\\\\c"')[0]?.params.realm).toBe('a"b\\c');
  });

  it('splits several challenges in one header', () => {
    const challenges = parseWwwAuthenticate(
      'Basic realm="registry", Bearer realm="https://auth.example/token",service="reg", error="invalid_token"',
    );
    expect(challenges.map((c) => c.scheme)).toEqual(['basic', 'bearer']);
    expect(challenges[1]?.params).toEqual({
      realm: 'https://auth.example/token',
      service: 'reg',
      error: 'invalid_token',
    });
  });

  it('reads token68 challenges and schemes without parameters', () => {
    expect(parseWwwAuthenticate('Negotiate abc+/==, Basic')).toEqual([
      { scheme: 'negotiate', params: {}, token68: 'abc+/==' },
      { scheme: 'basic', params: {} },
    ]);
  });

  it('gives nothing for an empty or missing header', () => {
    expect(parseWwwAuthenticate('')).toEqual([]);
    expect(parseWwwAuthenticate('  ,  ')).toEqual([]);
  });
});
