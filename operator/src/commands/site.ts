// `pagemagic-operator site generate|render`: the site engine as commands, for people and for the
// operator's Job executor, which runs the same code in a Kubernetes Job.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  describeGenerator,
  describePlaceholder,
  placeholdersToFill,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import { Command, InvalidArgumentError, Option } from 'commander';
import { pullLayerFiles } from '../image/index.ts';
import { aiConfigFromEnv, createAiGenerator } from '../site/ai/index.ts';
import type { SiteBrief, SiteGenerator } from '../site/generator.ts';
import { createOfflineGenerator } from '../site/offline/index.ts';
import { renderSite } from '../site/render/index.ts';
import { readSiteDirectory, startSiteServer, withContentTypes } from '../site/serve.ts';
import { CommandError } from './errors.ts';

const TONES = ['friendly', 'professional', 'playful', 'elegant', 'bold'] as const;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

function locales(value: string, previous: string[] = []): string[] {
  const tags = value
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  for (const tag of tags) {
    if (!LOCALE.test(tag)) {
      throw new InvalidArgumentError(`"${tag}" is not a locale tag; use tags such as en, pt or pt-BR`);
    }
  }
  return [...previous, ...tags];
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** The AI generator when an API key is configured (and --offline was not given), else the offline one. */
export function chooseGenerator(env: NodeJS.ProcessEnv, offline: boolean): SiteGenerator {
  const config = offline ? undefined : aiConfigFromEnv(env);
  return config ? createAiGenerator(config) : createOfflineGenerator();
}

interface GenerateFlags {
  brief: string;
  locale?: string[];
  page?: string[];
  name?: string;
  tone?: SiteBrief['tone'];
  output?: string;
  offline?: boolean;
}

export async function generateCommand(flags: GenerateFlags, io: Io): Promise<void> {
  const brief: SiteBrief = {
    prompt: flags.brief,
    ...(flags.locale?.length ? { locales: [...new Set(flags.locale)] } : {}),
    ...(flags.page?.length ? { pages: flags.page } : {}),
    ...(flags.name ? { name: flags.name } : {}),
    ...(flags.tone ? { tone: flags.tone } : {}),
  };
  if (!brief.prompt.trim())
    throw new CommandError('--brief is empty; describe the business in a sentence', 2);
  const generator = chooseGenerator(io.env, flags.offline ?? false);
  const started = performance.now();
  try {
    const result = await generator.generateSite(brief, {
      onProgress: ({ stage }) => io.stderr(`${generator.name}: ${stage}\n`),
    });
    const json = `${JSON.stringify(result.site, null, 2)}\n`;
    if (flags.output) {
      await mkdir(dirname(resolve(flags.output)), { recursive: true });
      await writeFile(flags.output, json);
    } else {
      io.stdout(json);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const { promptTokens, completionTokens } = result.usage;
    io.stderr(
      `generated "${result.site.name}" (${result.site.kind}, ${result.site.locales.join(', ')}) with ${describeGenerator(result.site.generatedBy) ?? generator.name} ` +
        `in ${seconds}s; tokens: ${promptTokens} prompt, ${completionTokens} completion${result.cached ? ' (cached)' : ''}` +
        `${flags.output ? `; wrote ${flags.output}` : ''}\n`,
    );
    const missing = placeholdersToFill(result.site);
    if (missing.length > 0) {
      io.stderr(
        `${missing.length} fact${missing.length === 1 ? '' : 's'} the brief did not give, left out of the published site until you add ${missing.length === 1 ? 'it' : 'them'}:\n` +
          missing
            .map((p) => `  ${describePlaceholder(p)} (page ${p.page}, section ${p.sectionId})\n`)
            .join(''),
      );
    }
  } finally {
    if ('close' in generator && typeof generator.close === 'function') await generator.close();
  }
}

interface RenderFlags {
  output: string;
  baseUrl: string;
  formAction?: string;
}

export async function renderCommand(file: string, flags: RenderFlags, io: Io): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CommandError(`cannot read ${file}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CommandError(
      `${file} is not valid JSON (${(error as Error).message}); fix it or generate it again`,
    );
  }
  const validation = validateSiteDocument(parsed);
  if (!validation.ok) {
    const lines = validation.errors.map((error) => `  ${error.path || '/'}: ${error.message}`);
    throw new CommandError(
      `${file} is not a valid site document (${validation.errors.length} problem${validation.errors.length === 1 ? '' : 's'}):\n${lines.join('\n')}`,
    );
  }
  const started = performance.now();
  const site = renderSite(validation.value, {
    baseUrl: flags.baseUrl,
    ...(flags.formAction ? { formAction: flags.formAction } : {}),
  });
  let bytes = 0;
  for (const [path, rendered] of site.files) {
    const target = join(flags.output, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, rendered.body);
    bytes += rendered.body.length;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  io.stderr(
    `rendered ${site.pages.length} pages, ${site.files.size} files, ${(bytes / 1024).toFixed(1)} KiB ` +
      `to ${flags.output} in ${seconds}s (renderer ${site.rendererVersion})\n`,
  );
}

interface ServeFlags {
  host: string;
  port: string;
}

/** Where a site image keeps its files (the Build reconciler's layer prefix). */
const SITE_PREFIX = '/srv/site';

export async function serveCommand(source: string, flags: ServeFlags, io: Io): Promise<void> {
  const isDirectory = await stat(source).then(
    (info) => info.isDirectory(),
    () => false,
  );
  let files: Awaited<ReturnType<typeof readSiteDirectory>>;
  try {
    files = isDirectory
      ? await readSiteDirectory(source)
      : withContentTypes(await pullLayerFiles(source, { prefix: SITE_PREFIX }));
  } catch (error) {
    throw new CommandError(
      `cannot read a site from ${source}: ${(error as Error).message}; give a directory written by ` +
        '`site render` or an image reference such as 127.0.0.1:15000/ns/site@sha256:…',
    );
  }
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CommandError(`--port ${flags.port} is not a TCP port; use a number from 0 to 65535`, 2);
  }
  const server = await startSiteServer(files, { host: flags.host, port });
  io.stderr(`serving ${files.size} files from ${source} at ${server.url}/ (Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
}

function httpUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(`"${value}" is not a URL; use one like https://bakery.example.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InvalidArgumentError(`"${value}" must be an http(s) URL`);
  }
  return value;
}

export function siteCommand(io: Io): Command {
  // Sub-commands inherit these, so usage mistakes reach main's handler (exit 2) instead of exiting here.
  const site = new Command('site')
    .description('generate and render sites with the site engine')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)');
  site
    .command('generate')
    .description('write a site document (JSON) from a brief, with AI when an API key is configured')
    .requiredOption('--brief <text>', 'what the business is, in a sentence or two')
    .option(
      '--locale <tags>',
      'a locale of the site, repeatable or comma-separated; the first is the default',
      locales,
    )
    .option('--page <hint>', 'a page the site should have, e.g. menu; repeatable', collect)
    .option('--name <name>', 'the business name, when the brief does not say it')
    .addOption(new Option('--tone <tone>', 'the voice of the copy').choices(TONES))
    .option('-o, --output <file>', 'write the document here instead of standard output')
    .option('--offline', 'use the offline generator even when an AI key is configured')
    .action((flags: GenerateFlags) => generateCommand(flags, io));
  site
    .command('render')
    .description('render a site document into static files (HTML, sitemap, headers) in a directory')
    .argument('<site.json>', 'a site document, as written by `site generate`')
    .requiredOption('-o, --output <dir>', 'the directory to write the files into')
    .option(
      '--base-url <url>',
      'where the site will be served; used for canonical URLs and the sitemap',
      httpUrl,
      'http://localhost:8080',
    )
    .option('--form-action <url>', 'an https endpoint that receives the contact form', httpUrl)
    .action((file: string, flags: RenderFlags) => renderCommand(file, flags, io));
  site
    .command('serve')
    .description('preview a site from a rendered directory or from the image a Build pushed')
    .argument('<dir-or-image>', 'a directory written by `site render`, or an image reference')
    .option('--host <host>', 'the address to listen on', '127.0.0.1')
    .option('--port <port>', 'the port to listen on (0 picks a free one)', '8081')
    .action((source: string, flags: ServeFlags) => serveCommand(source, flags, io));
  return site;
}
