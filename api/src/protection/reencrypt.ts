// Key rotation for PII at rest. Every column named `*_encrypted` holds values sealed by PiiCipher with the
// column as context (`<table>.<column without _encrypted>`, as accounts/users.ts does for users.email).
// Columns are found by name in information_schema, so a feature that adds one is covered without being
// listed here. Values sealed with any key other than the current one are re-sealed in batches, each batch
// one transaction with its rows locked, so the API can keep running; a second run finds nothing to do.

import pg from 'pg';
import type { PiiCipher } from '../crypto/pii.ts';
import { inTransaction } from '../db/transaction.ts';

export interface EncryptedColumn {
  table: string;
  column: string;
  /** The additional authenticated data the values were sealed with. */
  context: string;
}

export interface ColumnRotation extends EncryptedColumn {
  /** Values re-sealed with the current key by this run. */
  reencrypted: number;
  /** Non-null values that already used the current key. */
  alreadyCurrent: number;
}

const TEXT_TYPES = new Set(['text', 'character varying']);

export class ReencryptError extends Error {
  override name = 'ReencryptError';
}

/** Every `*_encrypted` column of the current schema, in a stable order. */
export async function encryptedColumns(db: pg.Pool | pg.PoolClient): Promise<EncryptedColumn[]> {
  const { rows } = await db.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT c.table_name, c.column_name, c.data_type
       FROM information_schema.columns c
       JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
        AND c.column_name LIKE '%\\_encrypted'
      ORDER BY c.table_name, c.column_name`,
  );
  return rows.map((row) => {
    if (!TEXT_TYPES.has(row.data_type)) {
      throw new ReencryptError(
        `${row.table_name}.${row.column_name} is ${row.data_type}; *_encrypted columns must be text holding PiiCipher values (rename the column if it is something else)`,
      );
    }
    return {
      table: row.table_name,
      column: row.column_name,
      context: `${row.table_name}.${row.column_name.replace(/_encrypted$/, '')}`,
    };
  });
}

/** Re-seals every value of every encrypted column that is not under the current key. */
export async function reencryptAll(
  db: pg.Pool,
  pii: PiiCipher,
  options: { batchSize?: number; onColumn?: (result: ColumnRotation) => void } = {},
): Promise<ColumnRotation[]> {
  const batchSize = options.batchSize ?? 500;
  const results: ColumnRotation[] = [];
  for (const column of await encryptedColumns(db)) {
    const result = await reencryptColumn(db, pii, column, batchSize);
    options.onColumn?.(result);
    results.push(result);
  }
  return results;
}

async function reencryptColumn(
  db: pg.Pool,
  pii: PiiCipher,
  target: EncryptedColumn,
  batchSize: number,
): Promise<ColumnRotation> {
  const table = pg.escapeIdentifier(target.table);
  const column = pg.escapeIdentifier(target.column);
  const current = pii.currentKeyId;
  let reencrypted = 0;
  for (;;) {
    const batch = await inTransaction(db, async (client) => {
      // ctid addresses the row without knowing the table's key; the lock keeps it valid until COMMIT.
      const { rows } = await client.query<{ row: string; value: string }>(
        `SELECT ctid::text AS row, ${column} AS value FROM ${table}
          WHERE ${column} IS NOT NULL AND split_part(${column}, '.', 2) <> $1
          LIMIT $2 FOR UPDATE`,
        [current, batchSize],
      );
      if (rows.length === 0) return 0;
      const sealed = rows.map(({ row, value }) => {
        try {
          return pii.encrypt(pii.decrypt(value, target.context), target.context);
        } catch (error) {
          throw new ReencryptError(
            `${target.table}.${target.column} row ${row} cannot be decrypted as ${target.context}: ${(error as Error).message}`,
          );
        }
      });
      await client.query(
        `UPDATE ${table} AS t SET ${column} = v.value
           FROM unnest($1::tid[], $2::text[]) AS v(row, value) WHERE t.ctid = v.row`,
        [rows.map((row) => row.row), sealed],
      );
      return rows.length;
    });
    if (batch === 0) break;
    reencrypted += batch;
  }
  const { rows } = await db.query<{ count: string }>(
    `SELECT count(*) AS count FROM ${table} WHERE ${column} IS NOT NULL`,
  );
  return { ...target, reencrypted, alreadyCurrent: Number(rows[0]?.count ?? 0) - reencrypted };
}
