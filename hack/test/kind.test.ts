// `make kind-up` on a machine without Docker stops at once with a message that says what is missing and
// what to do, before it builds anything. PAGEMAGIC_DOCKER names a client that is not there, so the test
// means the same on a machine that has Docker.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../testkit/env.ts';

describe('hack/kind.sh without Docker', () => {
  for (const command of ['up', 'down']) {
    it(`${command} exits non-zero and says Docker is needed`, () => {
      const result = spawnSync('bash', [join(repoRoot, 'hack', 'kind.sh'), command], {
        encoding: 'utf8',
        env: { ...process.env, PAGEMAGIC_DOCKER: 'pagemagic-no-such-docker' },
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        "make kind-up needs Docker, and 'pagemagic-no-such-docker' is not installed",
      );
      expect(result.stderr).toContain('make cluster-up');
      // Nothing was built: kind.sh stopped before hack/tools/build.sh.
      expect(result.stderr).not.toContain('building');
    });
  }
});
