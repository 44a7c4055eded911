// A site's card picture: its live Build (else its newest) as the page looks, through the API's signed
// preview link. Live addresses refuse to be framed; preview pages may be, and carry no script. The card
// around it already says which site it is, so the picture is hidden from screen readers.

import { buildPreview } from '@pagemagic/api/contract/previews';
import { useEffect, useState } from 'react';
import { Text, View } from 'react-native';
import { useApp } from '../app-context.tsx';
import { usePalette } from './theme.ts';
// Without an extension, so Metro picks thumbnail.web.tsx (a frame) for the web export.
import { ThumbnailPage } from './thumbnail';

// Keyed by workspace as well as Build: a Build's name comes from its site's name and content, so two
// workspaces can each have one of the same name.
type PreviewLink = { key: string; url: string } | { key: string; failed: true };

/** One request per Build: a re-render, or a pull to refresh that finds the same Build, keeps the page. */
function usePreviewLink(buildId: string | undefined): PreviewLink | undefined {
  const { client, signedIn } = useApp();
  const key = `${signedIn?.workspaceId}/${buildId}`;
  const [link, setLink] = useState<PreviewLink | undefined>();
  useEffect(() => {
    if (!buildId) return;
    let current = true;
    client.call(buildPreview, { params: { buildId } }).then(
      (answer) => {
        if (current) setLink({ key, url: answer.previewUrl });
      },
      // The card is about the site; why its picture is missing is not worth the space.
      () => {
        if (current) setLink({ key, failed: true });
      },
    );
    return () => {
      current = false;
    };
  }, [client, key, buildId]);
  return link?.key === key ? link : undefined;
}

export function SiteThumbnail({ liveBuild, latestBuild }: { liveBuild?: string; latestBuild?: string }) {
  const buildId = liveBuild ?? latestBuild;
  const link = usePreviewLink(buildId);
  const [unloadedUrl, setUnloadedUrl] = useState<string | undefined>();
  const palette = usePalette();
  if (!buildId) return <Placeholder words="Being written…" />;
  if (!link) return <Placeholder />;
  if ('failed' in link || unloadedUrl === link.url) return <Placeholder words="No preview" />;
  const url = link.url;
  return (
    <View
      aria-hidden
      style={[
        box,
        { borderColor: palette.border, backgroundColor: palette.background },
        { aspectRatio: 2, overflow: 'hidden' },
      ]}
    >
      <ThumbnailPage url={url} onFailed={() => setUnloadedUrl(url)} />
    </View>
  );
}

function Placeholder({ words }: { words?: string }) {
  const palette = usePalette();
  return (
    <View
      aria-hidden
      style={[
        box,
        { borderColor: palette.border, backgroundColor: palette.background, flexDirection: 'row' },
      ]}
    >
      {/* A percentage of padding is one of the width: the box is 2:1 at least, and grows taller when
          the phone's text size needs more room than that. */}
      <View style={{ width: 0, paddingBottom: '50%' }} />
      <View style={{ flex: 1, alignItems: 'center', justifyContent: 'center', padding: 8 }}>
        {words ? (
          <Text style={{ color: palette.muted, fontSize: 15, textAlign: 'center' }}>{words}</Text>
        ) : null}
      </View>
    </View>
  );
}

const box = { width: '100%', borderWidth: 1, borderRadius: 6 } as const;
