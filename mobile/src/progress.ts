// A site's live progress from the API's event stream (GET /sites/:id/events, Server-Sent Events). The
// stream is read with a streaming fetch (expo/fetch on phones) and the shared SSE parser; it is closed
// when the app goes to the background (the OS would cut it anyway) and resumed with Last-Event-ID when
// the app comes back, so no step is missed.

import { type PagemagicClient, type ResultOf, readEvents, SseParser } from '@pagemagic/api/client';
import type { getBuild } from '@pagemagic/api/contract/builds';
import { siteEvents } from '@pagemagic/api/contract/events';
import type { getSite } from '@pagemagic/api/contract/sites';
import { useEffect, useState } from 'react';
import { AppState } from 'react-native';

export type Site = ResultOf<typeof getSite>;
export type Build = ResultOf<typeof getBuild>;

export interface Progress {
  site: Site | undefined;
  latestBuild: Build | undefined;
  deleted: boolean;
  /** The stream's own `error` event, or a failure to open it. */
  streamError: unknown;
  connected: boolean;
}

export const initialProgress: Progress = {
  site: undefined,
  latestBuild: undefined,
  deleted: false,
  streamError: undefined,
  connected: false,
};

/** Folds one stream event into what the screen shows. */
export function applyEvent(progress: Progress, event: { event: string; data: string }): Progress {
  if (event.event === 'site') {
    const site = JSON.parse(event.data) as Site & { change: string };
    if (site.change === 'deleted') return { ...progress, deleted: true };
    return { ...progress, site };
  }
  if (event.event === 'build') {
    const build = JSON.parse(event.data) as Build & { change: string };
    if (build.change === 'deleted') return progress;
    const current = progress.latestBuild;
    const newer = !current || current.id === build.id || build.createdAt >= current.createdAt;
    return newer ? { ...progress, latestBuild: build } : progress;
  }
  if (event.event === 'error') {
    let message = event.data;
    try {
      message = (JSON.parse(event.data) as { error?: { message?: string } }).error?.message ?? event.data;
    } catch {
      // A plain-text error event is shown as it is.
    }
    return { ...progress, streamError: new Error(message) };
  }
  return progress;
}

/**
 * Follows a site's stream while the app is in the foreground. `initial` is shown until the first event.
 */
export function useSiteProgress(client: PagemagicClient, siteId: string, initial?: Site): Progress {
  const [progress, setProgress] = useState<Progress>({ ...initialProgress, site: initial });
  useEffect(() => {
    const parser = new SseParser();
    let controller: AbortController | undefined;
    let stopped = false;
    let failures = 0;

    const follow = async () => {
      while (!stopped && AppState.currentState !== 'background') {
        controller = new AbortController();
        const lastId = parser.lastEventId;
        try {
          const response = await client.send(
            siteEvents,
            { params: { siteId } },
            {
              headers: lastId
                ? { accept: 'text/event-stream', 'last-event-id': lastId }
                : { accept: 'text/event-stream' },
              signal: controller.signal,
            },
          );
          if (!response.body) throw new Error('The API answered the event stream without a body.');
          setProgress((current) => ({ ...current, connected: true, streamError: undefined }));
          for await (const event of readEvents(response.body, parser)) {
            failures = 0;
            setProgress((current) => applyEvent(current, event));
            if (event.event === 'error') return;
          }
        } catch (error) {
          if (stopped || controller.signal.aborted) return;
          failures += 1;
          // An answer from the API (404, 401 after renewal failed) will not change by retrying.
          if ((error as { status?: number }).status !== undefined || failures > 5) {
            setProgress((current) => ({ ...current, connected: false, streamError: error }));
            return;
          }
        }
        setProgress((current) => ({ ...current, connected: false }));
        await new Promise((resolve) => setTimeout(resolve, parser.retry ?? 2000));
      }
    };

    follow();
    const subscription = AppState.addEventListener('change', (state) => {
      if (state === 'background') {
        controller?.abort();
        setProgress((current) => ({ ...current, connected: false }));
      } else if (state === 'active' && controller?.signal.aborted) {
        failures = 0;
        follow();
      }
    });
    return () => {
      stopped = true;
      controller?.abort();
      subscription.remove();
    };
  }, [client, siteId]);
  return progress;
}
