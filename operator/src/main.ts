#!/usr/bin/env node
// pagemagic-operator: the operator's one binary. Sub-commands run the site engine for people and for
// the Job executor.
import { Command, CommanderError } from 'commander';
import { CommandError } from './commands/errors.ts';
import { runCommand } from './commands/run.ts';
import { serveSitesCommand } from './commands/serve-sites.ts';
import { siteCommand } from './commands/site.ts';
import { executorCommand } from './executor/command.ts';
import { ConfigError } from './runtime/index.ts';

const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  env: process.env,
};

const program = new Command('pagemagic-operator')
  .description('The Page Magic operator and site engine')
  .exitOverride()
  .showHelpAfterError('(run with --help for usage)')
  .addCommand(siteCommand(io))
  .addCommand(runCommand(io))
  .addCommand(serveSitesCommand(io))
  .addCommand(executorCommand(io));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version are "errors" to commander; usage mistakes exit 2 as the house style says.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof ConfigError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = 2;
  } else if (error instanceof CommandError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(`error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
