// What `pagemagic usage` and `pagemagic billing view` print on a terminal, as pure functions of the API's
// answers: amounts in their units, the sparkline, the plan's monthly allowance beside the metrics it limits,
// the per-site table, and the billing view's limits, subscription and next steps.

import { formatAmount, formatBytes, formatDuration } from '@pagemagic/api/client/amounts';
import type { Billing } from '@pagemagic/api/contract/billing';
import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { limitRows, renderBilling, subscriptionLine } from '../src/commands/billing.ts';
import { allowanceFor, parseWhen, renderUsage, sparkline, type Usage } from '../src/commands/usage.ts';
import type { OutputMode } from '../src/output.ts';

const GIB = 1024 ** 3;
const terminal: OutputMode = { tty: true, color: false, width: 100 };
const coloured: OutputMode = { tty: true, color: true, width: 100 };

const days = (values: number[]) =>
  values.map((value, day) => ({
    start: new Date(Date.UTC(2026, 0, 1 + day)).toISOString(),
    value,
  }));

function usageOf(series: Partial<Record<Usage['metrics'][number]['metric'], number[]>>): Usage {
  const units = {
    requests: 'requests',
    bandwidthBytes: 'bytes',
    buildSeconds: 'seconds',
    aiPromptTokens: 'tokens',
    aiCompletionTokens: 'tokens',
    generations: 'generations',
  } as const;
  return {
    workspace: 'acme1234',
    from: '2026-01-01T00:00:00.000Z',
    to: '2026-01-05T00:00:00.000Z',
    granularity: 'day',
    rolledUpTo: '2026-01-04T13:00:00.000Z',
    metrics: (Object.keys(units) as Array<keyof typeof units>).map((metric) => {
      const values = series[metric] ?? [0, 0, 0, 0];
      return {
        metric,
        unit: units[metric],
        total: values.reduce((sum, value) => sum + value, 0),
        points: days(values),
        sites: [],
      };
    }),
  };
}

function metricOf(usage: Usage, name: Usage['metrics'][number]['metric']): Usage['metrics'][number] {
  const metric = usage.metrics.find((candidate) => candidate.metric === name);
  if (!metric) throw new Error(`no ${name} in the usage`);
  return metric;
}

const FREE = {
  id: 'free',
  title: 'Free',
  priceUsdPerMonth: 0,
  limits: {
    websites: 3,
    domains: 1,
    members: 2,
    generationsPerMonth: 30,
    bandwidthBytesPerMonth: 10 * GIB,
    buildMinutesPerMonth: 60,
    formMessagesPerMonth: 100,
  },
} as const;
const PRO = {
  id: 'pro',
  title: 'Pro',
  priceUsdPerMonth: 19,
  limits: {
    websites: 50,
    domains: 25,
    members: 10,
    generationsPerMonth: 500,
    bandwidthBytesPerMonth: 200 * GIB,
    buildMinutesPerMonth: 1000,
    formMessagesPerMonth: 2000,
  },
} as const;

function billingOf(overrides: Partial<Billing> = {}): Billing {
  return {
    plan: FREE,
    plans: [FREE, PRO],
    usage: {
      websites: 3,
      domains: 0,
      members: 1,
      generations: 24,
      bandwidthBytes: 1.25 * GIB,
      buildMinutes: 12.5,
      formMessages: 85,
    },
    period: { start: '2026-01-01T00:00:00.000Z', end: '2026-02-01T00:00:00.000Z' },
    notices: [],
    canManage: true,
    ...overrides,
  };
}

describe('amounts', () => {
  it('writes bytes in binary units, as the plans are set', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1,023 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(10 * GIB)).toBe('10 GiB');
    expect(formatBytes(1.25 * GIB)).toBe('1.3 GiB');
    expect(formatBytes(1024 * GIB)).toBe('1 TiB');
  });

  it('writes build time in minutes, and under a minute in seconds', () => {
    expect(formatDuration(0)).toBe('0 minutes');
    expect(formatDuration(45)).toBe('45 seconds');
    expect(formatDuration(60)).toBe('1 minute');
    expect(formatDuration(750)).toBe('12.5 minutes');
    expect(formatDuration(3600 * 60)).toBe('3,600 minutes');
  });

  it('names counts, exact below a million and compact above', () => {
    expect(formatAmount(1, 'requests')).toBe('1 request');
    expect(formatAmount(12_345, 'requests')).toBe('12,345 requests');
    expect(formatAmount(2_345_678, 'tokens')).toBe('2.3M tokens');
    expect(formatAmount(0, 'generations')).toBe('0 generations');
  });
});

describe('the sparkline', () => {
  it('draws nothing used as the lowest block, the most as the highest, and a little as more than nothing', () => {
    expect(sparkline([0, 1, 50, 100], 10)).toEqual({ line: '▁▂▅█', perMark: 1 });
    expect(sparkline([0, 0, 0], 10).line).toBe('▁▁▁');
    expect(sparkline([], 10).line).toBe('');
  });

  it('sums adjacent buckets into one mark when there are more than fit', () => {
    const hours = Array.from({ length: 48 }, (_, hour) => (hour < 24 ? 1 : 3));
    expect(sparkline(hours, 2)).toEqual({ line: '▄█', perMark: 24 });
    expect(sparkline(hours, 12).line).toHaveLength(12);
  });
});

describe('--from and --to', () => {
  it('reads days as UTC midnight, and a --to day as the end of that day', () => {
    expect(parseWhen('2026-01-31', false)).toBe('2026-01-31T00:00:00.000Z');
    expect(parseWhen('2026-01-31', true)).toBe('2026-02-01T00:00:00.000Z');
    expect(parseWhen('2026-01-31T12:30', false)).toBe('2026-01-31T12:30:00.000Z');
    expect(parseWhen('2026-01-31T12:30:00+02:00', true)).toBe('2026-01-31T10:30:00.000Z');
  });

  it('refuses what is not a day or a time, and days that do not exist', () => {
    for (const wrong of ['yesterday', '2026-02-30', '31/01/2026', '2026-13-01', '']) {
      expect(() => parseWhen(wrong, false), wrong).toThrow(InvalidArgumentError);
    }
    expect(() => parseWhen('2026-02-30', false)).toThrow(/give a day such as 2026-01-31/);
  });
});

describe('pagemagic usage on a terminal', () => {
  it('draws a row per metric with its total, and the month allowance where the plan limits it', () => {
    const usage = usageOf({
      requests: [0, 10, 40, 20],
      bandwidthBytes: [0, GIB / 4, GIB, GIB / 2],
      buildSeconds: [120, 0, 630, 0],
      generations: [2, 0, 1, 1],
    });
    metricOf(usage, 'requests').sites = [
      { site: 'bakery', total: 60 },
      { site: 'cafe', total: 10 },
    ];
    metricOf(usage, 'bandwidthBytes').sites = [
      { site: 'cafe', total: 1.5 * GIB },
      { site: 'bakery', total: 0.25 * GIB },
    ];
    metricOf(usage, 'generations').sites = [{ site: '', total: 4 }];
    const lines = renderUsage(usage, billingOf(), terminal).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Usage of all sites, 1 Jan 2026 to 5 Jan 2026 UTC',
      'One mark per day; metered up to 4 Jan 2026, 13:00 UTC',
      '',
    ]);
    expect(lines.slice(3, 9)).toEqual([
      'requests              ▁▃█▅  70 requests',
      'bandwidth             ▁▃█▅  1.8 GiB        1.3 GiB of 10 GiB this month (13%)',
      'build time            ▃▁█▁  12.5 minutes   12.5 minutes of 60 minutes this month (21%)',
      'AI prompt tokens      ▁▁▁▁  0 tokens',
      'AI completion tokens  ▁▁▁▁  0 tokens',
      'generations           █▁▅▅  4 generations  24 of 30 generations this month (80%)',
    ]);
    expect(lines.slice(10)).toEqual([
      'SITE         REQUESTS  BANDWIDTH  BUILD TIME  AI TOKENS  GENERATIONS',
      'cafe         10        1.5 GiB    0 minutes   0          0',
      'bakery       60        256 MiB    0 minutes   0          0',
      '(workspace)  0         0 B        0 minutes   0          4',
      '',
    ]);
  });

  it('colours an allowance amber from 80 % and red at the limit', () => {
    const near = renderUsage(usageOf({}), billingOf(), coloured);
    expect(near).toContain('\u001b[33m24 of 30 generations this month (80%)\u001b[0m');
    const over = billingOf({ usage: { ...billingOf().usage, bandwidthBytes: 11 * GIB } });
    expect(renderUsage(usageOf({}), over, coloured)).toContain(
      '\u001b[31m11 GiB of 10 GiB this month (110%)\u001b[0m',
    );
  });

  it('for one site: names it, lists no sites, and says whose the allowance is', () => {
    const usage = usageOf({ requests: [1, 2, 3, 4] });
    metricOf(usage, 'requests').sites = [{ site: 'bakery', total: 10 }];
    const text = renderUsage(usage, billingOf(), terminal, 'bakery');
    expect(text.split('\n')[0]).toBe('Usage of site bakery, 1 Jan 2026 to 5 Jan 2026 UTC');
    expect(text).not.toContain('SITE');
    // The plan's allowance is the workspace's, and says so.
    expect(text).toContain('workspace: 1.3 GiB of 10 GiB this month (13%)');
    expect(renderUsage(usage, undefined, terminal, 'bakery')).not.toContain('this month');
  });

  it('says when nothing has been metered yet, and how many buckets a mark holds on a narrow terminal', () => {
    const usage = usageOf({});
    delete usage.rolledUpTo;
    usage.granularity = 'hour';
    for (const metric of usage.metrics) {
      metric.points = Array.from({ length: 96 }, (_, hour) => ({
        start: new Date(Date.UTC(2026, 0, 1, hour)).toISOString(),
        value: hour,
      }));
    }
    const lines = renderUsage(usage, undefined, { ...terminal, width: 80 }).split('\n');
    expect(lines[1]).toBe('Each mark is 8 hours; nothing metered yet (the meter rolls usage up every hour)');
    expect(lines[3]).toMatch(/^requests {14}[▁▂▃▄▅▆▇█]{12} {2}0 requests$/);
  });
});

describe('allowances', () => {
  it('are monthly, for bandwidth, build time and generations only, in the metric’s own unit', () => {
    const billing = billingOf();
    expect(allowanceFor('bandwidthBytes', billing)).toEqual({ used: 1.25 * GIB, allowed: 10 * GIB });
    expect(allowanceFor('buildSeconds', billing)).toEqual({ used: 750, allowed: 3600 });
    expect(allowanceFor('generations', billing)).toEqual({ used: 24, allowed: 30 });
    expect(allowanceFor('requests', billing)).toBeUndefined();
    expect(allowanceFor('aiPromptTokens', billing)).toBeUndefined();
  });
});

describe('pagemagic billing view', () => {
  it('shows the plan, each limit beside its use, and how to upgrade', () => {
    const text = renderBilling(billingOf(), terminal);
    expect(text.split('\n')).toEqual([
      'plan          Free (free)',
      'subscription  none (the Free plan needs none)',
      'period        1 Jan 2026 to 1 Feb 2026 UTC',
      '',
      'LIMIT           USED          ALLOWED     SHARE  PER',
      'sites           3             3           100%   at once',
      'custom domains  0             1           0%     at once',
      'members         1             2           50%    at once',
      'generations     24            30          80%    month',
      'bandwidth       1.3 GiB       10 GiB      13%    month',
      'build time      12.5 minutes  60 minutes  21%    month',
      'form messages   85            100         85%    month',
      '',
      'Upgrade to Pro ($19 a month: 50 sites, 25 custom domains, 10 members, 500 generations, 200 GiB bandwidth, 1,000 minutes of builds, 2,000 contact form messages a month) with pagemagic billing upgrade pro',
      '',
    ]);
  });

  it('tells someone who is not the owner who can change the plan, and lists notices', () => {
    const text = renderBilling(
      billingOf({
        canManage: false,
        notices: [
          { code: 'bandwidth_80', severity: 'warning', message: 'Bandwidth is at 80 % of the plan.' },
        ],
      }),
      terminal,
    );
    expect(text).toContain('\nwarning: Bandwidth is at 80 % of the plan.\n');
    expect(text).toContain('Only the workspace owner can change the plan or manage payment.');
    expect(text).not.toContain('pagemagic billing upgrade');
  });

  it('on a pipe: key and value lines, then a line per limit and per notice', () => {
    const text = renderBilling(
      billingOf({
        notices: [{ code: 'payment_failed', severity: 'critical', message: 'A payment\nfailed.' }],
      }),
      { tty: false, color: false, width: 0 },
    );
    expect(text.split('\n')).toEqual([
      'plan\tFree (free)',
      'subscription\tnone (the Free plan needs none)',
      'period\t1 Jan 2026 to 1 Feb 2026 UTC',
      'sites\t3\t3\t100%\tat once',
      'custom domains\t0\t1\t0%\tat once',
      'members\t1\t2\t50%\tat once',
      'generations\t24\t30\t80%\tmonth',
      'bandwidth\t1.3 GiB\t10 GiB\t13%\tmonth',
      'build time\t12.5 minutes\t60 minutes\t21%\tmonth',
      'form messages\t85\t100\t85%\tmonth',
      'notice\tcritical\tA payment failed.',
      '',
    ]);
  });

  it('says when a subscription renews, ends, or must be paid', () => {
    const pro = (subscription: Billing['subscription']) =>
      subscriptionLine(billingOf({ plan: PRO, subscription }));
    expect(
      pro({ status: 'active', currentPeriodEnd: '2026-02-14T10:00:00Z', cancelAtPeriodEnd: false }),
    ).toBe('active, renews 14 Feb 2026');
    expect(pro({ status: 'active', currentPeriodEnd: '2026-02-14T00:00:00Z', cancelAtPeriodEnd: true })).toBe(
      'active, ends 14 Feb 2026 (cancelled; the workspace then moves to Free)',
    );
    expect(
      pro({
        status: 'past_due',
        currentPeriodEnd: '2026-02-14T00:00:00Z',
        cancelAtPeriodEnd: false,
        graceEndsAt: '2026-02-21T00:00:00Z',
      }),
    ).toBe('past due, renews 14 Feb 2026, pay by 21 Feb 2026, or the workspace moves to Free');
    expect(limitRows(billingOf()).map((row) => row.limit)).toEqual([
      'sites',
      'custom domains',
      'members',
      'generations',
      'bandwidth',
      'build time',
      'form messages',
    ]);
  });
});
