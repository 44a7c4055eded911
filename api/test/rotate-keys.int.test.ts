// Rotating the PII key: values sealed with key A stay readable once B is put first ([B, A]);
// `pagemagic-api rotate-keys` re-seals every *_encrypted column (found by name, including ones other
// features add) in batches; afterwards B alone reads everything, and a second run has nothing to do.

import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail, findUserById } from '../src/accounts/users.ts';
import { PiiCipher } from '../src/crypto/pii.ts';
import type { ColumnRotation } from '../src/protection/reencrypt.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

const run = promisify(execFile);
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const keyA = { id: 'a', key: randomBytes(32) };
const keyB = { id: 'b', key: randomBytes(32) };
const encoded = (...keys: { id: string; key: Buffer }[]) =>
  keys.map(({ id, key }) => `${id}:${key.toString('base64')}`).join(',');

let api: TestApi;
const people = Array.from({ length: 3 }, (_, index) => ({
  email: `rotate-${index}-${randomBytes(3).toString('hex')}@example.com`,
  name: `Rotated Person ${index}`,
}));

beforeAll(async () => {
  api = await startTestApi({ env: { PAGEMAGIC_ENCRYPTION_KEYS: encoded(keyA) } });
  for (const person of people) await api.signUp(person.email, person.name);
  // A column another feature might add: found by its name, sealed with its table.column as context.
  await api.services.db.query('CREATE TABLE rotation_probe (id int PRIMARY KEY, secret_encrypted text)');
  await api.services.db.query('INSERT INTO rotation_probe VALUES (1, $1), (2, NULL)', [
    api.services.pii.encrypt('probe secret', 'rotation_probe.secret'),
  ]);
});
afterAll(async () => api?.close());

function rotateKeys(keys: string, ...args: string[]) {
  const { config } = api.services;
  return run(process.execPath, [MAIN, 'rotate-keys', '--json', ...args], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: config.databaseUrl,
      PAGEMAGIC_ENCRYPTION_KEYS: keys,
      PAGEMAGIC_LOOKUP_KEY: config.encryption.lookupKey.toString('base64'),
      PAGEMAGIC_JWT_KEYS: JSON.stringify(config.jwt.signingKeys),
    },
  });
}

function services(...keys: { id: string; key: Buffer }[]) {
  return { db: api.services.db, pii: new PiiCipher(keys, api.services.config.encryption.lookupKey) };
}

async function keyIdsIn(sql: string): Promise<string[]> {
  const { rows } = await api.services.db.query<{ value: string }>(sql);
  return [...new Set(rows.map((row) => row.value.split('.')[1] ?? '?'))].sort();
}

describe('rotate-keys', () => {
  it('re-encrypts everything with the new key, in batches, and the old key can then be dropped', async () => {
    const { rows } = await api.services.db.query<{ id: string }>('SELECT id FROM users ORDER BY id');
    expect(rows).toHaveLength(people.length);

    // New key first, old one still listed: what a replica does right after the rotation starts.
    const both = services(keyB, keyA);
    for (const person of people) {
      const user = await findUserByEmail(both, person.email);
      expect(user).toMatchObject({ email: person.email, name: person.name });
    }

    const first = JSON.parse((await rotateKeys(encoded(keyB, keyA), '--batch-size', '2')).stdout) as {
      keyId: string;
      columns: ColumnRotation[];
      reencrypted: number;
    };
    expect(first.keyId).toBe('b');
    const column = (table: string, name: string) =>
      first.columns.find((entry) => entry.table === table && entry.column === name);
    expect(column('users', 'email_encrypted')).toMatchObject({ reencrypted: 3, alreadyCurrent: 0 });
    expect(column('users', 'name_encrypted')).toMatchObject({ reencrypted: 3, alreadyCurrent: 0 });
    expect(column('rotation_probe', 'secret_encrypted')).toEqual({
      table: 'rotation_probe',
      column: 'secret_encrypted',
      context: 'rotation_probe.secret',
      reencrypted: 1,
      alreadyCurrent: 0,
    });

    expect(await keyIdsIn('SELECT email_encrypted AS value FROM users')).toEqual(['b']);
    expect(await keyIdsIn('SELECT name_encrypted AS value FROM users')).toEqual(['b']);
    expect(
      await keyIdsIn(
        'SELECT secret_encrypted AS value FROM rotation_probe WHERE secret_encrypted IS NOT NULL',
      ),
    ).toEqual(['b']);

    const onlyB = services(keyB);
    for (const { id } of rows) expect(await findUserById(onlyB, id)).toBeDefined();
    for (const person of people) {
      expect(await findUserByEmail(onlyB, person.email)).toMatchObject({ name: person.name });
    }
    const probe = await api.services.db.query<{ secret_encrypted: string }>(
      'SELECT secret_encrypted FROM rotation_probe WHERE id = 1',
    );
    expect(onlyB.pii.decrypt(probe.rows[0]?.secret_encrypted ?? '', 'rotation_probe.secret')).toBe(
      'probe secret',
    );
    // And the old key alone reads nothing any more.
    expect(() =>
      services(keyA).pii.decrypt(probe.rows[0]?.secret_encrypted ?? '', 'rotation_probe.secret'),
    ).toThrow(/key 'b' is not configured/);

    const second = JSON.parse((await rotateKeys(encoded(keyB))).stdout) as { reencrypted: number };
    expect(second.reencrypted).toBe(0);
  });

  it('stops with exit 1 naming the row when a value is sealed with a key that is not configured', async () => {
    const keyC = { id: 'c', key: randomBytes(32) };
    const failure = await rotateKeys(encoded(keyC)).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(
      /rotation_probe\.secret_encrypted row \(\d+,\d+\) cannot be decrypted as rotation_probe\.secret: encryption key 'b' is not configured/,
    );
    // Nothing was changed: B still reads every value.
    expect(await keyIdsIn('SELECT email_encrypted AS value FROM users')).toEqual(['b']);
  });

  it('refuses usage mistakes with exit 2', async () => {
    const failure = await rotateKeys(encoded(keyB), '--batch-size', '0').catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 2 });
  });
});
