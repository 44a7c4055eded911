import { getWorkspace, listWorkspaces, WorkspaceSchema } from '@pagemagic/api/contract/workspaces';
import { Argument, type Command } from 'commander';
import { completes } from '../completion.ts';
import { readConfig, updateConfig } from '../config.ts';
import { nonEmpty } from '../context.ts';
import { CliError } from '../errors.ts';
import { paint, parseJsonFields, renderJson, renderTable } from '../output.ts';
import { fieldsOf, JSON_FLAG, JSON_HELP, type Run } from './shared.ts';

export function workspaceCommands(program: Command, run: Run): void {
  const workspaces = program.command('workspaces').description('The workspaces you belong to');

  workspaces
    .command('list')
    .alias('ls')
    .description('List your workspaces; * marks the one commands act on')
    .option(JSON_FLAG, JSON_HELP)
    .action(
      run(async (context, options: { json?: string | boolean }) => {
        const fields = parseJsonFields(options.json, fieldsOf(WorkspaceSchema));
        const { items } = await (await context.signedIn()).call(listWorkspaces);
        if (options.json) {
          context.io.stdout(renderJson(items, fields));
          return;
        }
        const chosen =
          nonEmpty(context.io.env.PAGEMAGIC_WORKSPACE) ??
          (await readConfig(context.io.env)).workspace ??
          items[0]?.id;
        context.io.stdout(
          renderTable(
            items,
            [
              { header: '', value: (w) => (w.id === chosen ? '*' : context.mode.tty ? ' ' : '') },
              { header: 'ID', value: (w) => w.id },
              { header: 'NAME', value: (w) => w.name, shrink: true },
              { header: 'ROLE', value: (w) => w.role },
              { header: 'PLAN', value: (w) => w.plan },
            ],
            context.mode,
          ),
        );
      }),
    );

  workspaces
    .command('switch')
    .description('Act on another workspace from now on (stored with your sign-in)')
    .addArgument(
      completes(new Argument('<workspace>', 'the workspace id, as workspaces list shows it'), 'workspaces'),
    )
    .action(
      run(async (context, id: string) => {
        const client = await context.signedIn();
        const workspace = await client.call(getWorkspace, { params: { workspaceId: id } }).catch((error) => {
          const status = (error as { status?: number }).status;
          if (status === 404 || status === 400) {
            throw new CliError(`You have no workspace "${id}": see pagemagic workspaces list for yours`);
          }
          throw error;
        });
        await updateConfig((config) => ({ ...config, workspace: workspace.id }), context.io.env);
        context.io.stdout(
          `Now using workspace ${paint(context.mode, 'bold', workspace.id)} (${workspace.name}, ${workspace.role}).\n`,
        );
      }),
    );
}
