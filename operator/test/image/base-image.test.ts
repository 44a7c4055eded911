// The base image's files and the operator's check for it, without a registry (a scripted fetch answers).
// registry.int.test.ts and static-server.int.test.ts push and run the real one.

import { describe, expect, it } from 'vitest';
import { ensureBaseImage } from '../../src/commands/run.ts';
import { configFromEnv } from '../../src/config.ts';
import {
  BASE_CONFIG_PATH,
  BASE_SERVER_PATH,
  baseImageFiles,
  createBaseImage,
  createLayer,
  type FetchLike,
  readLayer,
  staticServerConfigFile,
} from '../../src/image/index.ts';

const manifestUnknown: FetchLike = async () =>
  new Response(JSON.stringify({ errors: [{ code: 'MANIFEST_UNKNOWN', message: 'manifest unknown' }] }), {
    status: 404,
    headers: { 'content-type': 'application/json' },
  });

describe('baseImageFiles', () => {
  it('holds the server, executable, and a config with no `_headers` rules where the entrypoint reads it', () => {
    const server = Buffer.from('\x7fELF not really');
    const files = baseImageFiles(server);
    expect([...files.keys()]).toEqual(['/usr/bin/pagemagic-static', '/srv/site/_caddy.json']);
    expect(files.get(BASE_SERVER_PATH)).toEqual({ body: server, mode: 0o755 });
    expect(files.get(BASE_CONFIG_PATH)?.body).toEqual(staticServerConfigFile([]));
    expect(files.get(BASE_CONFIG_PATH)?.mode).toBeUndefined();
  });

  it('gives the same layer for the same server, and another for another server', () => {
    const layer = createLayer(baseImageFiles(Buffer.from('server v1')));
    expect(createLayer(baseImageFiles(Buffer.from('server v1'))).digest).toBe(layer.digest);
    expect(createLayer(baseImageFiles(Buffer.from('server v2'))).digest).not.toBe(layer.digest);
    const entries = readLayer(layer.blob).map((e) => [e.path, e.type, e.mode.toString(8), e.mtime]);
    expect(entries).toEqual([
      ['srv', 'directory', '755', 0],
      ['srv/site', 'directory', '755', 0],
      ['srv/site/_caddy.json', 'file', '644', 0],
      ['usr', 'directory', '755', 0],
      ['usr/bin', 'directory', '755', 0],
      ['usr/bin/pagemagic-static', 'file', '755', 0],
    ]);
  });
});

describe('createBaseImage', () => {
  it('says which server file it could not read', async () => {
    await expect(
      createBaseImage({ target: '127.0.0.1:1/base', serverPath: '/nonexistent/pagemagic-static' }),
    ).rejects.toThrow(/cannot read the static server at \/nonexistent\/pagemagic-static: ENOENT/);
  });
});

describe('ensureBaseImage', () => {
  it('fails, saying to run make base-image, when the default base is missing', async () => {
    const config = configFromEnv({ PAGEMAGIC_REGISTRY: '127.0.0.1:15999' });
    await expect(ensureBaseImage(config, { fetch: manifestUnknown })).rejects.toThrow(
      "the base image 127.0.0.1:15999/pagemagic/site-base:1 is not in its registry: run 'make base-image'",
    );
  });

  it('fails, naming PAGEMAGIC_BASE_IMAGE, when a configured base is missing', async () => {
    const config = configFromEnv({ PAGEMAGIC_BASE_IMAGE: '127.0.0.1:15999/mine/base:7' });
    await expect(ensureBaseImage(config, { fetch: manifestUnknown })).rejects.toThrow(
      /127\.0\.0\.1:15999\/mine\/base:7 is not in its registry: push it there or fix PAGEMAGIC_BASE_IMAGE/,
    );
  });

  it('passes other registry errors on as they are', async () => {
    const config = configFromEnv({ PAGEMAGIC_REGISTRY: '127.0.0.1:15999' });
    const denied: FetchLike = async () => new Response('no', { status: 500 });
    await expect(ensureBaseImage(config, { fetch: denied })).rejects.toThrow(/failed with 500/);
  });
});
