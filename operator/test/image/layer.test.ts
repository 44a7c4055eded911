import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createLayer, type LayerFile, layerEntries, readLayer } from '../../src/image/layer.ts';
import { paxRecord, readTar, writeTar } from '../../src/image/tar.ts';

const files = (entries: Record<string, string | { body: string; mode: number }>): Map<string, LayerFile> =>
  new Map(
    Object.entries(entries).map(([path, value]) =>
      typeof value === 'string'
        ? [path, { body: Buffer.from(value) }]
        : [path, { body: Buffer.from(value.body), mode: value.mode }],
    ),
  );

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

// 150 bytes: too long for ustar's 100-byte name field.
const LONG = `/blog/${'a-very-long-slug-'.repeat(8)}/index.html`;

const site = files({
  '/index.html': '<!doctype html><title>Home</title>',
  '/menu/index.html': '<!doctype html><title>Menu</title>',
  '/_headers': '/*\n  X-Content-Type-Options: nosniff\n',
  '/pt/menu/index.html': '<!doctype html><title>Cardápio</title>',
  [LONG]: 'long',
  '/bin/tool': { body: '#!/bin/sh\n', mode: 0o755 },
});

function headerOffsets(tar: Buffer): number[] {
  // Walks raw 512-byte headers (without the reader under test) until the end-of-archive zero block.
  const out: number[] = [];
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const block = tar.subarray(offset, offset + 512);
    if (block.every((b) => b === 0)) break;
    out.push(offset);
    const size = Number.parseInt(block.subarray(124, 135).toString('ascii'), 8);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

const field = (block: Buffer, start: number, length: number) => block.subarray(start, start + length);
const text = (block: Buffer, start: number, length: number) =>
  field(block, start, length).toString('utf8').replace(/\0+$/, '');

describe('writeTar', () => {
  const tar = gunzipSync(createLayer(site, { prefix: '/srv/site' }).blob);
  const offsets = headerOffsets(tar);
  const blocks = offsets.map((offset) => tar.subarray(offset, offset + 512));

  it('writes ustar headers with no time, owner or host in them', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(field(block, 257, 6).toString('latin1')).toBe('ustar\0');
      expect(field(block, 263, 2).toString('latin1')).toBe('00');
      expect(text(block, 108, 8)).toBe('0000000'); // uid
      expect(text(block, 116, 8)).toBe('0000000'); // gid
      expect(text(block, 136, 12)).toBe('00000000000'); // mtime
      expect(text(block, 265, 32)).toBe(''); // uname
      expect(text(block, 297, 32)).toBe(''); // gname
    }
  });

  it('stores a checksum that is the sum of the header bytes with the checksum field as spaces', () => {
    for (const block of blocks) {
      const copy = Buffer.from(block);
      copy.fill(0x20, 148, 156);
      const sum = copy.reduce((acc, byte) => acc + byte, 0);
      expect(field(block, 148, 8).toString('latin1')).toBe(`${sum.toString(8).padStart(6, '0')}\0 `);
    }
  });

  it('gives files 0644 unless told otherwise, folders 0755, and the right type flags and sizes', () => {
    const byName = new Map(blocks.map((b) => [text(b, 0, 100), b]));
    const index = byName.get('srv/site/index.html');
    const folder = byName.get('srv/site/menu/');
    const tool = byName.get('srv/site/bin/tool');
    expect(index && text(index, 100, 8)).toBe('0000644');
    expect(index && String.fromCharCode(index[156] ?? 0)).toBe('0');
    expect(index && Number.parseInt(text(index, 124, 12), 8)).toBe(site.get('/index.html')?.body.length);
    expect(folder && text(folder, 100, 8)).toBe('0000755');
    expect(folder && String.fromCharCode(folder[156] ?? 0)).toBe('5');
    expect(tool && text(tool, 100, 8)).toBe('0000755');
  });

  it('emits every parent folder, the prefix included, before what it holds, in sorted order', () => {
    const names = blocks.filter((b) => b[156] !== 'x'.charCodeAt(0)).map((b) => text(b, 0, 100));
    expect(names.slice(0, 6)).toEqual([
      'srv/',
      'srv/site/',
      'srv/site/_headers',
      'srv/site/bin/',
      'srv/site/bin/tool',
      'srv/site/blog/',
    ]);
    expect(names.at(-3)).toBe('srv/site/pt/');
    expect(names.at(-2)).toBe('srv/site/pt/menu/');
    expect(names.at(-1)).toBe('srv/site/pt/menu/index.html');
  });

  it('puts a name longer than 100 bytes in a PAX header before its entry', () => {
    const longName = `srv/site${LONG}`;
    // Its folder's name is long too; the file's PAX header is the one followed by a regular file.
    const at = blocks.findIndex(
      (b, i) => b[156] === 'x'.charCodeAt(0) && blocks[i + 1]?.[156] === '0'.charCodeAt(0),
    );
    const pax = blocks[at] as Buffer;
    const entry = blocks[at + 1];
    const paxOffset = offsets[at] as number;
    const paxSize = Number.parseInt(text(pax, 124, 12), 8);
    const records = tar.subarray(paxOffset + 512, paxOffset + 512 + paxSize).toString('utf8');
    expect(records).toBe(paxRecord('path', longName));
    expect(records).toMatch(new RegExp(`^\\d+ path=${longName}\n$`));
    expect(Number.parseInt(records, 10)).toBe(Buffer.byteLength(records));
    expect(entry && String.fromCharCode(entry[156] ?? 0)).toBe('0');
  });

  it('ends with two zero blocks', () => {
    expect(tar.length % 512).toBe(0);
    expect(tar.subarray(-1024).every((b) => b === 0)).toBe(true);
  });

  it('computes PAX record lengths that count their own digits', () => {
    for (const value of ['', 'x'.repeat(88), 'x'.repeat(89), 'x'.repeat(90), 'x'.repeat(990)]) {
      const record = paxRecord('path', value);
      expect(Number.parseInt(record, 10)).toBe(Buffer.byteLength(record));
    }
  });

  it('refuses modes that are not permission bits', () => {
    expect(() => writeTar([{ path: 'a', type: 'file', mode: 0o10000, body: Buffer.from('') }])).toThrow(
      /mode/,
    );
  });
});

describe('readTar and readLayer', () => {
  it('round-trips files, folders, modes and long names', () => {
    const layer = createLayer(site, { prefix: '/srv/site' });
    const entries = readLayer(layer.blob);
    const got = new Map(entries.filter((e) => e.type === 'file').map((e) => [`/${e.path}`, e]));
    expect([...got.keys()].sort()).toEqual([...site.keys()].map((p) => `/srv/site${p}`).sort());
    for (const [path, file] of site) {
      const entry = got.get(`/srv/site${path}`);
      expect(entry?.body.equals(Buffer.from(file.body))).toBe(true);
      expect(entry?.mode).toBe(file.mode ?? 0o644);
      expect([entry?.mtime, entry?.uid, entry?.gid, entry?.uname, entry?.gname]).toEqual([0, 0, 0, '', '']);
    }
    const folders = entries.filter((e) => e.type === 'directory').map((e) => e.path);
    expect(folders).toContain('srv/site/pt/menu');
    expect(entries.find((e) => e.path === 'srv/site/pt/menu')?.mode).toBe(0o755);
  });

  it('rejects a header whose checksum does not match', () => {
    const tar = writeTar([{ path: 'a.txt', type: 'file', mode: 0o644, body: Buffer.from('hi') }]);
    tar[0] = 'b'.charCodeAt(0);
    expect(() => readTar(tar)).toThrow(/checksum/);
  });

  it('reads what the system tar writes, including its long names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pm-tar-'));
    try {
      const long = `${'d'.repeat(120)}.txt`;
      writeFileSync(join(dir, long), 'from GNU tar');
      const archive = execFileSync('tar', ['--format=pax', '-C', dir, '-cf', '-', long]);
      const [entry] = readTar(archive);
      expect(entry?.path).toBe(long);
      expect(entry?.body.toString()).toBe('from GNU tar');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('createLayer', () => {
  it('gives the same bytes for the same files, whatever the map order', () => {
    const a = createLayer(site, { prefix: '/srv/site' });
    const b = createLayer(new Map([...site].reverse()), { prefix: '/srv/site' });
    expect(b.blob.equals(a.blob)).toBe(true);
    expect([b.diffId, b.digest, b.size]).toEqual([a.diffId, a.digest, a.size]);
  });

  it('reports the digests of the tar (diffID) and of the gzipped blob', () => {
    const layer = createLayer(site, { prefix: '/srv/site' });
    expect(layer.digest).toBe(sha256(layer.blob));
    expect(layer.diffId).toBe(sha256(gunzipSync(layer.blob)));
    expect(layer.size).toBe(layer.blob.length);
    expect(layer.mediaType).toBe('application/vnd.oci.image.layer.v1.tar+gzip');
  });

  it('writes a gzip header without a timestamp and with the OS pinned to "unknown"', () => {
    const { blob } = createLayer(site, { prefix: '/srv/site' });
    expect([...blob.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]);
    expect([...blob.subarray(4, 8)]).toEqual([0, 0, 0, 0]);
    expect(blob[9]).toBe(0xff);
  });

  it('changes both digests when one byte of one file changes', () => {
    const a = createLayer(site, { prefix: '/srv/site' });
    const changed = new Map(site);
    changed.set('/index.html', { body: Buffer.from('<!doctype html><title>Home!</title>') });
    const b = createLayer(changed, { prefix: '/srv/site' });
    expect(b.diffId).not.toBe(a.diffId);
    expect(b.digest).not.toBe(a.digest);
  });

  it('changes the digest when only a mode or the prefix changes', () => {
    const a = createLayer(site, { prefix: '/srv/site' });
    const modes = new Map(site);
    modes.set('/index.html', { body: Buffer.from('<!doctype html><title>Home</title>'), mode: 0o600 });
    expect(createLayer(modes, { prefix: '/srv/site' }).digest).not.toBe(a.digest);
    expect(createLayer(site, { prefix: '/srv/www' }).digest).not.toBe(a.digest);
  });

  it('treats paths with and without a leading slash alike, and refuses unclean or clashing ones', () => {
    expect(layerEntries(files({ 'a.txt': 'x' })).map((e) => e.path)).toEqual(['a.txt']);
    expect(() => layerEntries(files({ '/a.txt': 'x', 'a.txt': 'y' }))).toThrow(/two files map to/);
    expect(() => layerEntries(files({ '/a': 'x', '/a/b': 'y' }))).toThrow(/both a file and the folder/);
    for (const bad of ['/../etc/passwd', '/a//b', '/a/./b', '/a/', '/']) {
      expect(() => layerEntries(files({ [bad]: 'x' })), bad).toThrow();
    }
    expect(() => createLayer(site, { prefix: '/srv/../etc' })).toThrow(/not a clean path/);
  });

  it('holds only the prefix folders when there are no files', () => {
    expect(layerEntries(new Map(), { prefix: '/srv/site' }).map((e) => `${e.type} ${e.path}`)).toEqual([
      'directory srv',
      'directory srv/site',
    ]);
  });
});

describe('the system tar reads the layer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-layer-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const layer = createLayer(site, { prefix: '/srv/site' });
  const archive = join(dir, 'layer.tar.gz');
  writeFileSync(archive, layer.blob);

  it('lists every entry with its mode, owner 0/0, size and epoch time (tar -tvzf)', () => {
    const listing = execFileSync('tar', ['-tvzf', archive], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    })
      .trim()
      .split('\n');
    const entries = listing.map((line) => {
      const match = /^(\S+) (\S+)\s+(\d+) (\S+ \S+) (.+)$/.exec(line);
      if (!match) throw new Error(`unexpected tar -tv line: ${line}`);
      return { perms: match[1], owner: match[2], size: Number(match[3]), time: match[4], name: match[5] };
    });
    expect(entries.map((e) => e.name)).toEqual(
      readLayer(layer.blob).map((e) => (e.type === 'directory' ? `${e.path}/` : e.path)),
    );
    for (const e of entries) {
      expect(e.owner).toBe('0/0');
      expect(e.time).toBe('1970-01-01 00:00');
    }
    expect(entries.find((e) => e.name === 'srv/site/index.html')).toMatchObject({
      perms: '-rw-r--r--',
      size: 34,
    });
    expect(entries.find((e) => e.name === 'srv/site/bin/tool')?.perms).toBe('-rwxr-xr-x');
    expect(entries.find((e) => e.name === 'srv/site/pt/')?.perms).toBe('drwxr-xr-x');
    expect(entries.some((e) => e.name === `srv/site${LONG}`)).toBe(true);
  });

  it('extracts exactly the files, with their contents and modes (tar -xzf)', () => {
    const out = join(dir, 'out');
    execFileSync('mkdir', ['-p', out]);
    execFileSync('tar', ['-xzf', archive, '-C', out]);
    const found = execFileSync('find', [out, '-type', 'f'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((p) => p.slice(out.length))
      .sort();
    expect(found).toEqual([...site.keys()].map((p) => `/srv/site${p}`).sort());
    for (const [path, file] of site) {
      const onDisk = join(out, 'srv/site', path);
      expect(readFileSync(onDisk).equals(Buffer.from(file.body))).toBe(true);
      expect(statSync(onDisk).mode & 0o777).toBe(file.mode ?? 0o644);
    }
  });
});
