// `pagemagic-api rotate-keys`: after a new key has been put first in PAGEMAGIC_ENCRYPTION_KEYS (and every
// replica restarted with it), re-seals every encrypted column with it, so the old key can be dropped.
// Needs only the database: safe to run as a one-off Job beside the running API.

import { Command, InvalidArgumentError } from 'commander';
import pg from 'pg';
import type { ApiConfig } from '../config.ts';
import { PiiCipher } from '../crypto/pii.ts';
import { type ColumnRotation, reencryptAll } from '../protection/reencrypt.ts';

export interface CommandIo {
  stdout: (text: string) => void;
  /** Read when the command runs, so `--help` works without any configuration. */
  config: () => ApiConfig;
}

function batchSize(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 100_000) {
    throw new InvalidArgumentError('must be a whole number from 1 to 100000');
  }
  return Number(value);
}

export async function rotateKeys(
  config: ApiConfig,
  options: { batchSize?: number; onColumn?: (result: ColumnRotation) => void } = {},
): Promise<ColumnRotation[]> {
  const db = new pg.Pool({ connectionString: config.databaseUrl, max: 2 });
  try {
    const pii = new PiiCipher(config.encryption.keys, config.encryption.lookupKey);
    return await reencryptAll(db, pii, options);
  } finally {
    await db.end();
  }
}

export function rotateKeysCommand(io: CommandIo): Command {
  return new Command('rotate-keys')
    .description(
      'Re-encrypt every *_encrypted column with the current key (the first of PAGEMAGIC_ENCRYPTION_KEYS); idempotent',
    )
    .option('--batch-size <rows>', 'rows re-encrypted per transaction', batchSize, 500)
    .option('--json', 'print the counts as JSON')
    .action(async (options: { batchSize: number; json?: boolean }) => {
      const config = io.config();
      const keyId = config.encryption.keys[0]?.id;
      const results = await rotateKeys(config, {
        batchSize: options.batchSize,
        onColumn: options.json
          ? undefined
          : (result) =>
              io.stdout(
                `${result.table}.${result.column}: ${result.reencrypted} re-encrypted, ${result.alreadyCurrent} already under key ${keyId}\n`,
              ),
      });
      const total = results.reduce((sum, result) => sum + result.reencrypted, 0);
      if (options.json) io.stdout(`${JSON.stringify({ keyId, columns: results, reencrypted: total })}\n`);
      else
        io.stdout(`done: ${total} value(s) re-encrypted in ${results.length} column(s) with key ${keyId}\n`);
    });
}
