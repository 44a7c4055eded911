// A config home holding a stored sign-in for a new user of a test API, as pagemagic login would leave it,
// with the workspace namespace that user's sites live in.

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TokenPair } from '../../../api/src/auth/sessions.ts';
import type { TestApi } from '../../../api/test/helpers/test-api.ts';
import { type CliEnv, newConfigHome } from './run-cli.ts';

export interface SignedIn {
  env: CliEnv;
  tokens: TokenPair;
  /** The namespace of the user's own workspace. */
  namespace: string;
}

export async function signedInHome(api: TestApi): Promise<SignedIn> {
  const { user, tokens } = await api.signUp();
  const configHome = await newConfigHome();
  await mkdir(join(configHome, 'pagemagic'), { recursive: true, mode: 0o700 });
  await writeFile(
    join(configHome, 'pagemagic', 'config.json'),
    JSON.stringify({
      apiUrl: api.url,
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      userId: user.id,
    }),
    { mode: 0o600 },
  );
  const { rows } = await api.services.db.query<{ namespace: string }>(
    'SELECT w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id WHERE m.user_id = $1',
    [user.id],
  );
  return { env: { configHome, apiUrl: api.url }, tokens, namespace: rows[0]?.namespace ?? '' };
}
