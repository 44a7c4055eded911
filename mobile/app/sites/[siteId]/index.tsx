// One site: where it is (written, built, deployed, live) as it happens, its address to open or share, a
// preview of its newest Build, and the way to its history, sections, domains and messages.

import { buildPreview } from '@pagemagic/api/contract/previews';
import { getSite } from '@pagemagic/api/contract/sites';
import { PHASE_STEP_LABELS, SITE_STEPS } from '@pagemagic/crds';
import { Stack, useLocalSearchParams, useRouter } from 'expo-router';
import { useState } from 'react';
import { Linking, Share, Text, View } from 'react-native';
import { useApp } from '../../../src/app-context.tsx';
import { useSiteProgress } from '../../../src/progress.ts';
import {
  Body,
  Button,
  Card,
  Heading,
  Loading,
  Notice,
  Problem,
  Row,
  Screen,
} from '../../../src/ui/parts.tsx';
// Without an extension, so Metro picks preview.web.tsx (a frame) for the web export.
import { BuildPreview } from '../../../src/ui/preview';
import { SiteStatus } from '../../../src/ui/site-status.tsx';
import { usePalette } from '../../../src/ui/theme.ts';
import { useApi } from '../../../src/use-api.ts';

export default function SiteScreen() {
  const { siteId } = useLocalSearchParams<{ siteId: string }>();
  const { client } = useApp();
  const loaded = useApi(() => client.call(getSite, { params: { siteId } }), [client, siteId]);
  return (
    <>
      <Stack.Screen options={{ title: siteId }} />
      {loaded.loading ? (
        <Screen>
          <Loading what="the site" />
        </Screen>
      ) : loaded.error || !loaded.data ? (
        <Screen>
          <Problem error={loaded.error} onRetry={loaded.reload} />
        </Screen>
      ) : (
        <SiteDetail
          siteId={siteId}
          initial={loaded.data}
          reload={loaded.reload}
          refreshing={loaded.refreshing}
        />
      )}
    </>
  );
}

function SiteDetail(props: {
  siteId: string;
  initial: Parameters<typeof useSiteProgress>[2];
  reload: () => Promise<void>;
  refreshing: boolean;
}) {
  const { client, streamingClient } = useApp();
  const router = useRouter();
  const palette = usePalette();
  const progress = useSiteProgress(streamingClient, props.siteId, props.initial);
  const [preview, setPreview] = useState<{ url: string; build: string } | undefined>();
  const [previewProblem, setPreviewProblem] = useState<unknown>();
  const site = progress.site ?? props.initial;
  if (!site) return null;
  if (progress.deleted) {
    return (
      <Screen>
        <Notice>This site was deleted.</Notice>
        <Button label="Back to your sites" onPress={() => router.replace('/')} />
      </Screen>
    );
  }
  const phase = site.status.phase;
  const url = site.status.url;
  const latest = progress.latestBuild?.id ?? site.status.latestBuild;
  const reached = SITE_STEPS.indexOf(phase === 'failed' ? 'writing' : phase);
  const failure = site.status.conditions.find((c) => c.status === 'False' && c.message !== '');

  const showPreview = async () => {
    if (!latest) return;
    setPreviewProblem(undefined);
    try {
      const answer = await client.call(buildPreview, { params: { buildId: latest } });
      setPreview({ url: answer.previewUrl, build: latest });
    } catch (error) {
      setPreviewProblem(error);
    }
  };

  return (
    <Screen refreshing={props.refreshing} onRefresh={props.reload}>
      <Heading>{site.name}</Heading>
      <SiteStatus phase={phase} />
      <Card label="Progress">
        {SITE_STEPS.map((step, index) => {
          const done = (phase !== 'failed' && index < reached) || (step === 'ready' && phase === 'ready');
          const current = !done && index === reached && phase !== 'failed';
          const color = done || current ? palette.text : palette.muted;
          return (
            <View key={step} style={{ flexDirection: 'row', gap: 8 }}>
              <Text aria-hidden style={{ color, fontSize: 16 }}>
                {done ? '✓' : current ? '…' : '○'}
              </Text>
              <Text style={{ color, fontSize: 16, flexShrink: 1 }}>
                {PHASE_STEP_LABELS[step]}: {done ? 'done' : current ? 'in progress' : 'not yet'}
              </Text>
            </View>
          );
        })}
        {!progress.connected && phase !== 'ready' && phase !== 'failed' ? (
          <Body muted>Reconnecting to live progress…</Body>
        ) : null}
      </Card>
      {phase === 'failed' && failure ? (
        <Problem error={new Error(`${failure.reason}: ${failure.message}`)} />
      ) : null}
      {site.status.notPickedUp ? <Notice>{site.status.notPickedUp.message}</Notice> : null}
      {progress.streamError ? <Problem error={progress.streamError} /> : null}
      <View>
        <Body muted>Address</Body>
        <Body selectable>{url ?? 'Not live yet: the address appears once the site is deployed.'}</Body>
      </View>
      <Row>
        <Button
          label="Open the site"
          role="link"
          disabled={!url}
          onPress={() => url && Linking.openURL(url)}
        />
        <Button
          label="Share the address"
          kind="secondary"
          disabled={!url}
          onPress={() => url && Share.share({ message: url, url })}
        />
      </Row>
      <Row>
        <Button
          label="History"
          kind="secondary"
          role="link"
          onPress={() => router.push({ pathname: '/sites/[siteId]/history', params: { siteId: site.id } })}
        />
        <Button
          label="Rewrite a section"
          kind="secondary"
          role="link"
          onPress={() => router.push({ pathname: '/sites/[siteId]/regenerate', params: { siteId: site.id } })}
        />
        <Button
          label="Domains"
          kind="secondary"
          role="link"
          onPress={() => router.push({ pathname: '/sites/[siteId]/domains', params: { siteId: site.id } })}
        />
        <Button
          label="Messages"
          kind="secondary"
          role="link"
          hint="What visitors sent through the site's contact form"
          onPress={() => router.push({ pathname: '/sites/[siteId]/messages', params: { siteId: site.id } })}
        />
      </Row>
      <Heading level={2}>Preview</Heading>
      {latest ? (
        preview?.build === latest ? (
          <BuildPreview url={preview.url} title={`Preview of build ${latest}`} />
        ) : (
          <Button label="Preview the newest build" kind="secondary" onPress={showPreview} />
        )
      ) : (
        <Body muted>No build yet: the preview appears once the first build is done.</Body>
      )}
      {previewProblem ? <Problem error={previewProblem} /> : null}
    </Screen>
  );
}
