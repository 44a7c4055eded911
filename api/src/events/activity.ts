// The activity feed's repository: an operator event becomes one row in the feed of the workspace that owns
// its namespace, and, for the events people want to hear about, one email per workspace owner. The row and
// the list of emails to send are written in one transaction keyed by the message id, so a redelivered or
// replayed message changes nothing and an email interrupted half-way is finished by the next delivery.

import { findUserById, memberNames } from '../accounts/users.ts';
import { ACTIVITY_CURSOR_PATTERN } from '../contract/events.ts';
import { inTransaction } from '../db/transaction.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { Services } from '../services.ts';
import { type ActivityEvent, notificationFor } from './messages.ts';

export interface RecordInput {
  messageId: string;
  subject: string;
  streamSequence: number;
  event: ActivityEvent;
}

export type RecordOutcome = 'recorded' | 'duplicate' | 'unknown_workspace';

export interface RecordResult {
  outcome: RecordOutcome;
  emailsSent: number;
}

/** Events whose owners get an email; the rest only show in the feed. */
export const NOTIFIED_TYPES: ReadonlySet<string> = new Set([
  'site.published',
  'domain.verified',
  'build.failed',
]);

/** An email row claimed by a sender stays its own for this long, then another delivery may try it. */
const CLAIM_SECONDS = 120;

function objectKind(type: string): string {
  const prefix = type.split('.')[0];
  if (prefix === 'site') return 'Website';
  if (prefix === 'build') return 'Build';
  if (prefix === 'domain') return 'Domain';
  return prefix ?? 'Unknown';
}

function websiteOf(event: ActivityEvent): string | null {
  if (event.type.startsWith('site.')) return event.name;
  return typeof event.data.website === 'string' ? event.data.website : null;
}

type Deps = Pick<Services, 'db' | 'pii' | 'config'> & { mailer: Mailer };

/**
 * Records the event and sends what it owes. Throws when an email could not be sent (the caller redelivers;
 * the row is already there, so only the unsent emails are tried again).
 */
export async function recordEvent(deps: Deps, input: RecordInput): Promise<RecordResult> {
  const { event } = input;
  const { rows: workspaces } = await deps.db.query<{ id: string }>(
    'SELECT id FROM workspaces WHERE namespace = $1',
    [event.namespace],
  );
  const workspace = workspaces[0];
  if (!workspace) return { outcome: 'unknown_workspace', emailsSent: 0 };

  const inserted = await inTransaction(deps.db, async (client) => {
    const result = await client.query(
      `INSERT INTO activity (message_id, workspace_id, type, object_kind, object_name, object_uid, website,
                             subject, stream_sequence, occurred_at, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (message_id) DO NOTHING`,
      [
        input.messageId,
        workspace.id,
        event.type,
        objectKind(event.type),
        event.name,
        event.uid,
        websiteOf(event),
        input.subject,
        input.streamSequence,
        event.time,
        JSON.stringify(event.data),
      ],
    );
    const inserted = result.rowCount === 1;
    if (inserted && NOTIFIED_TYPES.has(event.type)) {
      await client.query(
        `INSERT INTO notification_emails (message_id, user_id)
         SELECT $1, user_id FROM memberships WHERE workspace_id = $2 AND role = 'owner'
         ON CONFLICT DO NOTHING`,
        [input.messageId, workspace.id],
      );
    }
    return inserted;
  });
  const emailsSent = await sendPendingEmails(deps, input.messageId);
  return { outcome: inserted ? 'recorded' : 'duplicate', emailsSent };
}

/**
 * Sends each unsent email of one message once: a row is claimed (so two deliveries racing do not both
 * send), sent, then stamped. A failed send releases the claim and fails the delivery, so it is retried.
 */
export async function sendPendingEmails(deps: Deps, messageId: string): Promise<number> {
  const { rows } = await deps.db.query<{ user_id: string }>(
    'SELECT user_id FROM notification_emails WHERE message_id = $1 AND sent_at IS NULL',
    [messageId],
  );
  if (rows.length === 0) return 0;
  const { rows: activity } = await deps.db.query<{
    type: string;
    object_name: string;
    website: string | null;
    data: Record<string, unknown>;
  }>('SELECT type, object_name, website, data FROM activity WHERE message_id = $1', [messageId]);
  const row = activity[0];
  if (!row) return 0;
  let sent = 0;
  const failures: string[] = [];
  for (const { user_id: userId } of rows) {
    const claimed = await deps.db.query(
      `UPDATE notification_emails SET claimed_until = now() + make_interval(secs => $3), attempts = attempts + 1
        WHERE message_id = $1 AND user_id = $2 AND sent_at IS NULL
          AND (claimed_until IS NULL OR claimed_until < now())`,
      [messageId, userId, CLAIM_SECONDS],
    );
    if (claimed.rowCount !== 1) {
      failures.push(`the email to user ${userId} is being sent by another delivery`);
      continue;
    }
    try {
      const user = await findUserById(deps, userId);
      if (user) {
        const message = notificationFor(
          { type: row.type, name: row.object_name, website: row.website, data: row.data },
          deps.config.webUrl,
        );
        await deps.mailer.send({ to: user.email, ...message });
        sent += 1;
      }
      await deps.db.query(
        `UPDATE notification_emails SET sent_at = now(), claimed_until = NULL, last_error = NULL
          WHERE message_id = $1 AND user_id = $2`,
        [messageId, userId],
      );
    } catch (error) {
      const reason = (error as Error).message;
      await deps.db.query(
        'UPDATE notification_emails SET claimed_until = NULL, last_error = $3 WHERE message_id = $1 AND user_id = $2',
        [messageId, userId, reason.slice(0, 1000)],
      );
      failures.push(`sending to user ${userId} failed: ${reason}`);
    }
  }
  if (failures.length > 0) throw new Error(failures.join('; '));
  return sent;
}

export interface ActivityItem {
  id: string;
  type: string;
  objectKind: string;
  objectName: string;
  site?: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

export interface FeedPage {
  items: ActivityItem[];
  next?: string;
}

interface Cursor {
  at: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return `${Date.parse(cursor.at)}_${cursor.id}`;
}

const CURSOR = new RegExp(ACTIVITY_CURSOR_PATTERN);

/**
 * A cursor is two numbers, the last item's time (milliseconds since 1970) and its id, so any string the
 * schema's pattern lets through is a position in the feed; undefined for anything else.
 */
export function decodeCursor(raw: string): Cursor | undefined {
  if (!CURSOR.test(raw)) return undefined;
  const [millis, id] = raw.split('_') as [string, string];
  return { at: new Date(Number(millis)).toISOString(), id };
}

/** One page of a workspace's feed, newest first; keyset pagination, so new events do not shift pages. */
/** The user id a Page Magic event says made the change it follows from (events carry ids, not names). */
function causedBy(data: Record<string, unknown>): string | undefined {
  const cause = data.cause as { by?: unknown } | undefined;
  return typeof cause?.by === 'string' ? cause.by : undefined;
}

export async function listActivity(
  services: Pick<Services, 'db' | 'pii'>,
  workspaceId: string,
  options: { limit: number; cursor?: Cursor; site?: string },
): Promise<FeedPage> {
  const { rows } = await services.db.query<{
    id: string;
    type: string;
    object_kind: string;
    object_name: string;
    website: string | null;
    occurred_at: Date;
    data: Record<string, unknown>;
  }>(
    `SELECT id, type, object_kind, object_name, website, occurred_at, data FROM activity
      WHERE workspace_id = $1
        AND ($2::text IS NULL OR website = $2)
        AND ($3::timestamptz IS NULL OR (occurred_at, id) < ($3::timestamptz, $4::bigint))
      ORDER BY occurred_at DESC, id DESC
      LIMIT $5`,
    [
      workspaceId,
      options.site ?? null,
      options.cursor?.at ?? null,
      options.cursor?.id ?? null,
      options.limit + 1,
    ],
  );
  const page = rows.slice(0, options.limit);
  const names = await memberNames(
    services,
    workspaceId,
    page.map((row) => causedBy(row.data)).filter((id): id is string => id !== undefined),
  );
  const items = page.map((row) => {
    const by = causedBy(row.data);
    const name = by === undefined ? undefined : names.get(by);
    return {
      id: row.id,
      type: row.type,
      objectKind: row.object_kind,
      objectName: row.object_name,
      ...(row.website ? { site: row.website } : {}),
      occurredAt: row.occurred_at.toISOString(),
      data: row.data,
      ...(by !== undefined ? { actor: name === undefined ? { id: by } : { id: by, name } } : {}),
    };
  });
  const last = page.at(-1);
  return rows.length > options.limit && last
    ? { items, next: encodeCursor({ at: last.occurred_at.toISOString(), id: last.id }) }
    : { items };
}
