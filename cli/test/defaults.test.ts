import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@pagemagic/hack/testkit/env';
import { describe, expect, it } from 'vitest';
import { DEFAULT_API_URL } from '../src/context.ts';

describe('the CLI out of the box', () => {
  it('talks to the API that make dev starts', () => {
    const devScript = readFileSync(join(repoRoot, 'hack', 'dev.sh'), 'utf8');
    const port = /^api_port=\$\{PAGEMAGIC_DEV_API_PORT:-(\d+)\}$/mu.exec(devScript)?.[1];
    expect(port).toBeDefined();
    expect(DEFAULT_API_URL).toBe(`http://127.0.0.1:${port}`);
  });
});
