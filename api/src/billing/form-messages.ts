// The plan's monthly allowance of contact form messages. It is soft, as bandwidth is: a visitor's message to a
// small business is worth more than the plan's number, so it is always taken; the owners are told at 80 % and
// at 100 % of the month's allowance (once each per month), and the Billing page shows the count.

import type { Pool } from 'pg';
import { monthStartUtc } from '../metering/totals.ts';
import { planOf } from '../tenancy/plans.ts';
import { addNotice, monthKey } from './notices.ts';

/** Counts one message taken now; returns the notices it crossed into (usually none). */
export async function countFormMessage(db: Pool, workspaceId: string, now = new Date()): Promise<number> {
  const month = monthStartUtc(now);
  const { rows } = await db.query<{ messages: number; plan: string }>(
    `WITH counted AS (
       INSERT INTO form_message_counts (workspace_id, month, messages) VALUES ($1, $2, 1)
       ON CONFLICT (workspace_id, month) DO UPDATE SET messages = form_message_counts.messages + 1
       RETURNING messages)
     SELECT counted.messages, w.plan FROM counted, workspaces w WHERE w.id = $1`,
    [workspaceId, month],
  );
  const row = rows[0];
  if (!row) return 0;
  const plan = planOf(row.plan);
  const allowed = plan.limits.formMessagesPerMonth;
  const monthName = month.toLocaleString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const upgrade =
    plan.id === 'business'
      ? 'write to us for more'
      : 'upgrade on the Billing page or with `pagemagic billing upgrade`';
  let added = 0;
  for (const { at, code, severity, subject, word } of [
    { at: 0.8, code: 'messages_80', severity: 'warning' as const, subject: '80 %', word: '80 % or more of' },
    { at: 1, code: 'messages_100', severity: 'critical' as const, subject: 'all', word: 'all of' },
  ]) {
    if (row.messages < Math.ceil(allowed * at)) continue;
    const fresh = await addNotice(db, {
      workspaceId,
      code,
      key: monthKey(month),
      severity,
      subject: `Your sites have had ${subject} of this month's contact form messages`,
      message: `Your sites' contact forms have taken ${row.messages} messages in ${monthName}, ${word} the ${plan.title} plan's ${allowed}. Every message is still taken and reaches your inbox; ${upgrade} to stay within the plan.`,
    });
    if (fresh) added += 1;
  }
  return added;
}

/** Messages taken this month, as the allowance counts them. */
export async function formMessagesThisMonth(
  db: Pool,
  workspaceId: string,
  now = new Date(),
): Promise<number> {
  const { rows } = await db.query<{ messages: number }>(
    'SELECT messages FROM form_message_counts WHERE workspace_id = $1 AND month = $2',
    [workspaceId, monthStartUtc(now)],
  );
  return rows[0]?.messages ?? 0;
}
