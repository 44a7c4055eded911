// A site's inbox: the messages visitors sent through its contact forms, read, marked handled, deleted and
// exported as CSV for a spreadsheet. Messages hold what strangers typed, so nothing of theirs is trusted:
// the CSV guards against formulas, and an export file is readable by its owner alone.

import { writeFile } from 'node:fs/promises';
import { ApiClientError, type PagemagicClient } from '@pagemagic/api/client';
import {
  deleteMessage,
  getMessage,
  getNotifications,
  listMessages,
  type Message,
  setNotifications,
  updateMessage,
} from '@pagemagic/api/contract/forms';
import { Argument, type Command, InvalidArgumentError, Option } from 'commander';
import { completes } from '../completion.ts';
import { confirmDestructive } from '../context.ts';
import { CliError, usageError } from '../errors.ts';
import {
  ago,
  type OutputMode,
  paint,
  parseJsonFields,
  renderDetail,
  renderJson,
  renderTable,
} from '../output.ts';
import { currentWorkspaceId, onWorkspace } from './current-workspace.ts';
import { fieldsOf, JSON_FLAG, JSON_HELP, type Run, siteArgument } from './shared.ts';

const STATES = ['unhandled', 'handled', 'all'] as const;
const NOTIFY = ['each', 'daily', 'off'] as const;
const NOTIFY_WORDS: Record<(typeof NOTIFY)[number], string> = {
  each: 'an email for each message',
  daily: 'one digest a day',
  off: 'no emails (the inbox still has every message)',
};
type State = (typeof STATES)[number];

/** The most the API gives in one page. */
const PAGE_SIZE = 100;
const DEFAULT_LIMIT = 20;

const MESSAGE_FIELDS = fieldsOf(getMessage.response[200]);

const messageArgument = () => new Argument('<message-id>', 'the message id, as inbox list shows it');
const stateOption = () =>
  new Option('--state <state>', 'which messages: not handled yet, handled, or all')
    .choices(STATES)
    .default('all');

function limitOption(value: string): number {
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new InvalidArgumentError('give a whole number of messages, 1 or more, e.g. 50 (or pass --all)');
  }
  return limit;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const firstLineOf = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .find((line) => line !== '') ?? '';

/** Who wrote: the reply address the form asked for, else whatever the first field holds (often a name). */
export function senderOf(message: Pick<Message, 'fields' | 'replyTo'>): string {
  return firstLineOf(message.replyTo ?? message.fields[0]?.value ?? '');
}

/** What a message is about: the first line of its `message` field, else of its last field. */
export function summaryOf(message: Pick<Message, 'fields'>): string {
  const field = message.fields.find((f) => f.name === 'message') ?? message.fields.at(-1);
  return firstLineOf(field?.value ?? '');
}

/**
 * One message for reading: where and when it came from, then every field as "Label: value" on a terminal
 * (a value of several lines indented under its label); on a pipe, `key<TAB>value` lines as every view
 * prints them.
 */
export function renderMessage(message: Message, mode: OutputMode): string {
  const about: Array<readonly [string, string | undefined]> = [
    ['id', message.id],
    ['site', message.site],
    ['date', message.createdAt],
    ['page', message.page],
    ['language', message.locale],
    ['reply to', message.replyTo],
    ['handled', message.handledAt ?? 'no'],
  ];
  const fields = message.fields.map((field) => [field.label, field.value] as const);
  if (!mode.tty) return renderDetail([...about, ...fields], mode);
  const body = message.fields
    .map(
      (field) => `${paint(mode, 'bold', `${field.label}:`)} ${field.value.replace(/\r\n|\r|\n/g, '\n  ')}\n`,
    )
    .join('');
  return `${renderDetail(about, mode)}\n${body}`;
}

/** The fixed columns of an export, before one column per field label. */
const CSV_COLUMNS = ['id', 'created_at', 'handled_at', 'site', 'page', 'locale', 'reply_to'] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break. A cell a spreadsheet would
 * run as a formula (=, +, -, @, or a tab or carriage return before one) gets a leading single quote, as
 * OWASP's CSV injection advice has it: what a visitor typed is shown, never evaluated.
 */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * Messages as CSV: the fixed columns, then one per field label any message has, in the order they are first
 * seen (forms change, so messages may differ). Records end in CRLF, as RFC 4180 has them.
 */
export function messagesCsv(messages: readonly Message[]): string {
  const labels: string[] = [];
  for (const message of messages) {
    for (const field of message.fields) if (!labels.includes(field.label)) labels.push(field.label);
  }
  const record = (cells: readonly string[]) => `${cells.map(csvCell).join(',')}\r\n`;
  const rows = messages.map((message) => {
    const byLabel = new Map<string, string>();
    for (const field of message.fields) {
      // Two fields under one label (a form that repeats one) keep both values, one a line.
      const earlier = byLabel.get(field.label);
      byLabel.set(field.label, earlier === undefined ? field.value : `${earlier}\n${field.value}`);
    }
    return record([
      message.id,
      message.createdAt,
      message.handledAt ?? '',
      message.site,
      message.page,
      message.locale,
      message.replyTo ?? '',
      ...labels.map((label) => byLabel.get(label) ?? ''),
    ]);
  });
  return record([...CSV_COLUMNS, ...labels]) + rows.join('');
}

interface Fetched {
  items: Message[];
  unhandled: number;
  /** Messages were left out to stay within the limit. */
  more: boolean;
}

/** The site's messages, newest first, following `continue` until `limit` of them (or all, when undefined). */
async function fetchMessages(
  client: PagemagicClient,
  siteId: string,
  state: State,
  limit: number | undefined,
): Promise<Fetched> {
  const items: Message[] = [];
  let unhandled = 0;
  let next: string | undefined;
  do {
    const wanted = limit === undefined ? PAGE_SIZE : Math.min(PAGE_SIZE, limit - items.length);
    const page = await client.call(listMessages, {
      params: { siteId },
      query: { state, limit: wanted, ...(next ? { continue: next } : {}) },
    });
    items.push(...page.items);
    unhandled = page.unhandled;
    next = page.continue;
  } while (next && (limit === undefined || items.length < limit));
  return { items, unhandled, more: next !== undefined };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkMessageId(siteId: string, messageId: string): void {
  if (!UUID.test(messageId)) {
    throw usageError(
      `"${messageId}" is not a message id (ids look like 3f2b8c1e-5d4a-4e6f-9a7b-0c1d2e3f4a5b): see the ids with pagemagic inbox list ${siteId}`,
    );
  }
}

/**
 * A call about one message, with a 404 turned into advice. The API answers 404 alike for a site that is not
 * there and for a message the site does not have, so the site's own list tells the two apart: a missing site
 * fails there, with the CLI's advice for unknown sites.
 */
async function aboutMessage<T>(
  client: PagemagicClient,
  siteId: string,
  messageId: string,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof ApiClientError) || error.status !== 404) throw error;
    await client.call(listMessages, { params: { siteId }, query: { limit: 1 } });
    throw new CliError(
      `Site ${siteId} has no message ${messageId}: see its messages and their ids with pagemagic inbox list ${siteId}`,
    );
  }
}

export function inboxCommands(program: Command, run: Run): void {
  const inbox = program.command('inbox').description("Messages visitors sent through a site's contact forms");

  inbox
    .command('list')
    .alias('ls')
    .description("List a site's messages, newest first, and how many are not handled yet")
    .addArgument(siteArgument())
    .addOption(stateOption())
    .option('--limit <n>', `how many messages to list (default ${DEFAULT_LIMIT})`, limitOption)
    .option('--all', 'list every message')
    .option(JSON_FLAG, JSON_HELP)
    .action(
      run(
        async (
          context,
          siteId: string,
          options: { state: State; limit?: number; all?: boolean; json?: string | boolean },
        ) => {
          const fields = parseJsonFields(options.json, MESSAGE_FIELDS);
          if (options.all && options.limit !== undefined) {
            throw usageError('--all lists every message and --limit only some: pass one of them');
          }
          const client = await context.signedIn();
          const { items, unhandled, more } = await fetchMessages(
            client,
            siteId,
            options.state,
            options.all ? undefined : (options.limit ?? DEFAULT_LIMIT),
          );
          if (options.json) {
            context.io.stdout(renderJson(items, fields));
            return;
          }
          const mode = context.mode;
          const now = Date.now();
          context.io.stdout(
            renderTable(
              items,
              [
                { header: 'ID', value: (m) => m.id },
                { header: 'RECEIVED', value: (m) => ago(m.createdAt, now, mode) },
                { header: 'FROM', value: senderOf, shrink: true },
                { header: 'MESSAGE', value: summaryOf, shrink: true },
                {
                  header: 'HANDLED',
                  value: (m) => (m.handledAt ? 'yes' : 'no'),
                  paint: (cell, raw) => paint(mode, raw === 'yes' ? 'green' : 'yellow', cell),
                },
              ],
              mode,
            ),
          );
          if (items.length === 0 && options.state === 'all') {
            context.io.stderr(
              `No messages on ${siteId} yet: they arrive here when visitors send its contact form.\n`,
            );
            return;
          }
          context.io.stderr(
            `${plural(unhandled, 'unhandled message')} on ${siteId}${more ? `; showing the newest ${items.length}: pass --all to list every one` : ''}.\n`,
          );
        },
      ),
    );

  inbox
    .command('view')
    .description(
      'Show one message: every field, with when, from which page and language, and whom to reply to',
    )
    .addArgument(siteArgument())
    .addArgument(messageArgument())
    .option(JSON_FLAG, JSON_HELP)
    .action(
      run(async (context, siteId: string, messageId: string, options: { json?: string | boolean }) => {
        const fields = parseJsonFields(options.json, MESSAGE_FIELDS);
        checkMessageId(siteId, messageId);
        const client = await context.signedIn();
        const message = await aboutMessage(client, siteId, messageId, () =>
          client.call(getMessage, { params: { siteId, messageId } }),
        );
        if (options.json) {
          context.io.stdout(renderJson(message, fields));
          return;
        }
        context.io.stdout(renderMessage(message, context.mode));
      }),
    );

  inbox
    .command('handled')
    .description('Mark a message handled (answered, dealt with), or with --undo not handled again')
    .addArgument(siteArgument())
    .addArgument(messageArgument())
    .option('--undo', 'mark it not handled')
    .action(
      run(async (context, siteId: string, messageId: string, options: { undo?: boolean }) => {
        checkMessageId(siteId, messageId);
        const client = await context.signedIn();
        const message = await aboutMessage(client, siteId, messageId, () =>
          client.call(updateMessage, { params: { siteId, messageId }, body: { handled: !options.undo } }),
        );
        context.io.stdout(
          `Message ${message.id} is marked ${message.handledAt ? 'handled' : 'not handled'}.\n`,
        );
      }),
    );

  inbox
    .command('delete')
    .alias('rm')
    .description('Delete a message for good')
    .addArgument(siteArgument())
    .addArgument(messageArgument())
    .option('--yes', 'do not ask for confirmation')
    .action(
      run(async (context, siteId: string, messageId: string, options: { yes?: boolean }) => {
        checkMessageId(siteId, messageId);
        await confirmDestructive(context, `delete message ${messageId} of site ${siteId}`, options.yes);
        const client = await context.signedIn();
        await aboutMessage(client, siteId, messageId, () =>
          client.call(deleteMessage, { params: { siteId, messageId } }),
        );
        context.io.stdout(`Deleted message ${messageId} of ${siteId}.\n`);
      }),
    );

  inbox
    .command('notify')
    .description(
      "How you hear of the current workspace's messages: each (an email per message), daily (a digest) or off; without an argument, show your choice",
    )
    .addArgument(new Argument('[choice]', 'each, daily or off').choices(NOTIFY))
    .action(
      run(async (context, choice: (typeof NOTIFY)[number] | undefined) => {
        const client = await context.signedIn();
        const workspaceId = await currentWorkspaceId(context, client);
        const { forms } = await onWorkspace(workspaceId, () =>
          choice
            ? client.call(setNotifications, { params: { workspaceId }, body: { forms: choice } })
            : client.call(getNotifications, { params: { workspaceId } }),
        );
        context.io.stdout(
          `${choice ? 'From now on you get' : 'You get'} ${NOTIFY_WORDS[forms]} for messages to the sites of ${workspaceId}.\n`,
        );
      }),
    );

  inbox
    .command('export')
    .description("Write all of a site's messages as CSV, one column per form field, for a spreadsheet")
    .addArgument(siteArgument())
    .addOption(stateOption())
    .addOption(
      completes(
        new Option('--output <file>', 'write the CSV to this file (default: standard output)'),
        'file',
      ),
    )
    .action(
      run(async (context, siteId: string, options: { state: State; output?: string }) => {
        const client = await context.signedIn();
        const { items } = await fetchMessages(client, siteId, options.state, undefined);
        const csv = messagesCsv(items);
        if (!options.output) {
          context.io.stdout(csv);
          return;
        }
        try {
          // What visitors wrote is personal data: a new file is readable by its owner alone.
          await writeFile(options.output, csv, { mode: 0o600 });
        } catch (error) {
          throw usageError(
            `Could not write ${options.output} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): check the folder exists and you may write there, or leave out --output to print the CSV`,
          );
        }
        context.io.stderr(`Wrote ${plural(items.length, 'message')} of ${siteId} to ${options.output}.\n`);
      }),
    );
}
