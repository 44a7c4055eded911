// `pagemagic usage`: what the workspace's sites used (requests, bandwidth, build time, AI tokens,
// generations) as the meter rolled it up from Prometheus. On a terminal, one sparkline per metric with its
// total and, where the plan limits the metric, how much of this month's allowance is used; for a script
// (a pipe, or --json), the API's answer as it is.

import type { ResultOf } from '@pagemagic/api/client';
import {
  allowanceFor,
  formatAmount,
  formatCell,
  formatCount,
  type MonthlyAllowance,
  siteRows,
} from '@pagemagic/api/client/amounts';

export { allowanceFor };

import { type Billing, getBilling } from '@pagemagic/api/contract/billing';
import { getUsage } from '@pagemagic/api/contract/usage';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { completes } from '../completion.ts';
import { fromApiError } from '../errors.ts';
import { type OutputMode, paint, parseJsonFields, renderJson, renderTable } from '../output.ts';
import { currentWorkspaceId, onWorkspace } from './current-workspace.ts';
import { fieldsOf, JSON_FLAG, JSON_HELP, type Run } from './shared.ts';

export type Usage = ResultOf<typeof getUsage>;
export type MetricUsage = Usage['metrics'][number];
export type Metric = MetricUsage['metric'];
export type Unit = MetricUsage['unit'];
type Granularity = Usage['granularity'];

const GRANULARITIES = ['hour', 'day', 'month'] as const satisfies readonly Granularity[];

export const METRIC_LABELS: Record<Metric, string> = {
  requests: 'requests',
  bandwidthBytes: 'bandwidth',
  buildSeconds: 'build time',
  aiPromptTokens: 'AI prompt tokens',
  aiCompletionTokens: 'AI completion tokens',
  generations: 'generations',
};

const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/**
 * The values as one row of block characters at most `width` wide: adjacent buckets are summed into one mark
 * when there are more than fit (`perMark` of them each). Nothing used is the lowest block, and anything used
 * at all is at least the second, so a little never looks like nothing.
 */
export function sparkline(values: readonly number[], width: number): { line: string; perMark: number } {
  const perMark = Math.max(1, Math.ceil(values.length / Math.max(1, width)));
  const marks: number[] = [];
  for (let i = 0; i < values.length; i += perMark) {
    marks.push(values.slice(i, i + perMark).reduce((sum, value) => sum + value, 0));
  }
  const highest = Math.max(0, ...marks);
  const line = marks
    .map((value) => {
      if (value <= 0 || highest <= 0) return BLOCKS[0];
      const level = 1 + Math.min(BLOCKS.length - 2, Math.floor((value / highest) * (BLOCKS.length - 1)));
      return BLOCKS[level];
    })
    .join('');
  return { line, perMark };
}

/** "1.2 GB of 10 GB this month (12%)", coloured as it nears the limit. */
export function allowancePhrase(allowance: MonthlyAllowance, unit: Unit, mode: OutputMode): string {
  const share = allowance.allowed > 0 ? allowance.used / allowance.allowed : allowance.used > 0 ? 1 : 0;
  const used =
    unit === 'bytes' || unit === 'seconds' ? formatAmount(allowance.used, unit) : formatCount(allowance.used);
  const phrase = `${used} of ${formatAmount(allowance.allowed, unit)} this month (${Math.round(share * 100)}%)`;
  if (share >= 1) return paint(mode, 'red', phrase);
  if (share >= 0.8) return paint(mode, 'yellow', phrase);
  return phrase;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const hourFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A UTC time, with the hour only where it says something (hour buckets, or not midnight). */
export function formatWhen(iso: string, granularity: Granularity): string {
  const date = new Date(iso);
  const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
  return granularity === 'hour' || !midnight ? hourFormat.format(date) : dayFormat.format(date);
}

const SITE_COLUMNS: ReadonlyArray<{ header: string; metrics: readonly Metric[] }> = [
  { header: 'REQUESTS', metrics: ['requests'] },
  { header: 'BANDWIDTH', metrics: ['bandwidthBytes'] },
  { header: 'BUILD TIME', metrics: ['buildSeconds'] },
  { header: 'AI TOKENS', metrics: ['aiPromptTokens', 'aiCompletionTokens'] },
  { header: 'GENERATIONS', metrics: ['generations'] },
];

/** Usage that belongs to no one site (`''`) is the workspace's own. */
const siteName = (site: string) => (site === '' ? '(workspace)' : site);

/**
 * The terminal view: a heading that says what is shown, a row per metric (label, sparkline, total, and the
 * month's allowance where the plan has one), then the per-site totals when no one site was asked for.
 */
export function renderUsage(
  usage: Usage,
  billing: Billing | undefined,
  mode: OutputMode,
  site?: string,
): string {
  const labelWidth = Math.max(...usage.metrics.map((metric) => METRIC_LABELS[metric.metric].length));
  const totals = usage.metrics.map((metric) => formatAmount(metric.total, metric.unit));
  const totalWidth = Math.max(0, ...totals.map((total) => total.length));
  const buckets = usage.metrics[0]?.points.length ?? 0;
  // Room for the label, the total and an allowance phrase; never fewer than 12 marks.
  const room = Math.max(12, (mode.width || 100) - labelWidth - totalWidth - 40);
  const chartWidth = Math.min(buckets, room);
  const perMark = sparkline(new Array<number>(buckets).fill(0), chartWidth).perMark;
  const scope = site === undefined ? 'all sites' : `site ${site}`;
  const lines = [
    paint(
      mode,
      'bold',
      `Usage of ${scope}, ${formatWhen(usage.from, usage.granularity)} to ${formatWhen(usage.to, usage.granularity)} UTC`,
    ),
    paint(
      mode,
      'dim',
      `${perMark === 1 ? `One mark per ${usage.granularity}` : `Each mark is ${perMark} ${usage.granularity}s`}; ${
        usage.rolledUpTo
          ? `metered up to ${formatWhen(usage.rolledUpTo, 'hour')} UTC`
          : 'nothing metered yet (the meter rolls usage up every hour)'
      }`,
    ),
    '',
  ];
  usage.metrics.forEach((metric, index) => {
    const { line } = sparkline(
      metric.points.map((point) => point.value),
      chartWidth,
    );
    const allowance = billing ? allowanceFor(metric.metric, billing) : undefined;
    // The allowance is the whole workspace's, whichever site is shown.
    const whose = site === undefined ? '' : 'workspace: ';
    const limit = allowance ? `  ${whose}${allowancePhrase(allowance, metric.unit, mode)}` : '';
    lines.push(
      `${METRIC_LABELS[metric.metric].padEnd(labelWidth)}  ${paint(mode, 'cyan', line)}  ${(totals[index] ?? '').padEnd(totalWidth)}${limit}`.trimEnd(),
    );
  });
  let text = `${lines.join('\n')}\n`;
  const rows = siteRows(usage);
  if (site === undefined && rows.length > 0) {
    const unitOf = new Map(usage.metrics.map((metric) => [metric.metric, metric.unit] as const));
    text += `\n${renderTable(
      rows,
      [
        { header: 'SITE', value: (row) => siteName(row.site), shrink: true },
        ...SITE_COLUMNS.filter((column) => column.metrics.some((metric) => unitOf.has(metric))).map(
          (column) => ({
            header: column.header,
            value: (row: (typeof rows)[number]) =>
              formatCell(
                column.metrics.reduce((sum, metric) => sum + (row.totals[metric] ?? 0), 0),
                unitOf.get(column.metrics[0] as Metric) ?? 'requests',
              ),
          }),
        ),
      ],
      mode,
    )}`;
  }
  return text;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/i;

/**
 * A --from or --to value as the API's date-time: a day (UTC midnight; for --to, the end of that day, so
 * `--to 2026-01-31` includes the 31st) or a time, read as UTC when it names no offset.
 */
export function parseWhen(value: string, end: boolean): string {
  const text = value.trim();
  let date: Date | undefined;
  if (DATE_ONLY.test(text)) {
    date = new Date(`${text}T00:00:00Z`);
    if (end && !Number.isNaN(date.getTime())) date = new Date(date.getTime() + 86_400_000);
  } else if (DATE_TIME.test(text)) {
    date = new Date(/(Z|[+-]\d{2}:\d{2})$/i.test(text) ? text : `${text}Z`);
  }
  if (!date || Number.isNaN(date.getTime()) || !sameDay(text, date, end)) {
    throw new InvalidArgumentError(
      `give a day such as 2026-01-31, or a time such as 2026-01-31T12:00Z (UTC unless it says otherwise), not "${value}"`,
    );
  }
  return date.toISOString();
}

/** JavaScript rolls 2026-02-30 over into March; a day that does not exist is a mistake, not a date. */
function sameDay(text: string, date: Date, end: boolean): boolean {
  if (!DATE_ONLY.test(text)) return true;
  const day = end ? new Date(date.getTime() - 86_400_000) : date;
  return day.toISOString().slice(0, 10) === text;
}

const USAGE_FIELDS = fieldsOf(getUsage.response[200]);

export function usageCommand(program: Command, run: Run): void {
  program
    .command('usage')
    .description(
      "What the workspace's sites used: requests, bandwidth, build time, AI tokens and generations, with the plan's monthly limits",
    )
    .addOption(
      completes(
        new Option('--site <name>', 'only this site (default: every site, with a table of each)'),
        'sites',
      ),
    )
    .addOption(
      new Option(
        '--from <date>',
        'from this day or time, UTC (default: the start of this month), e.g. 2026-01-01',
      ).argParser((value: string) => parseWhen(value, false)),
    )
    .addOption(
      new Option('--to <date>', 'up to the end of this day, or this time, UTC (default: now)').argParser(
        (value: string) => parseWhen(value, true),
      ),
    )
    .addOption(
      new Option('--granularity <size>', 'one bucket per hour, day or month')
        .choices(GRANULARITIES)
        .default('day'),
    )
    .option(JSON_FLAG, `${JSON_HELP}; without a terminal the JSON is printed anyway`)
    .action(
      run(
        async (
          context,
          options: {
            site?: string;
            from?: string;
            to?: string;
            granularity: Granularity;
            json?: string | boolean;
          },
        ) => {
          const fields = parseJsonFields(options.json, USAGE_FIELDS);
          const client = await context.signedIn();
          const workspaceId = await currentWorkspaceId(context, client);
          const query = {
            granularity: options.granularity,
            ...(options.site ? { site: options.site } : {}),
            ...(options.from ? { from: options.from } : {}),
            ...(options.to ? { to: options.to } : {}),
          };
          const asJson = options.json !== undefined || !context.mode.tty;
          const [usage, billing] = await Promise.all([
            onWorkspace(workspaceId, () => client.call(getUsage, { params: { workspaceId }, query })),
            // The limits are extra: the usage is worth showing without them.
            asJson
              ? undefined
              : client
                  .call(getBilling, { params: { workspaceId } })
                  .catch((error: unknown) => fromApiError(error, context.apiUrl)),
          ]);
          if (asJson) {
            context.io.stdout(renderJson(usage, fields));
            return;
          }
          const limits = billing instanceof Error ? undefined : billing;
          context.io.stdout(renderUsage(usage, limits, context.mode, options.site));
          if (billing instanceof Error) {
            context.io.stderr(`The plan's limits are not shown: ${billing.message}\n`);
          }
        },
      ),
    );
}
