// Keys for development and tests, where nobody configured any. Kept in a file under .local by `make dev`
// so restarting the API does not log everyone out; production refuses to start without real keys.

import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DevelopmentKeys } from './config.ts';

export function generateDevelopmentKeys(): DevelopmentKeys {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    jwtKeys: [
      {
        kid: `dev-${randomBytes(6).toString('hex')}`,
        privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      },
    ],
    encryptionKeys: [{ id: 'dev1', key: randomBytes(32) }],
    lookupKey: randomBytes(32),
  };
}

interface StoredKeys {
  jwtKeys: DevelopmentKeys['jwtKeys'];
  encryptionKeys: { id: string; key: string }[];
  lookupKey: string;
}

/** The keys in `file`, made on first use (mode 0600). */
export function persistentDevelopmentKeys(file: string): () => DevelopmentKeys {
  return () => {
    if (existsSync(file)) {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredKeys;
      return {
        jwtKeys: stored.jwtKeys,
        encryptionKeys: stored.encryptionKeys.map(({ id, key }) => ({ id, key: Buffer.from(key, 'base64') })),
        lookupKey: Buffer.from(stored.lookupKey, 'base64'),
      };
    }
    const keys = generateDevelopmentKeys();
    const stored: StoredKeys = {
      jwtKeys: keys.jwtKeys,
      encryptionKeys: keys.encryptionKeys.map(({ id, key }) => ({ id, key: key.toString('base64') })),
      lookupKey: keys.lookupKey.toString('base64'),
    };
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(stored), { mode: 0o600 });
    return keys;
  };
}
