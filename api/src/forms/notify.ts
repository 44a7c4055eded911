// Who hears of a contact form message, and how: each member chooses an email per message ('each'), one digest a
// day ('daily') or nothing ('off'); owners start on 'each', everyone else on 'off' until they opt in. A
// message is stored before anyone is told, so a mail that fails loses nothing: the inbox has it.

import type { Pool, PoolClient } from 'pg';
import type { PiiCipher } from '../crypto/pii.ts';
import { inTransaction } from '../db/transaction.ts';
import type { Mailer } from '../mail/mailer.ts';
import { messagesSince } from './store.ts';

export const FORM_NOTIFICATIONS = ['each', 'daily', 'off'] as const;
export type FormNotifications = (typeof FORM_NOTIFICATIONS)[number];

/** The choice a member made, or their role's default. */
const CHOSEN = `COALESCE(m.form_notifications, CASE WHEN m.role = 'owner' THEN 'each' ELSE 'off' END)`;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The most messages one digest lists; the rest are counted, and the inbox has them all. */
export const DIGEST_MAX_MESSAGES = 50;

export async function memberNotifications(
  db: Pool,
  workspaceId: string,
  userId: string,
): Promise<FormNotifications | undefined> {
  const { rows } = await db.query<{ chosen: FormNotifications }>(
    `SELECT ${CHOSEN} AS chosen FROM memberships m WHERE m.workspace_id = $1 AND m.user_id = $2`,
    [workspaceId, userId],
  );
  return rows[0]?.chosen;
}

/** A member's choice; switching to a digest starts it now, so it never repeats mails already sent. */
export async function setMemberNotifications(
  db: Pool,
  workspaceId: string,
  userId: string,
  chosen: FormNotifications,
): Promise<void> {
  await db.query(
    `UPDATE memberships SET form_notifications = $3,
       form_digest_through = CASE WHEN $3 = 'daily' THEN now() ELSE NULL END
     WHERE workspace_id = $1 AND user_id = $2`,
    [workspaceId, userId, chosen],
  );
}

async function recipients(
  db: Pool | PoolClient,
  pii: PiiCipher,
  workspaceId: string,
  chosen: FormNotifications,
): Promise<Array<{ userId: string; email: string; digestThrough: Date | null }>> {
  const { rows } = await db.query<{ user_id: string; email_encrypted: string; through: Date | null }>(
    `SELECT m.user_id, u.email_encrypted, m.form_digest_through AS through
       FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.workspace_id = $1 AND ${CHOSEN} = $2 ORDER BY m.created_at`,
    [workspaceId, chosen],
  );
  return rows.map((row) => ({
    userId: row.user_id,
    email: pii.decrypt(row.email_encrypted, 'users.email'),
    digestThrough: row.through,
  }));
}

export interface NewMessageMail {
  workspaceId: string;
  siteName: string;
  siteUrl: string;
  values: ReadonlyArray<{ label: string; value: string }>;
  replyTo?: string;
}

/** Emails the message to every member who wants each one, with Reply-To set to the sender. */
export async function notifyEach(db: Pool, pii: PiiCipher, mailer: Mailer, message: NewMessageMail) {
  const text = [
    `Someone sent a message through the contact form of ${message.siteName} (${message.siteUrl}):`,
    '',
    ...message.values.map((field) => `${field.label}: ${field.value}`),
    '',
    message.replyTo ? 'Reply to this email to answer them.' : 'They left no email address.',
  ].join('\n');
  const failures: unknown[] = [];
  for (const { email } of await recipients(db, pii, message.workspaceId, 'each')) {
    await mailer
      .send({
        to: email,
        subject: `New message from your site ${message.siteName}`,
        text,
        ...(message.replyTo ? { replyTo: message.replyTo } : {}),
      })
      .catch((error: unknown) => failures.push(error));
  }
  if (failures.length > 0) throw new AggregateError(failures, `${failures.length} notification mails failed`);
}

/** An arbitrary, fixed key the replicas lock so one sends the digests that are due. */
export const DIGEST_LOCK = 0x5047_4d44; // "PGMD"

/**
 * Sends every daily digest that is due: members on 'daily' whose last digest ended a day or more ago get the
 * messages since then, if there are any. Returns how many digests were sent, or undefined when another replica
 * holds the lock. A digest whose mail fails is not marked sent, so the next round sends it again.
 */
export async function sendDueDigests(
  db: Pool,
  pii: PiiCipher,
  mailer: Mailer,
  now: Date = new Date(),
): Promise<number | undefined> {
  return inTransaction(db, async (client) => {
    const { rows: lock } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_xact_lock($1) AS locked',
      [DIGEST_LOCK],
    );
    if (!lock[0]?.locked) return undefined;
    const { rows: workspaces } = await client.query<{ id: string; name: string }>(
      `SELECT DISTINCT w.id, w.name FROM workspaces w JOIN memberships m ON m.workspace_id = w.id
        WHERE ${CHOSEN} = 'daily' AND (m.form_digest_through IS NULL OR m.form_digest_through <= $1)`,
      [new Date(now.getTime() - DAY_MS)],
    );
    let sent = 0;
    for (const workspace of workspaces) {
      for (const member of await recipients(client, pii, workspace.id, 'daily')) {
        const since = member.digestThrough ?? new Date(now.getTime() - DAY_MS);
        if (now.getTime() - since.getTime() < DAY_MS) continue;
        const { items, total } = await messagesSince(
          client,
          pii,
          workspace.id,
          since,
          now,
          DIGEST_MAX_MESSAGES,
        );
        if (total > 0) {
          await mailer.send({
            to: member.email,
            subject: `${total} new ${total === 1 ? 'message' : 'messages'} from your sites in ${workspace.name}`,
            text: digestText(workspace.name, items, total),
          });
          sent++;
        }
        await client.query(
          'UPDATE memberships SET form_digest_through = $3 WHERE workspace_id = $1 AND user_id = $2',
          [workspace.id, member.userId, now],
        );
      }
    }
    return sent;
  });
}

function digestText(
  workspace: string,
  items: ReadonlyArray<{ site: string; createdAt: string; fields: Array<{ label: string; value: string }> }>,
  total: number,
): string {
  const lines = [`Contact form messages to the sites of ${workspace} in the last day:`, ''];
  for (const item of items) {
    lines.push(`— ${item.site}, ${item.createdAt}`);
    for (const field of item.fields) lines.push(`  ${field.label}: ${field.value}`);
    lines.push('');
  }
  if (total > items.length)
    lines.push(
      `…and ${total - items.length} more: read them all with \`pagemagic inbox list\` or in the web app.`,
    );
  lines.push('Change how you hear of messages with `pagemagic inbox notify each|daily|off`.');
  return lines.join('\n');
}

export function startDigests(
  db: Pool,
  pii: PiiCipher,
  mailer: Mailer,
  intervalMs: number,
  report: (outcome: { sent?: number; error?: unknown }) => void,
): () => void {
  const round = () =>
    sendDueDigests(db, pii, mailer).then(
      (sent) => report({ ...(sent === undefined ? {} : { sent }) }),
      (error: unknown) => report({ error }),
    );
  const timer = setInterval(round, intervalMs);
  timer.unref();
  void round();
  return () => clearInterval(timer);
}
