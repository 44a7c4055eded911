import { describe, expect, it } from 'vitest';
import { CliError, EXIT } from '../src/errors.ts';
import {
  ago,
  type Column,
  elapsed,
  type OutputMode,
  parseJsonFields,
  pipeMode,
  renderDetail,
  renderJson,
  renderTable,
  tsvCell,
} from '../src/output.ts';

const rows = [
  { id: 'bakery', phase: 'ready', prompt: 'A family bakery in Porto\twith\nbread' },
  { id: 'florist', phase: 'failed', prompt: 'Flowers' },
];
type Row = (typeof rows)[number];
const columns: Column<Row>[] = [
  { header: 'ID', value: (r) => r.id },
  { header: 'PHASE', value: (r) => r.phase },
  { header: 'PROMPT', value: (r) => r.prompt, shrink: true },
];
const terminal: OutputMode = { tty: true, color: false, width: 80 };

describe('tables', () => {
  it('on a pipe: one tab-separated line per row, no header, tabs and newlines escaped, nothing shortened', () => {
    const long = [{ id: 'x', phase: 'ready', prompt: 'p'.repeat(500) }];
    expect(renderTable(rows, columns, pipeMode)).toBe(
      'bakery\tready\tA family bakery in Porto\\twith\\nbread\nflorist\tfailed\tFlowers\n',
    );
    expect(renderTable(long, columns, pipeMode)).toBe(`x\tready\t${'p'.repeat(500)}\n`);
    expect(renderTable([], columns, pipeMode)).toBe('');
  });

  it('on a terminal: a header, aligned columns, and shrinkable cells cut to the width with an ellipsis', () => {
    const narrow = renderTable(rows, columns, { ...terminal, width: 30 }).split('\n');
    expect(narrow[0]).toBe('ID       PHASE   PROMPT');
    expect(narrow[1]).toBe('bakery   ready   A family bak…');
    expect(narrow[1]?.length).toBe(30);
    expect(narrow[2]).toBe('florist  failed  Flowers');
  });

  it('paints only when colour is allowed', () => {
    const painted: Column<Row>[] = [{ header: 'PHASE', value: (r) => r.phase, paint: (cell) => `<${cell}>` }];
    expect(renderTable(rows, painted, terminal)).not.toContain('<');
    expect(renderTable(rows, painted, { ...terminal, color: true })).toContain('<ready >');
  });

  it('shows an object as key/value lines, skipping what is not set', () => {
    const pairs = [
      ['id', 'bakery'],
      ['url', undefined],
      ['prompt', 'a\tb'],
    ] as const;
    expect(renderDetail(pairs, pipeMode)).toBe('id\tbakery\nprompt\ta\\tb\n');
    expect(renderDetail(pairs, terminal)).toBe('id      bakery\nprompt  a\tb\n');
  });

  it('escapes backslashes so an escaped cell reads back unambiguously', () => {
    expect(tsvCell('a\\tb')).toBe('a\\\\tb');
  });
});

describe('--json', () => {
  const valid = ['id', 'status', 'url'];

  it('selects everything, or the fields asked for in that order, with null for a field that is absent', () => {
    expect(parseJsonFields(true, valid)).toBeUndefined();
    expect(parseJsonFields(' url , id ', valid)).toEqual(['url', 'id']);
    expect(renderJson({ id: 'a', status: 'ready' }, ['url', 'id'])).toBe(
      '{\n  "url": null,\n  "id": "a"\n}\n',
    );
    expect(JSON.parse(renderJson([{ id: 'a', status: 'x' }], ['id']))).toEqual([{ id: 'a' }]);
  });

  it('refuses an unknown field as a usage error that lists the valid ones', () => {
    const error = (() => {
      try {
        parseJsonFields('id,colour,size', valid);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.usage);
    expect((error as CliError).message).toBe(
      'Unknown JSON fields "colour", "size"; valid fields: id, status, url',
    );
  });
});

describe('times', () => {
  it('elapsed time in seconds, then minutes', () => {
    expect(elapsed(999)).toBe('0s');
    expect(elapsed(59_999)).toBe('59s');
    expect(elapsed(65_000)).toBe('1m05s');
  });

  it('relative on a terminal, the time itself on a pipe', () => {
    const now = Date.parse('2026-01-01T12:00:00Z');
    expect(ago('2026-01-01T11:55:00Z', now, terminal)).toBe('5m ago');
    expect(ago('2025-12-30T12:00:00Z', now, terminal)).toBe('2d ago');
    expect(ago('2026-01-01T11:55:00Z', now, pipeMode)).toBe('2026-01-01T11:55:00Z');
  });
});
