import { describe, expect, it } from 'vitest';
import { formatReference, parseReference, parseRepository } from '../../src/image/reference.ts';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

describe('parseReference', () => {
  it('reads host:port/repo:tag', () => {
    expect(parseReference('127.0.0.1:15000/sites/bakery:v1.2')).toEqual({
      registry: '127.0.0.1:15000',
      repository: 'sites/bakery',
      tag: 'v1.2',
    });
  });

  it('defaults the tag to latest', () => {
    expect(parseReference('127.0.0.1:15000/base')).toEqual({
      registry: '127.0.0.1:15000',
      repository: 'base',
      tag: 'latest',
    });
  });

  it('reads a digest, with or without a tag, and adds no default tag to it', () => {
    expect(parseReference(`registry.example/a/b@${DIGEST}`)).toEqual({
      registry: 'registry.example',
      repository: 'a/b',
      digest: DIGEST,
    });
    expect(parseReference(`localhost:5000/a:1@${DIGEST}`)).toEqual({
      registry: 'localhost:5000',
      repository: 'a',
      tag: '1',
      digest: DIGEST,
    });
  });

  it('tells a host from a first path part the way docker does', () => {
    expect(parseReference('localhost/app').registry).toBe('localhost');
    expect(parseReference('ghcr.io/org/app').registry).toBe('ghcr.io');
    expect(parseReference('[::1]:5000/app').registry).toBe('[::1]:5000');
    expect(parseReference('org/app')).toEqual({
      registry: 'docker.io',
      repository: 'org/app',
      tag: 'latest',
    });
    expect(parseReference('nginx:1.27')).toEqual({
      registry: 'docker.io',
      repository: 'library/nginx',
      tag: '1.27',
    });
    expect(parseReference('index.docker.io/nginx').repository).toBe('library/nginx');
  });

  it('refuses what is not a reference, saying why', () => {
    expect(() => parseReference('')).toThrow(/empty/);
    expect(() => parseReference('host:5000/Upper/case')).toThrow(
      /'Upper' is not a valid repository name component/,
    );
    expect(() => parseReference('host:5000/a:bad/tag')).toThrow();
    expect(() => parseReference('host:5000/a:-dash')).toThrow(/not a valid tag/);
    expect(() => parseReference('host:5000/a@sha256:abc')).toThrow(/only sha256 digests|not a digest/);
    expect(() => parseReference(`host:5000/a@sha512:${'a'.repeat(128)}`)).toThrow(/only sha256/);
    expect(() => parseReference('host:5000/')).toThrow(/empty/);
    expect(() => parseReference('host:5000/a//b')).toThrow(/component/);
  });

  it('formats what it parses back to the same text', () => {
    for (const text of [
      '127.0.0.1:15000/sites/bakery:v1',
      `h.example/a@${DIGEST}`,
      `h.example/a:t@${DIGEST}`,
    ]) {
      expect(formatReference(parseReference(text))).toBe(text);
    }
  });
});

describe('parseRepository', () => {
  it('reads a repository and refuses a tag or digest', () => {
    expect(parseRepository('127.0.0.1:15000/sites/bakery')).toEqual({
      registry: '127.0.0.1:15000',
      repository: 'sites/bakery',
    });
    expect(() => parseRepository('127.0.0.1:15000/sites/bakery:v1')).toThrow(/without a tag or digest/);
    expect(() => parseRepository(`127.0.0.1:15000/sites/bakery@${DIGEST}`)).toThrow(
      /without a tag or digest/,
    );
  });
});
