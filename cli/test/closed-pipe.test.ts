// A reader that stops early (`pagemagic completion bash | head -1`) closes the pipe while pagemagic is
// still writing: the rest of the output is simply not wanted, so it ends quietly with exit 0.

import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_MAIN } from './helpers/run-cli.ts';

describe('stdout closed by its reader', () => {
  it('ends pagemagic with exit 0 and no stack trace', async () => {
    const child = spawn(process.execPath, [CLI_MAIN, 'completion', 'bash'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Closing the only read end before the CLI writes makes every write of it fail with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((done) => child.once('close', done));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});
