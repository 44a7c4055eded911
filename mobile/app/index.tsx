// The workspace's sites: a picture, the status and the address of each, pull to refresh, and a way to make
// the first one.

import { listSites } from '@pagemagic/api/contract/sites';
import { useRouter } from 'expo-router';
import { Pressable, Text, View } from 'react-native';
import { useApp } from '../src/app-context.tsx';
import { Body, Button, Heading, Loading, Problem, Row, Screen, styles } from '../src/ui/parts.tsx';
import { SiteStatus } from '../src/ui/site-status.tsx';
import { SiteThumbnail } from '../src/ui/site-thumbnail.tsx';
import { usePalette } from '../src/ui/theme.ts';
import { useApi } from '../src/use-api.ts';

export default function SitesScreen() {
  const { client, signedIn } = useApp();
  const router = useRouter();
  const palette = usePalette();
  const sites = useApi(
    () => client.call(listSites, { query: { limit: 100 } }),
    [client, signedIn?.workspaceId],
  );
  const items = sites.data?.items ?? [];
  return (
    <Screen refreshing={sites.refreshing} onRefresh={sites.reload}>
      <Row>
        <Button label="New site" onPress={() => router.push('/new-site')} hint="Describe your business" />
        <Button label="Usage" kind="secondary" role="link" onPress={() => router.push('/usage')} />
        <Button label="Account" kind="secondary" role="link" onPress={() => router.push('/account')} />
      </Row>
      {sites.loading ? <Loading what="your sites" /> : null}
      {sites.error ? <Problem error={sites.error} onRetry={sites.reload} /> : null}
      {!sites.loading && !sites.error && items.length === 0 ? (
        <View style={styles.notice}>
          <Heading level={2}>No sites yet</Heading>
          <Body>
            Describe your business in a sentence or two and Page Magic writes and publishes the site.
          </Body>
          <Button label="Create your first site" onPress={() => router.push('/new-site')} />
        </View>
      ) : null}
      {items.map((site) => (
        <Pressable
          key={site.id}
          accessibilityRole="link"
          // No label of its own: the name is the card's visible words (name, status, address), so what a
          // voice-control user reads on screen is what opens it.
          accessibilityHint="Opens the site's details"
          onPress={() => router.push({ pathname: '/sites/[siteId]', params: { siteId: site.id } })}
          style={[styles.card, { backgroundColor: palette.surface, borderColor: palette.border }]}
        >
          <SiteThumbnail liveBuild={site.status.liveBuild} latestBuild={site.status.latestBuild} />
          <Text style={[styles.h2, { color: palette.text }]}>{site.name}</Text>
          <SiteStatus phase={site.status.phase} />
          <Text style={[styles.body, { color: palette.muted }]}>{site.status.url ?? 'No address yet'}</Text>
        </Pressable>
      ))}
    </Screen>
  );
}
