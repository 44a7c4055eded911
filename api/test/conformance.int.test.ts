// The API against its own OpenAPI document, by Schemathesis (PyPI, pinned in hack/conformance/requirements.txt):
// every operation, every check (status codes and content types the document lists, response bodies that
// match their schemas, requests the schema allows accepted and those it forbids refused, 405 for methods
// an operation lacks, no 5xx), as a signed-in user, with a fixed seed. The few exceptions, each with its
// reason, are in hack/conformance/schemathesis.toml.

import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '@pagemagic/hack/testkit/env';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

const run = promisify(execFile);
const UNLIMITED = '1000000';

let api: TestApi;
let schemathesis: string;

beforeAll(async () => {
  const installed = await run('bash', [join(repoRoot, 'hack', 'conformance', 'install.sh')]);
  schemathesis = installed.stdout.trim();
  // Thousands of requests from one address and one user: the budgets are not what is tested here.
  api = await startTestApi({
    env: {
      PAGEMAGIC_RATE_LIMIT_PER_USER: UNLIMITED,
      PAGEMAGIC_RATE_LIMIT_PER_IP: UNLIMITED,
      PAGEMAGIC_RATE_LIMIT_AUTH_PER_IP: UNLIMITED,
      PAGEMAGIC_RATE_LIMIT_AUTH_PER_EMAIL: UNLIMITED,
      PAGEMAGIC_RATE_LIMIT_REFRESH_PER_IP: UNLIMITED,
    },
  });
}, 300_000);

afterAll(async () => {
  await api?.close();
});

describe('the OpenAPI document', () => {
  it('is what the API does: Schemathesis finds no failure', async () => {
    const { tokens } = await api.signUp(`conformance-${Date.now().toString(36)}@example.com`);
    const result = await run(
      schemathesis,
      [
        '--config-file',
        join(repoRoot, 'hack', 'conformance', 'schemathesis.toml'),
        'run',
        `${api.url}/openapi.json`,
        '--url',
        api.url,
        '--no-color',
      ],
      {
        env: { ...process.env, PAGEMAGIC_CONFORMANCE_TOKEN: tokens.accessToken },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 840_000,
      },
    ).then(
      (done) => ({ code: 0, output: done.stdout + done.stderr }),
      (failed: { code?: number; stdout?: string; stderr?: string }) => ({
        code: failed.code ?? -1,
        output: `${failed.stdout ?? ''}${failed.stderr ?? ''}`,
      }),
    );
    // The report names each failure with a curl line that reproduces it.
    expect(result.code, result.output.slice(-20_000)).toBe(0);
    expect(result.output).toMatch(/Selected: \d+\/\d+/);
  }, 900_000);
});
