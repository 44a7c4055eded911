// A site's live progress (Server-Sent Events fed from the API's informer caches, as many at once as
// src/events/stream-slots.ts allows) and the workspace's activity feed (written by the JetStream consumer,
// src/events/consumer.ts).

import type { FastifyInstance } from 'fastify';
import { listActivity, siteEvents } from '../contract/events.ts';
import { ApiError } from '../errors.ts';
import { decodeCursor, listActivity as readActivity } from '../events/activity.ts';
import { eventsSettingsFromEnv } from '../events/settings.ts';
import { decodeResumeToken, sseStreamsGauge, streamSite } from '../events/sse.ts';
import { StreamSlots } from '../events/stream-slots.ts';
import { registerRoute } from '../route.ts';
import type { Services } from '../services.ts';
import { getWebsite } from '../sites/store.ts';
import { workspaceFor } from '../tenancy/context.ts';

export async function eventRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const settings = eventsSettingsFromEnv();
  const gauge = sseStreamsGauge(services.metrics);
  const slots = new StreamSlots(
    services.redis,
    { ...services.config.streamLimits, keyPrefix: `${services.config.rateLimit.keyPrefix}:streams` },
    services.metrics,
  );
  // Open streams would hold a shutdown up until their clients left; they end (and clients reconnect to
  // another replica) when the server starts closing.
  const shutdown = new AbortController();
  app.addHook('preClose', async () => shutdown.abort());

  registerRoute(app, siteEvents, async (request, reply) => {
    const workspace = await workspaceFor(services, request);
    // Read first: another workspace's site (or none) is a plain 404 before any stream starts.
    const website = await getWebsite(services.kubeClient, workspace.namespace, request.params.siteId);
    const lastEventId = request.headers['last-event-id'];
    // Past the person's or the workspace's limit: 429 before any watch starts.
    const slot = await slots.acquire(
      { user: request.principal.userId, workspace: workspace.id },
      request.log,
    );
    try {
      await streamSite(request, reply, {
        cache: services.cache,
        namespace: workspace.namespace,
        site: request.params.siteId,
        website,
        heartbeatMs: settings.sse.heartbeatMs,
        resume: decodeResumeToken(typeof lastEventId === 'string' ? lastEventId : undefined),
        gauge,
        shutdown: shutdown.signal,
        pickupGraceMs: services.config.pickupGraceMs,
      });
    } finally {
      await slot.release();
    }
    return reply;
  });

  registerRoute(app, listActivity, async (request) => {
    const workspace = await workspaceFor(services, request);
    const { limit = 20, cursor: rawCursor, siteId } = request.query;
    const cursor = rawCursor === undefined ? undefined : decodeCursor(rawCursor);
    if (rawCursor !== undefined && !cursor) {
      throw new ApiError(
        'bad_request',
        'The cursor is not one this API gave out; pass the `next` of the previous page, or leave it out',
      );
    }
    return readActivity(services, workspace.id, { limit, cursor, site: siteId });
  });
}
