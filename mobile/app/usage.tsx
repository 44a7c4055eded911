// What the workspace has used this month, metric by metric (GET /workspaces/:id/usage): the totals the
// bill is made from, and the sites that used the most.

import { getProfile } from '@pagemagic/api/contract/profile';
import { getUsage, type MetricUsage } from '@pagemagic/api/contract/usage';
import { useApp } from '../src/app-context.tsx';
import { Body, Card, Heading, Loading, Problem, Screen } from '../src/ui/parts.tsx';
import { useApi } from '../src/use-api.ts';

const METRIC_NAMES: Record<MetricUsage['metric'], string> = {
  requests: 'Visits (requests)',
  bandwidthBytes: 'Data served',
  buildSeconds: 'Build time',
  aiPromptTokens: 'AI tokens read',
  aiCompletionTokens: 'AI tokens written',
  generations: 'Sites and sections written',
};

/** A metric's total in the words and units people read: "1.2 MB", "3 min 20 s", "1,204". */
export function formatUsage(value: number, unit: MetricUsage['unit']): string {
  if (unit === 'bytes') {
    const units = ['B', 'kB', 'MB', 'GB', 'TB'];
    let size = value;
    let index = 0;
    while (size >= 1000 && index < units.length - 1) {
      size /= 1000;
      index += 1;
    }
    return `${size.toLocaleString('en', { maximumFractionDigits: index === 0 ? 0 : 1 })} ${units[index]}`;
  }
  if (unit === 'seconds') {
    const minutes = Math.floor(value / 60);
    const seconds = Math.round(value % 60);
    return minutes === 0 ? `${seconds} s` : `${minutes.toLocaleString('en')} min ${seconds} s`;
  }
  return Math.round(value).toLocaleString('en');
}

export default function UsageScreen() {
  const { client, signedIn } = useApp();
  const usage = useApi(async () => {
    const workspaceId = signedIn?.workspaceId ?? (await client.call(getProfile)).workspaces[0]?.id;
    if (!workspaceId) throw new Error('You are not in any workspace yet: create one in the web app first.');
    return client.call(getUsage, { params: { workspaceId }, query: { granularity: 'month' } });
  }, [client, signedIn?.workspaceId]);
  return (
    <Screen refreshing={usage.refreshing} onRefresh={usage.reload}>
      <Heading>Usage this month</Heading>
      {usage.loading ? <Loading what="usage" /> : null}
      {usage.error ? <Problem error={usage.error} onRetry={usage.reload} /> : null}
      {usage.data ? (
        <>
          <Body muted>
            {usage.data.rolledUpTo
              ? `Counted up to ${new Date(usage.data.rolledUpTo).toLocaleString()}.`
              : 'Nothing has been counted yet: usage appears after the first hour is metered.'}
          </Body>
          {usage.data.metrics.map((metric) => (
            <Card key={metric.metric} label={METRIC_NAMES[metric.metric]}>
              <Heading level={2}>{METRIC_NAMES[metric.metric]}</Heading>
              <Body>{formatUsage(metric.total, metric.unit)}</Body>
              {metric.sites.slice(0, 3).map((site) => (
                <Body key={site.site} muted>
                  {site.site === '' ? 'Workspace' : site.site}: {formatUsage(site.total, metric.unit)}
                </Body>
              ))}
            </Card>
          ))}
        </>
      ) : null}
    </Screen>
  );
}
