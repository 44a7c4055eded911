// Usage: what the workspace's sites used (requests, bandwidth, build time, AI tokens, generations) as the
// meter rolled it up from Prometheus, one chart per metric with the plan's monthly limit where it has one,
// and a table per site. Every chart is also written out: a caption that sums it up and a table of its
// numbers, so the page says everything without JavaScript or sight.

import { ApiClientError } from '@pagemagic/api/client';
import { listSites } from '@pagemagic/api/contract/sites';
import { getUsage } from '@pagemagic/api/contract/usage';
import type { Metadata } from 'next';
import Link from 'next/link';
import { NoWorkspace } from '@/components/account/no-workspace.tsx';
import { CARD, SECONDARY_BUTTON } from '@/components/account/styles.ts';
import { readBilling } from '@/components/billing/read-billing.ts';
import {
  allowanceFor,
  formatAmount,
  formatBucket,
  formatCell,
  GRANULARITIES,
  METRIC_EXPLANATIONS,
  METRIC_TITLES,
  type MetricUsage,
  percent,
  shareOf,
  siteRows,
  type Usage,
} from '@/components/usage/format.ts';
import { MetricChart } from '@/components/usage/metric-chart.tsx';
import { PERIODS, periodRange, readView, type UsageView, viewHref } from '@/components/usage/period.ts';
import { readOrSignIn, serverClient } from '@/lib/api.ts';
import { formatDateTime } from '@/lib/format.ts';
import { currentWorkspace } from '@/lib/workspace.ts';

export const metadata: Metadata = { title: 'Usage' };

const PAGE = '/account/usage';

const GRANULARITY_LABELS = { hour: 'Hour', day: 'Day', month: 'Month' } as const;

/** Usage that belongs to no one site ('') is the workspace's own. */
const siteLabel = (site: string) => (site === '' ? 'Workspace-wide' : site);

function summaryOf(
  metric: MetricUsage,
  usage: Usage,
  view: UsageView,
  allowance: string | undefined,
): string {
  const period = PERIODS.find((choice) => choice.id === view.period)?.label.toLowerCase() ?? '';
  const where = view.site ? ` on ${view.site}` : '';
  const busiest = metric.points.reduce<MetricUsage['points'][number] | undefined>(
    (top, point) => (point.value > (top?.value ?? 0) ? point : top),
    undefined,
  );
  const peak = busiest
    ? ` The busiest ${usage.granularity} was ${formatBucket(busiest.start, usage.granularity)}, with ${formatAmount(busiest.value, metric.unit)}.`
    : '';
  return `${formatAmount(metric.total, metric.unit)}${where} ${period}.${peak}${allowance ? ` ${allowance}` : ''}`;
}

export default async function UsagePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ workspace }, search] = await Promise.all([currentWorkspace(PAGE), searchParams]);
  if (!workspace) return <NoWorkspace heading="Usage" missing="is no usage" />;
  const view = readView(search);
  const returnTo = viewHref(view);
  const workspaceId = workspace.id;
  const client = await serverClient(workspaceId);
  const [usage, billing, siteNames] = await Promise.all([
    readOrSignIn(
      () =>
        client
          .call(getUsage, {
            params: { workspaceId },
            query: {
              ...periodRange(view.period, new Date()),
              granularity: view.granularity,
              ...(view.site ? { site: view.site } : {}),
            },
          })
          .catch((error: unknown) => {
            // A combination the API does not serve (hours over a year): it says why, the form stays.
            if (error instanceof ApiClientError && error.status === 400) return error;
            throw error;
          }),
      returnTo,
    ),
    readBilling(client, workspaceId),
    readOrSignIn(() => client.call(listSites, { query: { limit: 100 } }), returnTo).then(
      ({ items }) => items.map((site) => site.id),
      () => [] as string[],
    ),
  ]);

  // Sites that no longer exist still have usage in the period; the one asked for is always offered.
  const choices = new Set(siteNames);
  if (!(usage instanceof ApiClientError)) {
    for (const metric of usage.metrics) for (const { site } of metric.sites) if (site) choices.add(site);
  }
  if (view.site) choices.add(view.site);
  const sites = [...choices].sort();

  return (
    <section aria-labelledby="usage-heading" className="space-y-6">
      <div>
        <h2 id="usage-heading" className="text-xl font-semibold">
          Usage of {workspace.name}
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          What your sites used, metered from their traffic, builds and AI writing. Times are in UTC.{' '}
          {usage instanceof ApiClientError ? null : usage.rolledUpTo ? (
            <>
              Counted up to <time dateTime={usage.rolledUpTo}>{formatDateTime(usage.rolledUpTo)}</time>; each
              hour is added within the hour after it.
            </>
          ) : (
            'Nothing has been metered yet: usage appears here within an hour or so of happening.'
          )}{' '}
          <Link href="/account/billing" className="text-brand-700 underline">
            See your plan and its limits
          </Link>
        </p>
      </div>

      <form method="get" action={PAGE} className={`${CARD} flex flex-wrap items-end gap-x-6 gap-y-4`}>
        <div>
          <label htmlFor="usage-period" className="block text-sm font-medium text-slate-800">
            Period
          </label>
          <select
            id="usage-period"
            name="period"
            defaultValue={view.period}
            className="mt-1 rounded-md border border-slate-400 bg-white px-2 py-1.5 text-slate-900"
          >
            {PERIODS.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">One bar per</legend>
          <div className="mt-1 flex gap-4">
            {GRANULARITIES.map((granularity) => (
              <label key={granularity} className="inline-flex items-center gap-1.5 text-slate-900">
                <input
                  type="radio"
                  name="granularity"
                  value={granularity}
                  defaultChecked={granularity === view.granularity}
                  className="h-4 w-4"
                />
                {GRANULARITY_LABELS[granularity]}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="usage-site" className="block text-sm font-medium text-slate-800">
            Site
          </label>
          <select
            id="usage-site"
            name="site"
            defaultValue={view.site ?? ''}
            className="mt-1 max-w-xs rounded-md border border-slate-400 bg-white px-2 py-1.5 text-slate-900"
          >
            <option value="">All sites</option>
            {sites.map((site) => (
              <option key={site} value={site}>
                {site}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={SECONDARY_BUTTON}>
          Show usage
        </button>
      </form>

      {usage instanceof ApiClientError ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          <p>{usage.message}</p>
          <p className="mt-2">
            <Link href={PAGE} className="font-medium underline">
              Show this month by day
            </Link>
          </p>
        </div>
      ) : (
        <>
          <div className="grid gap-6 lg:grid-cols-2">
            {usage.metrics.map((metric) => {
              const id = `metric-${metric.metric}`;
              const allowance = billing ? allowanceFor(metric.metric, billing) : undefined;
              const allowanceText = allowance
                ? `This month the workspace has used ${formatAmount(allowance.used, metric.unit)} of the ${formatAmount(allowance.allowed, metric.unit)} its plan includes (${percent(shareOf(allowance.used, allowance.allowed))}).`
                : undefined;
              const summary = summaryOf(metric, usage, view, allowanceText);
              // The limit is the whole workspace's: drawn against one site's bars it would mislead.
              const drawnLimit = view.site ? undefined : allowance;
              return (
                <figure
                  key={metric.metric}
                  aria-labelledby={`${id}-title`}
                  className={CARD}
                  data-metric={metric.metric}
                >
                  <figcaption>
                    <h3 id={`${id}-title`} className="text-lg font-semibold">
                      {METRIC_TITLES[metric.metric]}
                    </h3>
                    <p className="text-sm text-slate-700">{METRIC_EXPLANATIONS[metric.metric]}</p>
                    <p className="mt-2 text-slate-900" data-summary>
                      {summary}
                    </p>
                    {drawnLimit && usage.granularity !== 'month' ? (
                      <p className="mt-1 text-sm text-slate-700">
                        Bars: each {usage.granularity}. Solid line: the month so far. Dashed line: the
                        plan&apos;s monthly limit.
                      </p>
                    ) : null}
                  </figcaption>
                  <div className="mt-3">
                    <MetricChart
                      title={METRIC_TITLES[metric.metric]}
                      unit={metric.unit}
                      granularity={usage.granularity}
                      points={metric.points}
                      allowance={drawnLimit}
                      summary={summary}
                    />
                  </div>
                  <details className="mt-3">
                    <summary className="cursor-pointer text-sm font-medium text-brand-700">
                      {METRIC_TITLES[metric.metric]} by {usage.granularity}, as numbers
                    </summary>
                    <div className="mt-2 max-h-72 overflow-y-auto">
                      <table className="w-full text-left text-sm">
                        <caption className="sr-only">
                          {METRIC_TITLES[metric.metric]} by {usage.granularity}
                        </caption>
                        <thead>
                          <tr>
                            <th scope="col" className="py-1 pr-4 font-medium text-slate-800">
                              {GRANULARITY_LABELS[usage.granularity]}
                            </th>
                            <th scope="col" className="py-1 text-right font-medium text-slate-800">
                              {METRIC_TITLES[metric.metric]}
                            </th>
                          </tr>
                        </thead>
                        <tbody className="divide-y divide-slate-100">
                          {metric.points.map((point) => (
                            <tr key={point.start}>
                              <td className="py-1 pr-4 text-slate-800">
                                <time dateTime={point.start}>
                                  {formatBucket(point.start, usage.granularity)}
                                </time>
                              </td>
                              <td className="py-1 text-right tabular-nums text-slate-900">
                                {formatAmount(point.value, metric.unit)}
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </details>
                </figure>
              );
            })}
          </div>

          {view.site ? null : <SiteTable usage={usage} view={view} />}
        </>
      )}
    </section>
  );
}

function SiteTable({ usage, view }: { usage: Usage; view: UsageView }) {
  const rows = siteRows(usage);
  const units = new Map(usage.metrics.map((metric) => [metric.metric, metric.unit] as const));
  return (
    <section aria-labelledby="usage-sites-heading">
      <h3 id="usage-sites-heading" className="text-lg font-semibold">
        By site
      </h3>
      {rows.length === 0 ? (
        <p className="mt-2 text-slate-800">No site used anything in this period.</p>
      ) : (
        <div className="mt-2 overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-2xl text-left text-sm">
            <caption className="sr-only">Usage by site in this period, the busiest first</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="p-3 font-medium text-slate-800">
                  Site
                </th>
                {usage.metrics.map((metric) => (
                  <th key={metric.metric} scope="col" className="p-3 text-right font-medium text-slate-800">
                    {METRIC_TITLES[metric.metric]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {rows.map((row) => (
                <tr key={row.site} data-site={row.site}>
                  <th scope="row" className="p-3 font-medium text-slate-900">
                    {row.site ? (
                      <Link href={viewHref({ ...view, site: row.site })} className="text-brand-700 underline">
                        {siteLabel(row.site)}
                      </Link>
                    ) : (
                      siteLabel(row.site)
                    )}
                  </th>
                  {usage.metrics.map((metric) => (
                    <td key={metric.metric} className="p-3 text-right tabular-nums text-slate-900">
                      {formatCell(row.totals[metric.metric] ?? 0, units.get(metric.metric) ?? metric.unit)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
