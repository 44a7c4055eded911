// The site's progress stream for the browser: the API's Server-Sent Events, passed through with the
// session's token attached (the browser's EventSource cannot send one, and must not hold it).

import { ApiClientError } from '@pagemagic/api/client';
import { siteEvents } from '@pagemagic/api/contract/events';
import { getSite } from '@pagemagic/api/contract/sites';
import type { NextRequest } from 'next/server';
import { serverClient } from '@/lib/api.ts';
import { pausedStream } from '@/lib/paused-stream.ts';

export const dynamic = 'force-dynamic';

const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-cache, no-transform',
  'x-accel-buffering': 'no',
};

export async function GET(request: NextRequest, { params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  const client = await serverClient();
  const lastEventId = request.headers.get('last-event-id');
  try {
    const upstream = await client.send(
      siteEvents,
      { params: { siteId } },
      { headers: lastEventId ? { 'last-event-id': lastEventId } : {}, signal: request.signal },
    );
    return new Response(upstream.body, { headers: SSE_HEADERS });
  } catch (error) {
    if (error instanceof ApiClientError && error.code === 'too_many_streams') {
      const site = await client.call(getSite, { params: { siteId } }).catch(() => undefined);
      return new Response(pausedStream({ message: error.message, site }), { headers: SSE_HEADERS });
    }
    if (error instanceof ApiClientError) {
      return Response.json({ error: { code: error.code, message: error.message } }, { status: error.status });
    }
    throw error;
  }
}
