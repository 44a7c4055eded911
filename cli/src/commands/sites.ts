import { readFile } from 'node:fs/promises';
import type { PagemagicClient } from '@pagemagic/api/client';
import { regenerateSite } from '@pagemagic/api/contract/regenerate';
import {
  createSite,
  deleteSite,
  getSite,
  getSiteContent,
  listSites,
  publishSite,
  putSiteContent,
  rollbackSite,
  SiteSchema,
  unpinSite,
} from '@pagemagic/api/contract/sites';
import { describeGenerator, describePlaceholder, placeholdersToFill } from '@pagemagic/crds/site-document';
import { type Command, Option } from 'commander';
import { openerFor, openUrl } from '../browser.ts';
import { completes } from '../completion.ts';
import { type Context, confirmDestructive } from '../context.ts';
import { CliError, usageError } from '../errors.ts';
import {
  ago,
  type OutputMode,
  paint,
  parseJsonFields,
  renderDetail,
  renderJson,
  renderTable,
} from '../output.ts';
import { followSite, type Goal, type Site } from '../progress.ts';
import {
  DEFAULT_WAIT_MINUTES,
  fieldsOf,
  JSON_FLAG,
  JSON_HELP,
  minutesOption,
  type Run,
  siteArgument,
} from './shared.ts';

interface WaitOptions {
  wait: boolean;
  timeout: number;
}

function withWait(command: Command): Command {
  return command
    .option('--no-wait', 'return at once instead of following the progress')
    .option('--timeout <minutes>', 'how long to follow the progress', minutesOption, DEFAULT_WAIT_MINUTES);
}

export function phasePainter(mode: OutputMode) {
  return (cell: string, raw: string) => {
    if (raw === 'ready') return paint(mode, 'green', cell);
    if (raw === 'failed') return paint(mode, 'red', cell);
    return paint(mode, 'yellow', cell);
  };
}

/** Follows the site to `goal` (unless --no-wait), then prints its URL on stdout for scripts. */
async function finish(
  context: Context,
  client: PagemagicClient,
  site: Pick<Site, 'id'> & { status?: Site['status'] },
  goal: Goal,
  options: WaitOptions,
  started: number,
  action: string,
): Promise<void> {
  const { io } = context;
  if (!options.wait) {
    io.stderr(`${action}; follow it with pagemagic sites view ${site.id}\n`);
    io.stdout(`${site.id}\n`);
    return;
  }
  const done = await followSite(context, client, site.id, goal, {
    timeoutMs: options.timeout * 60_000,
    started,
    initial: site.status?.phase,
  });
  if (!done.status.url)
    throw new CliError(`Site ${site.id} is ready but has no URL yet: see pagemagic sites view ${site.id}`);
  io.stderr(
    `${action}: ${done.id} is live${done.status.liveBuild ? ` (build ${done.status.liveBuild})` : ''}.\n`,
  );
  io.stdout(`${done.status.url}\n`);
}

const KEEP_PIN_FLAG = '--keep-pin';
const KEEP_PIN_HELP =
  'keep the pinned Build live; the change is built but waits until pagemagic sites unpin (default: the pin is removed and the change goes live)';

/** What a change that removed a pin says, and how to pin again. */
function unpinnedNotice(siteId: string, build: string): string {
  return `Build ${build} was pinned as live; the pin is removed so this change goes live. To pin it again: pagemagic sites publish ${siteId} --build ${build}\n`;
}

function keptPinNotice(siteId: string, build: string): string {
  return `Build ${build} stays live (pinned): this change is built but not published. Make it live with pagemagic sites unpin ${siteId}\n`;
}

/** Ready on (at least) the Website generation that carries the change. */
const readyAt = (generation: number): Goal => ({
  reached: (site) =>
    site.status.phase === 'ready' && site.generation >= generation && !!site.status.liveBuild,
});

/** Ready and serving the pinned Build. */
const servingPinned = (build: string | undefined): Goal => ({
  reached: (site) => site.status.phase === 'ready' && !!build && site.status.liveBuild === build,
});

export function siteCommands(program: Command, run: Run): void {
  const sites = program.command('sites').description('Create, change, publish and delete sites');

  withWait(
    sites
      .command('create')
      .description('Create a site from a prompt: AI writes it, then it is built and served')
      .requiredOption('--prompt <text>', 'what the site is about, in your words')
      .option(
        '--locale <tag...>',
        'languages to write it in, e.g. --locale en pt-PT (the first is the default)',
      )
      .option('--name <name>', 'the site id (a DNS label); made from the prompt when left out'),
  ).action(
    run(async (context, options: WaitOptions & { prompt: string; locale?: string[]; name?: string }) => {
      if (options.prompt.trim() === '') {
        throw usageError(
          '--prompt needs a description of the business, e.g. --prompt "Family bakery in Porto"',
        );
      }
      const started = Date.now();
      const client = await context.signedIn();
      const site = await client.call(createSite, {
        body: {
          prompt: options.prompt,
          ...(options.locale ? { locales: options.locale } : {}),
          ...(options.name ? { name: options.name } : {}),
        },
      });
      context.io.stderr(`Created site ${site.id}.\n`);
      await finish(
        context,
        client,
        site,
        readyAt(site.generation),
        options,
        started,
        `Site ${site.id} created`,
      );
    }),
  );

  sites
    .command('list')
    .alias('ls')
    .description("List the workspace's sites")
    .option(JSON_FLAG, JSON_HELP)
    .action(
      run(async (context, options: { json?: string | boolean }) => {
        const fields = parseJsonFields(options.json, fieldsOf(SiteSchema));
        const client = await context.signedIn();
        const items: Site[] = [];
        let next: string | undefined;
        do {
          const page = await client.call(listSites, {
            query: { limit: 100, ...(next ? { continue: next } : {}) },
          });
          items.push(...page.items);
          next = page.continue;
        } while (next);
        if (options.json) {
          context.io.stdout(renderJson(items, fields));
          return;
        }
        if (items.length === 0 && context.mode.tty) {
          context.io.stderr('No sites yet: create one with pagemagic sites create --prompt "…"\n');
          return;
        }
        const now = Date.now();
        context.io.stdout(
          renderTable(
            items,
            [
              { header: 'ID', value: (s) => s.id },
              { header: 'PHASE', value: (s) => s.status.phase, paint: phasePainter(context.mode) },
              { header: 'URL', value: (s) => s.status.url, shrink: true },
              { header: 'LIVE BUILD', value: (s) => s.status.liveBuild },
              { header: 'CREATED', value: (s) => ago(s.createdAt, now, context.mode) },
            ],
            context.mode,
          ),
        );
      }),
    );

  sites
    .command('view')
    .description('Show a site: where it is (writing, building, deploying, ready, failed), its URL and builds')
    .addArgument(siteArgument())
    .option(JSON_FLAG, JSON_HELP)
    .action(
      run(async (context, siteId: string, options: { json?: string | boolean }) => {
        const fields = parseJsonFields(options.json, fieldsOf(SiteSchema));
        const client = await context.signedIn();
        const site = await client.call(getSite, { params: { siteId } });
        if (options.json) {
          context.io.stdout(renderJson(site, fields));
          return;
        }
        const document = site.status.contentRevision
          ? (await client.call(getSiteContent, { params: { siteId } })).document
          : undefined;
        const missing = document ? placeholdersToFill(document) : [];
        context.io.stdout(
          renderDetail(
            [
              ['id', site.id],
              ['phase', site.status.phase],
              ['url', site.status.url],
              ['live build', site.status.liveBuild],
              ['latest build', site.status.latestBuild],
              [
                'pinned build',
                site.pinnedBuild &&
                  (site.status.latestBuild && site.status.latestBuild !== site.pinnedBuild
                    ? `${site.pinnedBuild} (build ${site.status.latestBuild} is newer and waits: pagemagic sites unpin ${site.id})`
                    : `${site.pinnedBuild} (later changes wait: pagemagic sites unpin ${site.id})`),
              ],
              ['not picked up', site.status.notPickedUp?.message],
              ['content revision', site.status.contentRevision],
              ['locales', (document?.locales ?? site.locales).join(' ')],
              ['written by', describeGenerator(document?.generatedBy)],
              ['facts to add', missing.map(describePlaceholder).join(', ') || undefined],
              ['prompt', site.prompt],
              ['created', site.createdAt],
              ['conditions', site.status.conditions.map((c) => `${c.type}=${c.status}`).join(' ')],
            ],
            context.mode,
          ),
        );
      }),
    );

  sites
    .command('open')
    .description('Open the live site in your browser ($BROWSER, else the system opener) and print its URL')
    .addArgument(siteArgument())
    .option('--print', 'only print the URL; open nothing')
    .action(
      run(async (context, siteId: string, options: { print?: boolean }) => {
        const site = await (await context.signedIn()).call(getSite, { params: { siteId } });
        const url = site.status.liveBuild ? site.status.url : undefined;
        if (!url) throw new CliError(notLiveYet(site));
        context.io.stdout(`${url}\n`);
        if (options.print) return;
        const failed = await openUrl(openerFor(url, context.io.env, process.platform));
        if (failed) {
          context.io.stderr(
            `Could not open a browser (${failed}): open the URL above yourself, or set BROWSER to your browser's command (e.g. BROWSER=firefox). --print skips opening.\n`,
          );
        }
      }),
    );

  sites
    .command('get-content')
    .description('Print the site document (JSON) to edit and send back with sites edit')
    .addArgument(siteArgument())
    .option(JSON_FLAG, 'print {revision, document}; a comma-separated list selects fields')
    .action(
      run(async (context, siteId: string, options: { json?: string | boolean }) => {
        const fields = parseJsonFields(options.json, ['revision', 'document']);
        const content = await (await context.signedIn()).call(getSiteContent, { params: { siteId } });
        if (options.json) {
          context.io.stdout(renderJson(content, fields));
          return;
        }
        context.io.stderr(
          `Revision ${content.revision}; pass --base-revision ${content.revision} to sites edit to refuse overwriting a later change.\n`,
        );
        context.io.stdout(`${JSON.stringify(content.document, null, 2)}\n`);
      }),
    );

  withWait(
    sites
      .command('edit')
      .description(
        'Replace the site document with a file (as get-content prints it), then build and roll it out',
      )
      .addArgument(siteArgument())
      .addOption(
        completes(
          new Option(
            '--file <path>',
            'the site document (JSON); - reads standard input',
          ).makeOptionMandatory(),
          'file',
        ),
      )
      .option(
        '--base-revision <revision>',
        'fail instead of overwriting if the site changed since this revision',
      )
      .option(KEEP_PIN_FLAG, KEEP_PIN_HELP),
  ).action(
    run(
      async (
        context,
        siteId: string,
        options: WaitOptions & { file: string; baseRevision?: string; keepPin?: boolean },
      ) => {
        const started = Date.now();
        const document = await readDocument(options.file);
        const client = await context.signedIn();
        const site = await client.call(putSiteContent, {
          params: { siteId },
          body: {
            document,
            ...(options.baseRevision ? { baseRevision: options.baseRevision } : {}),
            ...(options.keepPin ? { keepPin: true } : {}),
          },
        });
        context.io.stderr(`Saved the new content of ${siteId}.\n`);
        if (site.unpinned) context.io.stderr(unpinnedNotice(siteId, site.unpinned));
        if (options.keepPin && site.pinnedBuild) {
          context.io.stderr(keptPinNotice(siteId, site.pinnedBuild));
          context.io.stdout(`${siteId}\n`);
          return;
        }
        await finish(
          context,
          client,
          site,
          readyAt(site.generation),
          options,
          started,
          `Edit of ${siteId} rolled out`,
        );
      },
    ),
  );

  withWait(
    sites
      .command('regenerate')
      .description(
        'Write the whole site again from its prompt, or rewrite one section following an instruction',
      )
      .addArgument(siteArgument())
      .option('--section <id>', 'only this section (its id in the site document)')
      .option('--instruction <text>', 'how the section should change, e.g. "shorter"; needs --section')
      .option(KEEP_PIN_FLAG, KEEP_PIN_HELP),
  ).action(
    run(
      async (
        context,
        siteId: string,
        options: WaitOptions & { section?: string; instruction?: string; keepPin?: boolean },
      ) => {
        if (options.instruction && !options.section) {
          throw usageError(
            '--instruction changes one section: add --section <id> (ids are in sites get-content)',
          );
        }
        if (options.section && !options.instruction) {
          throw usageError('Say how the section should change: add --instruction "…"');
        }
        const started = Date.now();
        const client = await context.signedIn();
        const answer = await client.call(regenerateSite, {
          params: { siteId },
          body: {
            ...(options.section ? { section: options.section, instruction: options.instruction } : {}),
            ...(options.keepPin ? { keepPin: true } : {}),
          },
        });
        context.io.stderr(
          `Regenerating ${answer.section ? `section ${answer.section} of ` : ''}${siteId}.\n`,
        );
        if (answer.unpinned) context.io.stderr(unpinnedNotice(siteId, answer.unpinned));
        if (options.keepPin) {
          const { pinnedBuild } = await client.call(getSite, { params: { siteId } });
          if (pinnedBuild) {
            context.io.stderr(keptPinNotice(siteId, pinnedBuild));
            context.io.stdout(`${siteId}\n`);
            return;
          }
        }
        const site = { id: siteId };
        await finish(
          context,
          client,
          site,
          readyAt(answer.generation),
          options,
          started,
          `${siteId} regenerated`,
        );
      },
    ),
  );

  withWait(
    sites
      .command('publish')
      .description('Make a Build the live one (default: the newest that succeeded)')
      .addArgument(siteArgument())
      .option('--build <build>', 'the Build to publish, as builds list shows it'),
  ).action(
    run(async (context, siteId: string, options: WaitOptions & { build?: string }) => {
      const started = Date.now();
      const client = await context.signedIn();
      const site = await client.call(publishSite, {
        params: { siteId },
        body: options.build ? { build: options.build } : {},
      });
      context.io.stderr(`Publishing build ${site.pinnedBuild} of ${siteId}.\n`);
      if (site.placeholders.length > 0) {
        context.io.stderr(
          `Warning: ${site.placeholders.length} fact${site.placeholders.length === 1 ? '' : 's'} not given yet, left out of the published pages:\n` +
            site.placeholders.map((p) => `  ${p.label} (page ${p.page}, section ${p.sectionId})\n`).join('') +
            `Add ${site.placeholders.length === 1 ? 'it' : 'them'} with pagemagic sites get-content ${siteId} > site.json, edit the file, then pagemagic sites edit ${siteId} --file site.json.\n`,
        );
      }
      await finish(
        context,
        client,
        site,
        servingPinned(site.pinnedBuild),
        options,
        started,
        `Published ${site.pinnedBuild}`,
      );
    }),
  );

  withWait(
    sites
      .command('rollback')
      .description('Go back to the Build that was live before the current one')
      .addArgument(siteArgument()),
  ).action(
    run(async (context, siteId: string, options: WaitOptions) => {
      const started = Date.now();
      const client = await context.signedIn();
      const site = await client.call(rollbackSite, { params: { siteId } });
      context.io.stderr(`Rolling ${siteId} back to build ${site.pinnedBuild}.\n`);
      await finish(
        context,
        client,
        site,
        servingPinned(site.pinnedBuild),
        options,
        started,
        `Rolled back to ${site.pinnedBuild}`,
      );
    }),
  );

  withWait(
    sites
      .command('unpin')
      .description('Stop pinning a Build: the newest that succeeds goes live, now and after every change')
      .addArgument(siteArgument()),
  ).action(
    run(async (context, siteId: string, options: WaitOptions) => {
      const started = Date.now();
      const client = await context.signedIn();
      const site = await client.call(unpinSite, { params: { siteId } });
      if (!site.unpinned) {
        context.io.stderr(`Nothing was pinned on ${siteId}: it already goes live with every change.\n`);
        context.io.stdout(`${siteId}\n`);
        return;
      }
      context.io.stderr(`Unpinned build ${site.unpinned} of ${siteId}; the newest build goes live.\n`);
      await finish(context, client, site, readyAt(site.generation), options, started, `${siteId} unpinned`);
    }),
  );

  sites
    .command('delete')
    .alias('rm')
    .description('Delete a site with its builds, content, domains and hosting')
    .addArgument(siteArgument())
    .option('--yes', 'do not ask for confirmation')
    .action(
      run(async (context, siteId: string, options: { yes?: boolean }) => {
        await confirmDestructive(context, `delete site ${siteId}`, options.yes);
        const answer = await (await context.signedIn()).call(deleteSite, { params: { siteId } });
        context.io.stdout(`Site ${answer.id} is being deleted.\n`);
      }),
    );
}

/** Why a site has nothing to open yet, and what to do about it. */
export function notLiveYet(site: Pick<Site, 'id' | 'status'>): string {
  const { id, status } = site;
  if (status.phase === 'failed') {
    return `Site ${id} is not live: its first build failed. See why with pagemagic sites view ${id} (and pagemagic builds list ${id}), then fix it with pagemagic sites edit or pagemagic sites regenerate`;
  }
  return `Site ${id} has no live URL yet (${status.phase}): nothing is served until its first build is live. Follow it with pagemagic sites view ${id}, and run pagemagic sites open ${id} again once it is ready`;
}

async function readDocument(path: string): Promise<unknown> {
  let text: string;
  try {
    text = path === '-' ? await readStdin() : await readFile(path, 'utf8');
  } catch (error) {
    throw usageError(
      `Could not read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): check the path`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw usageError(
      `${path} is not valid JSON (${(error as Error).message}): fix it, or start again from pagemagic sites get-content`,
    );
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
