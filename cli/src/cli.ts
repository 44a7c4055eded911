// pagemagic: the Page Magic CLI, run by main.ts. Maps every way a command can end to the exit codes of
// DESIGN.md §8.

import { createInterface } from 'node:readline/promises';
import { CommanderError } from 'commander';
import { DEFAULT_API_URL, type Io, nonEmpty } from './context.ts';
import { CliError, EXIT, fromApiError } from './errors.ts';
import { buildProgram } from './program.ts';

const io: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  stdoutTty: process.stdout.isTTY === true,
  stderrTty: process.stderr.isTTY === true,
  stdinTty: process.stdin.isTTY === true,
  columns: process.stdout.columns ?? 100,
  async ask(question) {
    const prompt = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return await prompt.question(question);
    } finally {
      prompt.close();
    }
  },
};

// A reader that stops early (pagemagic completion bash | head -1) closes the pipe: the rest of the output
// is not wanted, which is no failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

// Ctrl-C is a cancellation (exit 2), whatever was in flight: the API keeps whatever it had accepted.
process.once('SIGINT', () => {
  process.stderr.write(`${process.stderr.isTTY ? '\r\u001b[2K' : ''}Cancelled.\n`);
  process.exit(EXIT.usage);
});

const program = buildProgram(io);
try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and --version are "errors" to commander; every other one is a usage mistake.
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    const apiUrl =
      program.opts<{ apiUrl?: string }>().apiUrl ??
      nonEmpty(process.env.PAGEMAGIC_API_URL) ??
      DEFAULT_API_URL;
    const failure = fromApiError(error, apiUrl, nonEmpty(process.env.PAGEMAGIC_TOKEN) !== undefined);
    process.stderr.write(`error: ${failure.message}\n`);
    if (failure.exitCode === EXIT.failure && !(error instanceof CliError) && process.env.PAGEMAGIC_DEBUG) {
      process.stderr.write(`${(error as Error).stack}\n`);
    }
    process.exitCode = failure.exitCode;
  }
}
