// The command tree: `pagemagic <noun> <verb>`, with global options every command reads through its
// Context. Built as a function of its I/O so tests and completion can walk it.

import { Argument, Command } from 'commander';
import { authCommands } from './commands/auth.ts';
import { billingCommands } from './commands/billing.ts';
import { buildCommands } from './commands/builds.ts';
import { completeCommand } from './commands/complete.ts';
import { domainCommands } from './commands/domains.ts';
import { inboxCommands } from './commands/inbox.ts';
import type { Run } from './commands/shared.ts';
import { siteCommands } from './commands/sites.ts';
import { usageCommand } from './commands/usage.ts';
import { workspaceCommands } from './commands/workspaces.ts';
import { commandTree, completionScript, SHELLS, type Shell } from './completion.ts';
import { createContext, type GlobalOptions, type Io } from './context.ts';

export const VERSION = '0.1.0';

export function buildProgram(io: Io): Command {
  const program = new Command('pagemagic')
    .description('Page Magic from the command line: AI-written websites, built and served for you')
    .version(VERSION)
    .option(
      '--api-url <url>',
      'the Page Magic API (default: $PAGEMAGIC_API_URL, else the one you signed in to, else http://127.0.0.1:18090, where make dev serves it)',
    )
    .addHelpText(
      'after',
      `
Environment:
  PAGEMAGIC_TOKEN      an access token to use instead of the stored sign-in (CI)
  PAGEMAGIC_API_URL    the API, as --api-url
  PAGEMAGIC_WORKSPACE  the workspace to act on, instead of the one chosen with workspaces switch
  XDG_CONFIG_HOME      where the sign-in is stored (pagemagic/config.json under it; default ~/.config)

Exit codes: 0 ok, 1 failure, 2 usage error or cancelled, 4 not signed in.`,
    )
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)')
    .showSuggestionAfterError();

  const run: Run =
    (action) =>
    async (...args) => {
      const context = await createContext(io, program.opts<GlobalOptions>());
      await action(context, ...args);
    };

  authCommands(program, run);
  workspaceCommands(program, run);
  siteCommands(program, run);
  buildCommands(program, run);
  domainCommands(program, run);
  inboxCommands(program, run);
  usageCommand(program, run);
  billingCommands(program, run);
  completeCommand(program, io);

  program
    .command('completion')
    .description('Print a shell completion script, e.g. source <(pagemagic completion bash)')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .action((shell: Shell) => {
      io.stdout(completionScript(shell, commandTree(program)));
    });

  return program;
}
