// Form submissions at rest: what was typed is one encrypted value per row (the column as associated data),
// and the sender's email a keyed hash, so one person's messages can be found and erased without storing or
// indexing their address in clear.

import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { normalizeEmail, type PiiCipher } from '../crypto/pii.ts';

const FIELDS_CONTEXT = 'form_submissions.fields_encrypted';

export interface NewSubmission {
  workspaceId: string;
  site: string;
  websiteUid: string;
  section: string;
  page: string;
  locale: string;
  values: Array<{ name: string; label: string; value: string }>;
  replyTo?: string;
}

export async function storeSubmission(
  db: Pool,
  pii: PiiCipher,
  submission: NewSubmission,
): Promise<{ id: string; createdAt: Date }> {
  const id = randomUUID();
  const { rows } = await db.query<{ created_at: Date }>(
    `INSERT INTO form_submissions
       (id, workspace_id, site, website_uid, section, page, locale, fields_encrypted, sender_email_lookup)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING created_at`,
    [
      id,
      submission.workspaceId,
      submission.site,
      submission.websiteUid,
      submission.section,
      submission.page,
      submission.locale,
      pii.encrypt(JSON.stringify({ fields: submission.values, replyTo: submission.replyTo }), FIELDS_CONTEXT),
      submission.replyTo ? pii.lookup(normalizeEmail(submission.replyTo)) : null,
    ],
  );
  return { id, createdAt: rows[0]?.created_at ?? new Date() };
}

/** What the sender typed, sealed in one value: the fields as the form labels them, and the reply address. */
export interface SealedFields {
  fields: Array<{ name: string; label: string; value: string }>;
  replyTo?: string;
}

export function decryptFields(pii: PiiCipher, sealed: string): SealedFields {
  return JSON.parse(pii.decrypt(sealed, FIELDS_CONTEXT)) as SealedFields;
}

interface SubmissionRow {
  id: string;
  site: string;
  section: string;
  page: string;
  locale: string;
  fields_encrypted: string;
  created_at: Date;
  /** created_at as PostgreSQL writes it, to the microsecond (a Date keeps milliseconds only). */
  created_text: string;
  handled_at: Date | null;
}

export interface StoredMessage {
  id: string;
  site: string;
  section: string;
  page: string;
  locale: string;
  createdAt: string;
  handledAt?: string;
  fields: Array<{ name: string; label: string; value: string }>;
  replyTo?: string;
}

function toMessage(pii: PiiCipher, row: SubmissionRow): StoredMessage {
  const { fields, replyTo } = decryptFields(pii, row.fields_encrypted);
  return {
    id: row.id,
    site: row.site,
    section: row.section,
    page: row.page,
    locale: row.locale,
    createdAt: row.created_at.toISOString(),
    ...(row.handled_at ? { handledAt: row.handled_at.toISOString() } : {}),
    fields,
    ...(replyTo ? { replyTo } : {}),
  };
}

const COLUMNS =
  'id, site, section, page, locale, fields_encrypted, created_at, created_at::text AS created_text, handled_at';

/**
 * Where a page of the list ends: its last row's time, to the microsecond, and id, newest first. Messages a
 * moment apart share a millisecond, so a cursor in milliseconds would skip some of them.
 */
function encodeCursor(row: SubmissionRow): string {
  return Buffer.from(`${row.created_text}|${row.id}`).toString('base64url');
}

const PG_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?[+-]\d{2}(?::\d{2})?$/;

function decodeCursor(token: string): { at: string; id: string } | undefined {
  const [at, id] = Buffer.from(token, 'base64url').toString('utf8').split('|');
  if (!at || !id || !PG_TIME.test(at) || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
  return { at, id };
}

/** A workspace's messages after `since`, oldest first, across its sites: what a digest tells of. */
export async function messagesSince(
  db: Pool | PoolClient,
  pii: PiiCipher,
  workspaceId: string,
  since: Date,
  until: Date,
  limit: number,
): Promise<{ items: StoredMessage[]; total: number }> {
  const { rows } = await db.query<SubmissionRow & { total: number }>(
    `SELECT ${COLUMNS}, count(*) OVER ()::int AS total FROM form_submissions
      WHERE workspace_id = $1 AND created_at > $2 AND created_at <= $3
      ORDER BY created_at, id LIMIT $4`,
    [workspaceId, since, until, limit],
  );
  return { items: rows.map((row) => toMessage(pii, row)), total: rows[0]?.total ?? 0 };
}

export async function listMessages(
  db: Pool,
  pii: PiiCipher,
  scope: { workspaceId: string; site: string },
  page: { state: 'unhandled' | 'handled' | 'all'; limit: number; continue?: string },
): Promise<{ items: StoredMessage[]; unhandled: number; continue?: string } | 'bad_cursor'> {
  const cursor = page.continue === undefined ? undefined : decodeCursor(page.continue);
  if (page.continue !== undefined && !cursor) return 'bad_cursor';
  const state =
    page.state === 'unhandled'
      ? 'AND handled_at IS NULL'
      : page.state === 'handled'
        ? 'AND handled_at IS NOT NULL'
        : '';
  const { rows } = await db.query<SubmissionRow>(
    `SELECT ${COLUMNS} FROM form_submissions
      WHERE workspace_id = $1 AND site = $2 ${state}
        AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
      ORDER BY created_at DESC, id DESC LIMIT $5`,
    [scope.workspaceId, scope.site, cursor?.at ?? null, cursor?.id ?? null, page.limit + 1],
  );
  const { rows: counted } = await db.query<{ n: string }>(
    'SELECT count(*) AS n FROM form_submissions WHERE workspace_id = $1 AND site = $2 AND handled_at IS NULL',
    [scope.workspaceId, scope.site],
  );
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    items: shown.map((row) => toMessage(pii, row)),
    unhandled: Number(counted[0]?.n ?? 0),
    ...(rows.length > page.limit && last ? { continue: encodeCursor(last) } : {}),
  };
}

export async function getMessage(
  db: Pool,
  pii: PiiCipher,
  scope: { workspaceId: string; site: string },
  id: string,
): Promise<StoredMessage | undefined> {
  const { rows } = await db.query<SubmissionRow>(
    `SELECT ${COLUMNS} FROM form_submissions WHERE workspace_id = $1 AND site = $2 AND id = $3`,
    [scope.workspaceId, scope.site, id],
  );
  return rows[0] ? toMessage(pii, rows[0]) : undefined;
}

export async function setHandled(
  db: Pool,
  pii: PiiCipher,
  scope: { workspaceId: string; site: string },
  id: string,
  handled: boolean,
): Promise<StoredMessage | undefined> {
  const { rows } = await db.query<SubmissionRow>(
    `UPDATE form_submissions SET handled_at = CASE WHEN $4 THEN coalesce(handled_at, now()) ELSE NULL END
      WHERE workspace_id = $1 AND site = $2 AND id = $3 RETURNING ${COLUMNS}`,
    [scope.workspaceId, scope.site, id, handled],
  );
  return rows[0] ? toMessage(pii, rows[0]) : undefined;
}

export async function deleteMessage(
  db: Pool,
  scope: { workspaceId: string; site: string },
  id: string,
): Promise<boolean> {
  const { rowCount } = await db.query(
    'DELETE FROM form_submissions WHERE workspace_id = $1 AND site = $2 AND id = $3',
    [scope.workspaceId, scope.site, id],
  );
  return (rowCount ?? 0) > 0;
}

/** Deletes messages older than their workspace keeps them; how many went. */
export async function purgeExpired(db: Pool | PoolClient): Promise<number> {
  const { rowCount } = await db.query(
    `DELETE FROM form_submissions s USING workspaces w
      WHERE w.id = s.workspace_id AND s.created_at < now() - make_interval(days => w.message_retention_days)`,
  );
  return rowCount ?? 0;
}

/** One person's messages in a workspace, found by their email's keyed hash, newest first. */
export async function messagesOfPerson(
  db: Pool,
  pii: PiiCipher,
  workspaceId: string,
  email: string,
): Promise<StoredMessage[]> {
  const { rows } = await db.query<SubmissionRow>(
    `SELECT ${COLUMNS} FROM form_submissions WHERE workspace_id = $1 AND sender_email_lookup = $2
      ORDER BY created_at DESC, id DESC`,
    [workspaceId, pii.lookup(normalizeEmail(email))],
  );
  return rows.map((row) => toMessage(pii, row));
}

export async function eraseMessagesOfPerson(
  db: Pool,
  pii: PiiCipher,
  workspaceId: string,
  email: string,
): Promise<number> {
  const { rowCount } = await db.query(
    'DELETE FROM form_submissions WHERE workspace_id = $1 AND sender_email_lookup = $2',
    [workspaceId, pii.lookup(normalizeEmail(email))],
  );
  return rowCount ?? 0;
}
