// A POSIX ustar writer and reader, enough for image layers: regular files, directories and symbolic links,
// with PAX extended headers for names and link targets that do not fit ustar's 100-byte fields. The writer
// puts nothing in an archive that depends on when or where it was made (mtime 0 unless the entry names a
// fixed one, uid/gid 0 unless the entry needs another owner, empty user and group names), so the same
// entries always give the same bytes.

const BLOCK = 512;
const NAME_FIELD = 100;
const MAX_OCTAL_SIZE = 0o77777777777;

export type TarEntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

export interface TarWriteEntry {
  /** Relative, `/`-separated, no leading `/`; directories without a trailing `/`. */
  path: string;
  type: 'file' | 'directory' | 'symlink';
  mode: number;
  body?: Uint8Array;
  /** A symlink's target, as the link holds it (relative or absolute). */
  linkname?: string;
  /** Owner ids; 0 (root) unless a file must belong to someone else. */
  uid?: number;
  gid?: number;
  /** Seconds since the epoch; 0 unless given. Never the clock: pass a time derived from the input. */
  mtime?: number;
}

export interface TarEntry {
  path: string;
  type: TarEntryType;
  /** The raw type flag, e.g. '0', '5', '2'. */
  typeflag: string;
  mode: number;
  size: number;
  mtime: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  linkname: string;
  body: Buffer;
}

// --- writing ---------------------------------------------------------------

function octal(value: number, width: number): string {
  // width - 1 digits and a NUL, as GNU tar and Go write them.
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function needsPax(path: string): boolean {
  return Buffer.byteLength(path) > NAME_FIELD || /[^\x20-\x7e]/.test(path);
}

/** A PAX record is `<length> <key>=<value>\n`, where the length counts its own digits. */
export function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  const restLength = Buffer.byteLength(rest);
  let length = restLength + 1;
  while (String(length).length + restLength !== length) length = String(length).length + restLength;
  return `${length}${rest}`;
}

interface HeaderFields {
  name: string;
  mode: number;
  size: number;
  typeflag: string;
  linkname?: string;
  uid?: number;
  gid?: number;
  mtime?: number;
}

const MAX_ID = 0o7777777;

function header(fields: HeaderFields): Buffer {
  if (fields.size > MAX_OCTAL_SIZE) {
    throw new Error(`'${fields.name}' is ${fields.size} bytes; a layer entry can hold at most 8 GiB`);
  }
  const block = Buffer.alloc(BLOCK);
  block.write(fields.name, 0, NAME_FIELD, 'utf8');
  block.write(octal(fields.mode, 8), 100, 'ascii');
  block.write(octal(fields.uid ?? 0, 8), 108, 'ascii');
  block.write(octal(fields.gid ?? 0, 8), 116, 'ascii');
  block.write(octal(fields.size, 12), 124, 'ascii');
  block.write(octal(fields.mtime ?? 0, 12), 136, 'ascii');
  block.write(fields.typeflag, 156, 'ascii');
  if (fields.linkname) block.write(fields.linkname, 157, NAME_FIELD, 'utf8');
  block.write('ustar\0', 257, 'ascii');
  block.write('00', 263, 'ascii');
  // uname, gname and prefix stay empty (NUL).
  block.write(octal(0, 8), 329, 'ascii'); // devmajor
  block.write(octal(0, 8), 337, 'ascii'); // devminor
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return block;
}

function padding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

// What readers show in place of a long name: the PAX path is authoritative, this only has to be harmless.
function fallbackName(path: string): string {
  return path.replace(/[^\x20-\x7e]/g, '_').slice(0, NAME_FIELD);
}

function checkEntry(entry: TarWriteEntry): void {
  if (!Number.isInteger(entry.mode) || entry.mode < 0 || entry.mode > 0o7777) {
    throw new Error(`'${entry.path}' has mode ${entry.mode}; use permission bits between 0 and 0o7777`);
  }
  for (const [what, id] of [
    ['uid', entry.uid],
    ['gid', entry.gid],
  ] as const) {
    if (id !== undefined && (!Number.isInteger(id) || id < 0 || id > MAX_ID)) {
      throw new Error(`'${entry.path}' has ${what} ${id}; use a whole number between 0 and ${MAX_ID}`);
    }
  }
  if (entry.mtime !== undefined && (!Number.isInteger(entry.mtime) || entry.mtime < 0)) {
    throw new Error(`'${entry.path}' has mtime ${entry.mtime}; use whole seconds since 1970`);
  }
  if (entry.type === 'symlink' && !entry.linkname) {
    throw new Error(`'${entry.path}' is a symlink without a target; give its linkname`);
  }
}

const TYPEFLAGS = { file: '0', directory: '5', symlink: '2' } as const;

/** Writes the entries in the order given, followed by the two zero blocks that end an archive. */
export function writeTar(entries: readonly TarWriteEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    checkEntry(entry);
    const name = entry.type === 'directory' ? `${entry.path}/` : entry.path;
    const body = entry.type === 'file' ? Buffer.from(entry.body ?? new Uint8Array()) : Buffer.alloc(0);
    const linkname = entry.type === 'symlink' ? (entry.linkname ?? '') : '';
    const records = [
      ...(needsPax(name) ? [paxRecord('path', name)] : []),
      ...(needsPax(linkname) ? [paxRecord('linkpath', linkname)] : []),
    ];
    if (records.length > 0) {
      const pax = Buffer.from(records.join(''), 'utf8');
      parts.push(header({ name: '././@PaxHeader', mode: 0o644, size: pax.length, typeflag: 'x' }));
      parts.push(pax, padding(pax.length));
    }
    parts.push(
      header({
        name: needsPax(name) ? fallbackName(name) : name,
        mode: entry.mode,
        size: body.length,
        typeflag: TYPEFLAGS[entry.type],
        linkname: needsPax(linkname) ? fallbackName(linkname) : linkname,
        uid: entry.uid,
        gid: entry.gid,
        mtime: entry.mtime,
      }),
    );
    if (body.length > 0) parts.push(body, padding(body.length));
  }
  parts.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(parts);
}

// --- reading ---------------------------------------------------------------

function cString(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}

function number(block: Buffer, start: number, length: number, what: string): number {
  const field = block.subarray(start, start + length);
  // GNU base-256, used for values that do not fit the octal field.
  if (((field[0] ?? 0) & 0x80) !== 0) {
    let value = (field[0] ?? 0) & 0x7f;
    for (const byte of field.subarray(1)) value = value * 256 + byte;
    return value;
  }
  const text = field
    .toString('ascii')
    .replace(/[\0 ]+$/, '')
    .replace(/^ +/, '');
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw new Error(`tar header has an invalid ${what} field '${text}'`);
  return Number.parseInt(text, 8);
}

function checksumMatches(block: Buffer): boolean {
  const stored = number(block, 148, 8, 'checksum');
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  // Some old writers summed signed bytes.
  return stored === unsigned || stored === signed;
}

export function parsePaxRecords(data: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    if (space === -1) break;
    const length = Number.parseInt(data.subarray(offset, space).toString('ascii'), 10);
    if (!Number.isInteger(length) || length <= 0 || offset + length > data.length) {
      throw new Error('tar PAX header has a malformed record');
    }
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
    const equals = record.indexOf('=');
    if (equals === -1) throw new Error(`tar PAX record '${record}' has no '='`);
    records.set(record.slice(0, equals), record.slice(equals + 1));
    offset += length;
  }
  return records;
}

function entryType(typeflag: string): TarEntryType {
  switch (typeflag) {
    case '0':
    case '\0':
    case '7':
      return 'file';
    case '5':
      return 'directory';
    case '2':
      return 'symlink';
    case '1':
      return 'hardlink';
    default:
      return 'other';
  }
}

function cleanPath(path: string): string {
  return path
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .replace(/\/+$/, '');
}

/**
 * Reads a tar archive written by `writeTar` or another ustar/PAX writer (GNU long names too). PAX and GNU
 * long-name headers are applied to the entry they precede and are not returned themselves.
 */
export function readTar(archive: Buffer): TarEntry[] {
  const entries: TarEntry[] = [];
  let global = new Map<string, string>();
  let local = new Map<string, string>();
  let longName: string | undefined;
  let longLink: string | undefined;
  let offset = 0;
  while (offset + BLOCK <= archive.length) {
    const block = archive.subarray(offset, offset + BLOCK);
    if (block.every((byte) => byte === 0)) break;
    if (!checksumMatches(block)) throw new Error(`tar header at byte ${offset} has a bad checksum`);
    const typeflag = String.fromCharCode(block[156] ?? 0);
    const size = number(block, 124, 12, 'size');
    const bodyStart = offset + BLOCK;
    const bodyEnd = bodyStart + size;
    if (bodyEnd > archive.length)
      throw new Error(`tar entry at byte ${offset} runs past the end of the archive`);
    const body = archive.subarray(bodyStart, bodyEnd);
    offset = bodyStart + Math.ceil(size / BLOCK) * BLOCK;

    if (typeflag === 'x') {
      local = parsePaxRecords(body);
      continue;
    }
    if (typeflag === 'g') {
      global = new Map([...global, ...parsePaxRecords(body)]);
      continue;
    }
    if (typeflag === 'L' || typeflag === 'K') {
      const value = cString(body, 0, body.length);
      if (typeflag === 'L') longName = value;
      else longLink = value;
      continue;
    }

    const pax = new Map([...global, ...local]);
    const magic = block.subarray(257, 263).toString('ascii');
    const prefix = magic.startsWith('ustar') ? cString(block, 345, 155) : '';
    const shortName = cString(block, 0, NAME_FIELD);
    const name = pax.get('path') ?? longName ?? (prefix ? `${prefix}/${shortName}` : shortName);
    const paxSize = pax.get('size');
    if (paxSize !== undefined && Number(paxSize) !== size) {
      throw new Error(`tar entry '${name}' has a PAX size that this reader does not support`);
    }
    entries.push({
      path: cleanPath(name),
      type: entryType(typeflag),
      typeflag,
      mode: number(block, 100, 8, 'mode'),
      size,
      mtime: Number(pax.get('mtime') ?? number(block, 136, 12, 'mtime')),
      uid: Number(pax.get('uid') ?? number(block, 108, 8, 'uid')),
      gid: Number(pax.get('gid') ?? number(block, 116, 8, 'gid')),
      uname: pax.get('uname') ?? cString(block, 265, 32),
      gname: pax.get('gname') ?? cString(block, 297, 32),
      linkname: pax.get('linkpath') ?? longLink ?? cString(block, 157, 100),
      body: Buffer.from(body),
    });
    local = new Map();
    longName = undefined;
    longLink = undefined;
  }
  return entries;
}
