// Every Build of a site, newest first: which one is live, publish any that succeeded, or roll back to
// the one before the live one. The list follows the site's event stream, so a publish or rollback shows
// as live once it is, without a pull to refresh.

import { listSiteBuilds } from '@pagemagic/api/contract/builds';
import { publishSite, rollbackSite } from '@pagemagic/api/contract/sites';
import { useLocalSearchParams } from 'expo-router';
import { useEffect } from 'react';
import { useApp } from '../../../src/app-context.tsx';
import { useSiteProgress } from '../../../src/progress.ts';
import { Body, Button, Card, Heading, Loading, Notice, Problem, Screen } from '../../../src/ui/parts.tsx';
import { useAction, useApi } from '../../../src/use-api.ts';

const CHANGE_WORDS: Record<string, string> = {
  create: 'Written from the description',
  edit: 'Edited',
  section: 'One section rewritten',
  regenerate: 'Written again',
};

export default function HistoryScreen() {
  const { siteId } = useLocalSearchParams<{ siteId: string }>();
  const { client, streamingClient } = useApp();
  const builds = useApi(() => client.call(listSiteBuilds, { params: { siteId } }), [client, siteId]);
  const progress = useSiteProgress(streamingClient, siteId);
  const live = progress.site?.status.liveBuild;
  const latest = progress.latestBuild?.phase;
  const { reload } = builds;
  useEffect(() => {
    if (live !== undefined || latest !== undefined) reload();
  }, [live, latest, reload]);
  const { busy, problem, done, act } = useAction(builds.reload);

  const items = builds.data?.items ?? [];
  return (
    <Screen refreshing={builds.refreshing} onRefresh={builds.reload}>
      <Heading>History of {siteId}</Heading>
      <Button
        label="Roll back to the previous build"
        kind="secondary"
        busy={busy === 'rollback'}
        disabled={busy !== undefined}
        hint="Makes the build before the live one live again"
        onPress={() =>
          act('rollback', async () => {
            const site = await client.call(rollbackSite, { params: { siteId } });
            return `Rolled back: ${site.pinnedBuild ?? 'the previous build'} is going live.`;
          })
        }
      />
      {done ? <Notice>{done}</Notice> : null}
      {problem ? <Problem error={problem} /> : null}
      {builds.loading ? <Loading what="the builds" /> : null}
      {builds.error ? <Problem error={builds.error} onRetry={builds.reload} /> : null}
      {!builds.loading && !builds.error && items.length === 0 ? <Body>No builds yet.</Body> : null}
      {items.map((build) => (
        <Card key={build.id} label={`Build ${build.id}`}>
          <Heading level={2}>{build.live ? `${build.id} (live)` : build.id}</Heading>
          <Body>
            {build.phase}
            {build.contentChange ? ` · ${CHANGE_WORDS[build.contentChange] ?? build.contentChange}` : ''}
          </Body>
          <Body muted>{new Date(build.createdAt).toLocaleString()}</Body>
          {build.message ? <Body>{build.message}</Body> : null}
          {build.phase === 'Succeeded' && !build.live ? (
            <Button
              label={`Publish build ${build.id}`}
              busy={busy === build.id}
              disabled={busy !== undefined}
              onPress={() =>
                act(build.id, async () => {
                  const site = await client.call(publishSite, {
                    params: { siteId },
                    body: { build: build.id },
                  });
                  const missing = site.placeholders.map((p) => p.label);
                  return missing.length === 0
                    ? `Published: ${build.id} is going live.`
                    : `Published: ${build.id} is going live. Not on the pages until you give them: ${missing.join(', ')}.`;
                })
              }
            />
          ) : null}
        </Card>
      ))}
    </Screen>
  );
}
