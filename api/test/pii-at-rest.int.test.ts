// PII at rest: after people sign up, ask for sign-in links, rename themselves and invite others, no
// column of any table holds a clear email or name. The scan reads every text, json and bytea column of
// every table, so a feature that stores PII somewhere new fails here without being listed.

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateProfile } from '../src/contract/profile.ts';
import { createInvitation } from '../src/contract/workspaces.ts';
import { contractUrl } from '../src/route.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ env: { PAGEMAGIC_RATE_LIMIT_AUTH_PER_IP: '1000' } });
});
afterAll(async () => api?.close());

const SCANNED_TYPES = ['text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY'];

/** Every `table.column` whose value contains `needle` (case-insensitive for text). */
async function columnsHolding(db: pg.Pool, needle: string): Promise<string[]> {
  const { rows: columns } = await db.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT c.table_name, c.column_name, c.data_type
       FROM information_schema.columns c
       JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.data_type = ANY($1)
      ORDER BY 1, 2`,
    [SCANNED_TYPES],
  );
  expect(columns.length).toBeGreaterThan(0);
  const hits: string[] = [];
  for (const { table_name, column_name, data_type } of columns) {
    const column = `${pg.escapeIdentifier(table_name)}.${pg.escapeIdentifier(column_name)}`;
    const condition =
      data_type === 'bytea'
        ? `position(convert_to($1, 'UTF8') in ${column}) > 0 OR position(convert_to(upper($1), 'UTF8') in ${column}) > 0`
        : `strpos(lower(${data_type === 'ARRAY' ? `array_to_string(${column}, ' ')` : `${column}::text`}), lower($1)) > 0`;
    const { rows } = await db.query(
      `SELECT 1 FROM ${pg.escapeIdentifier(table_name)} WHERE ${condition} LIMIT 1`,
      [needle],
    );
    if (rows.length > 0) hits.push(`${table_name}.${column_name}`);
  }
  return hits;
}

describe('PII at rest', () => {
  it('the scan finds a clear value in text, jsonb and bytea columns (it can fail)', async () => {
    const needle = `control-${randomBytes(4).toString('hex')}@example.com`;
    await api.services.db.query(
      'CREATE TABLE pii_scan_control (note text, data jsonb, raw bytea, tags text[])',
    );
    try {
      await api.services.db.query(
        "INSERT INTO pii_scan_control VALUES ($1, jsonb_build_object('to', $1::text), convert_to($1, 'UTF8'), ARRAY[$1])",
        [needle.toUpperCase()],
      );
      expect(await columnsHolding(api.services.db, needle)).toEqual([
        'pii_scan_control.data',
        'pii_scan_control.note',
        'pii_scan_control.raw',
        'pii_scan_control.tags',
      ]);
      await api.services.db.query("UPDATE pii_scan_control SET note = NULL, data = '{}', tags = NULL");
      await api.services.db.query("UPDATE pii_scan_control SET raw = convert_to($1, 'UTF8')", [needle]);
      expect(await columnsHolding(api.services.db, needle)).toEqual(['pii_scan_control.raw']);
    } finally {
      await api.services.db.query('DROP TABLE pii_scan_control');
    }
  });

  it('stores no clear email or name anywhere after sign-up, sign-in requests, renames and invitations', async () => {
    const tag = randomBytes(4).toString('hex');
    const people = [
      { email: `ada.pii-${tag}@example.com`, name: `Ada Quillfeather ${tag}` },
      { email: `bo.pii-${tag}@example.com`, name: `Bo Marrowind ${tag}` },
    ];
    const renamed = `Renamed Zephyrine ${tag}`;
    const invited = `invitee.pii-${tag}@example.com`;
    const stranger = `stranger.pii-${tag}@example.com`;

    const signedUp = [];
    for (const person of people) signedUp.push(await api.signUp(person.email, person.name));
    for (const email of [people[0]?.email, stranger]) {
      const response = await fetch(`${api.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email }),
      });
      expect(response.status).toBe(202);
    }
    const second = signedUp[1];
    if (!second) throw new Error('no second user');
    await api.client(second.tokens).call(updateProfile, { body: { name: renamed } });

    const needles = [...people.flatMap((person) => [person.email, person.name]), renamed, stranger];
    if (api.app.hasRoute({ method: 'POST', url: contractUrl(createInvitation) })) {
      const first = signedUp[0];
      if (!first) throw new Error('no first user');
      const { rows } = await api.services.db.query<{ workspace_id: string }>(
        'SELECT workspace_id FROM memberships WHERE user_id = $1',
        [first.user.id],
      );
      await api.client(first.tokens).call(createInvitation, {
        params: { workspaceId: rows[0]?.workspace_id ?? '' },
        body: { email: invited, role: 'editor' },
      });
      needles.push(invited);
    }

    const found: Record<string, string[]> = {};
    for (const needle of needles) {
      const hits = await columnsHolding(api.services.db, needle);
      if (hits.length > 0) found[needle] = hits;
    }
    expect(found).toEqual({});
  });
});
