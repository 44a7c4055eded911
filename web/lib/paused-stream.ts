// What the browser's progress stream gets when the API has no stream to spare for it (429
// too_many_streams): a short, well-formed event stream instead of an error. EventSource gives up for good
// on an error answer, so the page would never update again; this one tells it why updates paused, brings
// the site's state up to date once, and asks it to reconnect after `retryMs` on its own.

export const PAUSED_RETRY_MS = 15_000;

export interface PausedStreamInput {
  /** The API's words for why ("You have 8 event streams open…"). */
  message: string;
  /** The site as the API returned it, when it could be read. */
  site?: unknown;
  retryMs?: number;
}

export function pausedStream({ message, site, retryMs = PAUSED_RETRY_MS }: PausedStreamInput): string {
  const frames = [`retry: ${retryMs}\n\n`];
  if (site !== undefined) {
    frames.push(`event: site\ndata: ${JSON.stringify({ ...(site as object), change: 'snapshot' })}\n\n`);
  }
  frames.push(`event: paused\ndata: ${JSON.stringify({ message, retryMs })}\n\n`);
  return frames.join('');
}
