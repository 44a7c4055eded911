import type { Message } from '@pagemagic/api/contract/forms';
import { describe, expect, it } from 'vitest';
import { csvCell, messagesCsv, renderMessage, senderOf, summaryOf } from '../src/commands/inbox.ts';
import { pipeMode } from '../src/output.ts';
import { parseCsv } from './helpers/csv.ts';

const message = (overrides: Partial<Message> = {}): Message => ({
  id: '3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b',
  site: 'bakery',
  section: 'visit',
  page: '/contact/',
  locale: 'en',
  createdAt: '2026-03-01T10:00:00.000Z',
  fields: [
    { name: 'name', label: 'Your name', value: 'Ana' },
    { name: 'email', label: 'Email', value: 'ana@example.com' },
    { name: 'message', label: 'Message', value: 'Hello,\nDo you bake on Sundays?' },
  ],
  replyTo: 'ana@example.com',
  ...overrides,
});

describe('a message in a list', () => {
  it('is from its reply address, else the first field, and about the first line of its message field', () => {
    expect(senderOf(message())).toBe('ana@example.com');
    const { replyTo: _, ...anonymous } = message();
    expect(senderOf(anonymous)).toBe('Ana');
    expect(senderOf({ fields: [] })).toBe('');
    expect(summaryOf(message())).toBe('Hello,');
    expect(
      summaryOf(
        message({ fields: [{ name: 'message', label: 'M', value: '\n\n  Second line first \r\nthird' }] }),
      ),
    ).toBe('Second line first');
  });

  it('is about the field named message wherever it is, else about the last field', () => {
    const order = message({
      fields: [
        { name: 'message', label: 'Not this', value: 'x' },
        { name: 'notes', label: 'Notes', value: 'y' },
      ],
    });
    expect(summaryOf(order)).toBe('x');
    const noMessage = message({
      fields: [
        { name: 'name', label: 'Name', value: 'Rui' },
        { name: 'order', label: 'Your order', value: 'Two loaves\nand a cake' },
      ],
    });
    expect(summaryOf(noMessage)).toBe('Two loaves');
    expect(summaryOf({ fields: [] })).toBe('');
  });
});

describe('one message, viewed', () => {
  it('on a terminal: where it came from, then every field as "Label: value", long values indented', () => {
    const shown = renderMessage(message(), { tty: true, color: false, width: 80 });
    expect(shown).toBe(
      [
        'id        3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b',
        'site      bakery',
        'date      2026-03-01T10:00:00.000Z',
        'page      /contact/',
        'language  en',
        'reply to  ana@example.com',
        'handled   no',
        '',
        'Your name: Ana',
        'Email: ana@example.com',
        'Message: Hello,',
        '  Do you bake on Sundays?',
        '',
      ].join('\n'),
    );
  });

  it('on a pipe: key and value a line, tab-separated, with the fields after', () => {
    const { replyTo: _, ...anonymous } = message({ handledAt: '2026-03-02T09:00:00.000Z' });
    expect(renderMessage(anonymous, pipeMode)).toBe(
      [
        'id\t3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b',
        'site\tbakery',
        'date\t2026-03-01T10:00:00.000Z',
        'page\t/contact/',
        'language\ten',
        'handled\t2026-03-02T09:00:00.000Z',
        'Your name\tAna',
        'Email\tana@example.com',
        'Message\tHello,\\nDo you bake on Sundays?',
        '',
      ].join('\n'),
    );
  });
});

describe('CSV cells', () => {
  it('are written as they are unless they hold a comma, a quote or a line break, which are quoted', () => {
    expect(csvCell('Ana')).toBe('Ana');
    expect(csvCell('')).toBe('');
    expect(csvCell('Porto, Portugal')).toBe('"Porto, Portugal"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvCell("it's")).toBe("it's");
  });

  it('that a spreadsheet would run as a formula start with a single quote', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+351 22 000 0000')).toBe("'+351 22 000 0000");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""x"")"',
    );
    // Only the first character counts: these are text to any spreadsheet.
    expect(csvCell('a=1')).toBe('a=1');
    expect(csvCell(' =1')).toBe(' =1');
  });
});

describe('messages as CSV', () => {
  it('has the fixed columns, then one per field label in the order they are first seen', () => {
    const older = message({
      id: '00000000-0000-4000-8000-000000000001',
      createdAt: '2026-02-01T10:00:00.000Z',
      handledAt: '2026-02-02T08:30:00.000Z',
      fields: [
        { name: 'name', label: 'Your name', value: 'Rui' },
        { name: 'phone', label: 'Phone', value: '+351 22 000 0000' },
      ],
      replyTo: undefined,
    });
    const csv = messagesCsv([message(), older]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      [
        'id',
        'created_at',
        'handled_at',
        'site',
        'page',
        'locale',
        'reply_to',
        'Your name',
        'Email',
        'Message',
        'Phone',
      ],
      [
        '3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b',
        '2026-03-01T10:00:00.000Z',
        '',
        'bakery',
        '/contact/',
        'en',
        'ana@example.com',
        'Ana',
        'ana@example.com',
        'Hello,\nDo you bake on Sundays?',
        '',
      ],
      [
        '00000000-0000-4000-8000-000000000001',
        '2026-02-01T10:00:00.000Z',
        '2026-02-02T08:30:00.000Z',
        'bakery',
        '/contact/',
        'en',
        '',
        'Rui',
        '',
        '',
        "'+351 22 000 0000",
      ],
    ]);
  });

  it('ends every record in CRLF, keeps line breaks inside quoted cells, and guards labels too', () => {
    const csv = messagesCsv([
      message({ fields: [{ name: 'evil', label: '=cmd', value: 'first\r\nsecond, "third"' }] }),
    ]);
    expect(csv).toBe(
      "id,created_at,handled_at,site,page,locale,reply_to,'=cmd\r\n" +
        '3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b,2026-03-01T10:00:00.000Z,,bakery,/contact/,en,ana@example.com,"first\r\nsecond, ""third"""\r\n',
    );
  });

  it('keeps both values of a label a form repeats, and is only the header without messages', () => {
    const repeated = message({
      fields: [
        { name: 'day1', label: 'Day', value: 'Monday' },
        { name: 'day2', label: 'Day', value: 'Friday' },
      ],
    });
    expect(parseCsv(messagesCsv([repeated]))[1]?.at(-1)).toBe('Monday\nFriday');
    expect(messagesCsv([])).toBe('id,created_at,handled_at,site,page,locale,reply_to\r\n');
  });
});
