import { BuildSchema, getBuild, listSiteBuilds } from '@pagemagic/api/contract/builds';
import type { Command } from 'commander';
import { ago, paint, parseJsonFields, renderDetail, renderJson, renderTable } from '../output.ts';
import { fieldsOf, JSON_FLAG, JSON_HELP, type Run, siteArgument } from './shared.ts';

export function buildCommands(program: Command, run: Run): void {
  const builds = program.command('builds').description("A site's Builds: each is an image of the whole site");

  builds
    .command('list')
    .alias('ls')
    .description("List a site's Builds, newest first; * marks the live one")
    .addArgument(siteArgument())
    .option(JSON_FLAG, JSON_HELP)
    .action(
      run(async (context, siteId: string, options: { json?: string | boolean }) => {
        const fields = parseJsonFields(options.json, fieldsOf(BuildSchema));
        const { items } = await (await context.signedIn()).call(listSiteBuilds, { params: { siteId } });
        if (options.json) {
          context.io.stdout(renderJson(items, fields));
          return;
        }
        const now = Date.now();
        const mode = context.mode;
        context.io.stdout(
          renderTable(
            items,
            [
              { header: '', value: (b) => (b.live ? '*' : mode.tty ? ' ' : '') },
              { header: 'ID', value: (b) => b.id },
              {
                header: 'PHASE',
                value: (b) => b.phase,
                paint: (cell, raw) =>
                  paint(mode, raw === 'Succeeded' ? 'green' : raw === 'Failed' ? 'red' : 'yellow', cell),
              },
              { header: 'PAGES', value: (b) => b.pages },
              { header: 'REVISION', value: (b) => b.contentRevision, shrink: true },
              { header: 'CREATED', value: (b) => ago(b.createdAt, now, mode) },
            ],
            mode,
          ),
        );
      }),
    );

  builds
    .command('view')
    .description('Show one Build: its image, size, timings, and why it failed if it did')
    .argument('<build>', 'the Build id, as builds list shows it')
    .option(JSON_FLAG, JSON_HELP)
    .action(
      run(async (context, buildId: string, options: { json?: string | boolean }) => {
        const fields = parseJsonFields(options.json, fieldsOf(BuildSchema));
        const build = await (await context.signedIn()).call(getBuild, { params: { buildId } });
        if (options.json) {
          context.io.stdout(renderJson(build, fields));
          return;
        }
        context.io.stdout(
          renderDetail(
            [
              ['id', build.id],
              ['site', build.site],
              ['phase', build.phase],
              ['live', build.live ? 'yes' : 'no'],
              ['content revision', build.contentRevision],
              ['image', build.image],
              ['pages', build.pages],
              ['bytes', build.bytes],
              ['seconds', build.durations?.totalSeconds],
              ['preview', build.previewUrl],
              ['message', build.message],
              ['created', build.createdAt],
              ['completed', build.completedAt],
            ],
            context.mode,
          ),
        );
      }),
    );
}
