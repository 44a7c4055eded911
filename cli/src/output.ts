// What the CLI prints, as pure functions of the data and of where it goes: aligned tables (colour, long
// cells shortened to the terminal's width) for a person at a terminal; one tab-separated line per row,
// with no header, colour or truncation, for a pipe; JSON with an optional field selection for scripts.

import { usageError } from './errors.ts';

export interface OutputMode {
  /** stdout is a terminal. */
  tty: boolean;
  /** Colour is allowed (a terminal, and NO_COLOR unset). */
  color: boolean;
  /** Terminal columns; ignored on a pipe. */
  width: number;
}

export const pipeMode: OutputMode = { tty: false, color: false, width: 0 };

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | boolean | undefined;
  /** May be shortened on a terminal when the table is wider than it. */
  shrink?: boolean;
  /** Colours a (padded) cell on a terminal. */
  paint?: (cell: string, raw: string) => string;
}

const ANSI = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', cyan: '36' } as const;
export function paint(mode: OutputMode, style: keyof typeof ANSI, text: string): string {
  return mode.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;
}

/** Tabs and newlines would break a line-per-row, column-per-tab reader, so they are written escaped. */
export function tsvCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\r?\n/g, '\\n');
}

const text = (value: string | number | boolean | undefined) => (value === undefined ? '' : String(value));

export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[], mode: OutputMode): string {
  const cells = rows.map((row) => columns.map((column) => text(column.value(row))));
  if (!mode.tty) return cells.map((line) => `${line.map(tsvCell).join('\t')}\n`).join('');
  if (rows.length === 0) return '';
  const oneLine = cells.map((line) => line.map((cell) => cell.replace(/\s+/g, ' ')));
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...oneLine.map((line) => (line[i] ?? '').length)),
  );
  const gap = 2;
  let excess = widths.reduce((sum, w) => sum + w, 0) + gap * (columns.length - 1) - mode.width;
  // The widest shrinkable columns give way first, never below their header or 8 characters.
  while (excess > 0 && mode.width > 0) {
    let widest = -1;
    columns.forEach((column, i) => {
      const floor = Math.max(column.header.length, 8);
      if (
        column.shrink &&
        (widths[i] ?? 0) > floor &&
        (widest < 0 || (widths[i] ?? 0) > (widths[widest] ?? 0))
      )
        widest = i;
    });
    if (widest < 0) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
    excess -= 1;
  }
  const fit = (cell: string, width: number) =>
    cell.length > width ? `${cell.slice(0, Math.max(0, width - 1))}…` : cell.padEnd(width);
  const line = (values: string[], painter: (cell: string, i: number) => string) =>
    `${values
      .map((cell, i) => painter(fit(cell, widths[i] ?? 0), i))
      .join(' '.repeat(gap))
      .trimEnd()}\n`;
  const header = line(
    columns.map((column) => column.header),
    (cell) => paint(mode, 'bold', cell),
  );
  return (
    header +
    oneLine
      .map((values) =>
        line(values, (cell, i) => {
          const painter = columns[i]?.paint;
          return painter && mode.color ? painter(cell, (values[i] ?? '').trim()) : cell;
        }),
      )
      .join('')
  );
}

/** One object as `key  value` lines (a terminal) or `key<TAB>value` lines (a pipe). */
export function renderDetail(
  pairs: ReadonlyArray<readonly [string, string | number | boolean | undefined]>,
  mode: OutputMode,
): string {
  const present = pairs.filter(([, value]) => value !== undefined && value !== '');
  if (!mode.tty) return present.map(([key, value]) => `${key}\t${tsvCell(text(value))}\n`).join('');
  const width = Math.max(0, ...present.map(([key]) => key.length));
  return present
    .map(([key, value]) => `${paint(mode, 'bold', key.padEnd(width))}  ${text(value)}\n`)
    .join('');
}

/**
 * `--json` alone selects everything; `--json a,b` those fields, in that order. An unknown field is a usage
 * error that lists the valid ones, so a script fails loudly rather than reading undefined.
 */
export function parseJsonFields(
  option: string | boolean | undefined,
  valid: readonly string[],
): string[] | undefined {
  if (option === undefined || option === false || option === true) return undefined;
  const fields = option
    .split(',')
    .map((field) => field.trim())
    .filter((field) => field !== '');
  if (fields.length === 0) return undefined;
  const unknown = fields.filter((field) => !valid.includes(field));
  if (unknown.length > 0) {
    throw usageError(
      `Unknown JSON field${unknown.length > 1 ? 's' : ''} ${unknown.map((f) => `"${f}"`).join(', ')}; valid fields: ${valid.join(', ')}`,
    );
  }
  return fields;
}

export function selectFields(value: object, fields: readonly string[] | undefined): Record<string, unknown> {
  if (!fields) return value as Record<string, unknown>;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(fields.map((field) => [field, record[field] ?? null]));
}

export function renderJson(value: object | readonly object[], fields: readonly string[] | undefined): string {
  const selected = Array.isArray(value)
    ? value.map((item: object) => selectFields(item, fields))
    : selectFields(value as object, fields);
  return `${JSON.stringify(selected, null, 2)}\n`;
}

/** "3s", "1m05s": elapsed time for progress lines. */
export function elapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
}

/** How long ago an ISO time was, for tables on a terminal ("5m ago"); pipes get the time itself. */
export function ago(iso: string | undefined, now: number, mode: OutputMode): string {
  if (!iso) return '';
  if (!mode.tty) return iso;
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 60) return `${seconds}s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)}h ago`;
  return `${Math.floor(seconds / 86_400)}d ago`;
}
