// Layers from file trees (what component images are made of): symlinks, owners and modes as given, parents
// implied, one sorted order, the same bytes for the same tree, and tar readers that are not ours agree.

import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { dockerConfigCredentials, parseDockerConfig } from '../../src/image/docker-config.ts';
import { newImageConfig } from '../../src/image/image-config.ts';
import { createTreeLayer, layerFromBlob, type TreeEntry, treeLayerEntries } from '../../src/image/layer.ts';
import { RegistryClient } from '../../src/image/registry-client.ts';
import { readTar, writeTar } from '../../src/image/tar.ts';
import { readTree } from '../../src/image/tree.ts';

const scratch: string[] = [];
afterAll(async () => {
  for (const dir of scratch) await rm(dir, { recursive: true, force: true });
});

const tree = new Map<string, TreeEntry>([
  ['/usr/bin/node', { type: 'file', body: Buffer.from('#!node'), mode: 0o755 }],
  ['/lib64/ld-linux-x86-64.so.2', { type: 'symlink', target: '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2' }],
  ['/tmp', { type: 'directory', mode: 0o1777 }],
  ['/home/nonroot', { type: 'directory', mode: 0o700, uid: 65532, gid: 65532 }],
  ['/etc/passwd', { type: 'file', body: Buffer.from('root:x:0:0::/root:/sbin/nologin\n') }],
  [
    `/usr/share/zoneinfo/${'Long_Region_Name/'.repeat(7)}Zone`,
    { type: 'symlink', target: `../${'x'.repeat(120)}` },
  ],
]);

describe('treeLayerEntries', () => {
  const entries = treeLayerEntries(tree, { mtime: 1_796_672_880 });

  it('puts parents first in one sorted order, with implied folders as root 0755', () => {
    const paths = entries.map((e) => e.path);
    expect(paths.slice(0, 5)).toEqual(['etc', 'etc/passwd', 'home', 'home/nonroot', 'lib64']);
    expect(entries.find((e) => e.path === 'usr/share')).toMatchObject({ type: 'directory', mode: 0o755 });
    for (const [i, path] of paths.entries()) {
      const parent = path.split('/').slice(0, -1).join('/');
      if (parent) expect(paths.indexOf(parent)).toBeLessThan(i);
    }
  });

  it('keeps the modes and owners the tree gives, and the fixed time', () => {
    expect(entries.find((e) => e.path === 'tmp')).toMatchObject({ mode: 0o1777, uid: 0, gid: 0 });
    expect(entries.find((e) => e.path === 'home/nonroot')).toMatchObject({
      mode: 0o700,
      uid: 65532,
      gid: 65532,
    });
    expect(new Set(entries.map((e) => e.mtime))).toEqual(new Set([1_796_672_880]));
  });

  it('refuses a file that is also a folder of other entries', () => {
    const clash = new Map<string, TreeEntry>([
      ['/app', { type: 'file', body: Buffer.from('x') }],
      ['/app/main.mjs', { type: 'file', body: Buffer.from('x') }],
    ]);
    expect(() => treeLayerEntries(clash)).toThrow(
      "'/app' is a file in the tree and also the folder of other entries",
    );
  });
});

describe('createTreeLayer', () => {
  it('gives the same blob for the same tree, in any order, and reads back as written', () => {
    const a = createTreeLayer(tree);
    const b = createTreeLayer(new Map([...tree].reverse()));
    expect(b.digest).toBe(a.digest);
    const read = readTar(gunzipSync(a.blob));
    const long = read.find((e) => e.path.endsWith('Long_Region_Name/Zone'));
    expect(long).toMatchObject({ type: 'symlink', linkname: `../${'x'.repeat(120)}` });
    expect(read.find((e) => e.path === 'lib64/ld-linux-x86-64.so.2')).toMatchObject({
      type: 'symlink',
      linkname: '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2',
    });
    expect(read.find((e) => e.path === 'home/nonroot')).toMatchObject({
      uid: 65532,
      gid: 65532,
      mode: 0o700,
    });
  });

  it('is read the same by GNU tar: links, owners and modes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tree-layer-'));
    scratch.push(dir);
    await writeFile(join(dir, 'layer.tar.gz'), createTreeLayer(tree).blob);
    const listing = execFileSync('tar', ['-tvzf', join(dir, 'layer.tar.gz'), '--numeric-owner'], {
      encoding: 'utf8',
    });
    expect(listing).toMatch(
      /^lrwxrwxrwx 0\/0 .* lib64\/ld-linux-x86-64\.so\.2 -> \/lib\/x86_64-linux-gnu\/ld-linux-x86-64\.so\.2$/m,
    );
    expect(listing).toMatch(/^drwx------ 65532\/65532 .* home\/nonroot\/$/m);
    expect(listing).toMatch(/^drwxrwxrwt 0\/0 .* tmp\/$/m);
    expect(listing).toContain('Long_Region_Name/Zone -> ../xxxx');
  });

  it('comes back from a cached blob only when the blob holds the tar it was made from', () => {
    const layer = createTreeLayer(tree);
    expect(layerFromBlob(layer.blob, layer.diffId)).toEqual(layer);
    const other = createTreeLayer(new Map([['/x', { type: 'file', body: Buffer.from('x') }]]));
    expect(() => layerFromBlob(other.blob, layer.diffId)).toThrow(/should have digest/);
  });
});

describe('writeTar', () => {
  it('refuses a symlink without a target and owners out of range', () => {
    expect(() => writeTar([{ path: 'a', type: 'symlink', mode: 0o777 }])).toThrow('without a target');
    expect(() => writeTar([{ path: 'a', type: 'file', mode: 0o644, uid: -1 }])).toThrow('has uid -1');
  });
});

describe('readTree', () => {
  it('reads files, folders and symlinks, with 0755 for executables and 0644 otherwise', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'read-tree-'));
    scratch.push(dir);
    await mkdir(join(dir, 'bin'));
    await writeFile(join(dir, 'bin', 'tool'), '#!/bin/sh\n', { mode: 0o700 });
    await writeFile(join(dir, 'notes.txt'), 'n', { mode: 0o600 });
    await symlink('bin/tool', join(dir, 'tool'));
    const read = await readTree(dir, { into: '/app', exclude: (path) => path === 'notes.txt' });
    expect([...read.keys()]).toEqual(['/app/bin', '/app/bin/tool', '/app/tool']);
    expect(read.get('/app/bin/tool')).toMatchObject({ type: 'file', mode: 0o755 });
    expect(read.get('/app/tool')).toEqual({ type: 'symlink', target: 'bin/tool' });
  });
});

describe('newImageConfig', () => {
  it('lists the layers with their history at the given time, and applies the settings', () => {
    const config = newImageConfig(
      [
        { diffId: 'sha256:a', history: { created: '2026-12-07T19:48:00Z', createdBy: 'base' } },
        { diffId: 'sha256:b', history: { created: '2026-12-07T19:48:00Z', createdBy: 'app', comment: 'c' } },
      ],
      {
        entrypoint: ['/usr/bin/node', '/app/api.mjs'],
        cmd: ['serve'],
        user: '65532:65532',
        workingDir: '/app',
      },
      '2026-12-07T19:48:00Z',
    );
    expect(config).toEqual({
      created: '2026-12-07T19:48:00Z',
      architecture: 'amd64',
      os: 'linux',
      config: {
        Entrypoint: ['/usr/bin/node', '/app/api.mjs'],
        Cmd: ['serve'],
        User: '65532:65532',
        WorkingDir: '/app',
      },
      rootfs: { type: 'layers', diff_ids: ['sha256:a', 'sha256:b'] },
      history: [
        { created: '2026-12-07T19:48:00Z', created_by: 'base' },
        { created: '2026-12-07T19:48:00Z', created_by: 'app', comment: 'c' },
      ],
    });
  });
});

describe('Docker configs (registry credentials)', () => {
  const auth = (user: string, password: string) => Buffer.from(`${user}:${password}`).toString('base64');

  it('matches a registry however docker wrote its key, Docker Hub under all its names', () => {
    const config = parseDockerConfig(
      JSON.stringify({
        auths: {
          'https://index.docker.io/v1/': { auth: auth('hub', 'h') },
          'registry.example:5000': { username: 'robot', password: 'p:with:colons' },
          'https://ghcr.io/v2/': { auth: auth('gh', 'token:part') },
        },
      }),
      'test config',
    );
    expect(dockerConfigCredentials(config, 'docker.io')).toEqual({ username: 'hub', password: 'h' });
    expect(dockerConfigCredentials(config, 'registry.example:5000')).toEqual({
      username: 'robot',
      password: 'p:with:colons',
    });
    expect(dockerConfigCredentials(config, 'ghcr.io')).toEqual({ username: 'gh', password: 'token:part' });
    expect(dockerConfigCredentials(config, 'quay.io')).toBeUndefined();
  });

  it('says what is wrong with a config it cannot use', () => {
    expect(() => parseDockerConfig('{', 'Secret a/b')).toThrow(/Secret a\/b is not JSON/);
    expect(() => parseDockerConfig('{}', 'Secret a/b')).toThrow(/has no "auths" object/);
    expect(() =>
      parseDockerConfig(JSON.stringify({ auths: { r: { identitytoken: 't' } } }), 'Secret a/b'),
    ).toThrow(/holds only an identity token/);
  });
});

describe('plain HTTP', () => {
  it('is for loopback registries unless a list says which', () => {
    expect(new RegistryClient('127.0.0.1:15000').baseUrl).toBe('http://127.0.0.1:15000');
    expect(new RegistryClient('registry.svc:5000').baseUrl).toBe('https://registry.svc:5000');
    expect(new RegistryClient('registry.svc:5000', { plainHttp: ['registry.svc:5000'] }).baseUrl).toBe(
      'http://registry.svc:5000',
    );
    expect(new RegistryClient('127.0.0.1:15000', { plainHttp: ['registry.svc:5000'] }).baseUrl).toBe(
      'https://127.0.0.1:15000',
    );
  });
});
