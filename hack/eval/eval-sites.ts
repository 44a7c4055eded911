// Site-quality eval: writes a site for every brief in the corpus with the offline generator, renders it, and
// scores it against what the owner said (see score.ts). A measurement, not a test: it always exits 0 once it
// has a report, and says which goals are missed.
//
//   node hack/eval/eval-sites.ts [--json] [--sample N] [--only TEXT] [--verbose] [--corpus FILE]
//
//   --json      also write every result to .local/eval/results.json
//   --sample N  screenshot N briefs' home pages at 390 and 1280 px wide into .local/eval/ (default 12, 0: none)
//   --only TEXT evaluate only briefs whose id contains TEXT (comma-separated: any of them)
//   --verbose   list each brief's missing facts, contradictions and fabrications under the table

import { access, mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { SiteDocument } from '@pagemagic/crds/site-document';
import { createOfflineGenerator } from '../../operator/src/site/offline/index.ts';
import { type RenderedFile, renderSite } from '../../operator/src/site/render/index.ts';
import { type BriefEntry, corpusCoverage, DEFAULT_CORPUS, loadCorpus } from './corpus.ts';
import {
  GOALS,
  pct,
  type RenderedPageInput,
  type SiteScore,
  SUPPORTED_LANGUAGES,
  scoreSite,
  totals,
} from './score.ts';

const ROOT = new URL('../../', import.meta.url);
const OUT = new URL('.local/eval/', ROOT);
const BASE_URL = 'https://eval.pagemagic.site';
const CHROMIUM = '/usr/bin/chromium';

interface Row {
  id: string;
  brief: string;
  expect: BriefEntry['expect'];
  ms?: number;
  generatedBy?: string;
  score?: SiteScore;
  error?: string;
}

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: node hack/eval/eval-sites.ts [--json] [--sample N] [--only TEXT] [--verbose] [--corpus FILE]\n`,
  );
  process.exit(2);
}

function options() {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    usage((error as Error).message);
  }
  const sample = Number(parsed.values.sample);
  if (!Number.isInteger(sample) || sample < 0)
    usage(`--sample wants a whole number ≥ 0, not "${parsed.values.sample}"`);
  return {
    json: parsed.values.json === true,
    verbose: parsed.values.verbose === true,
    sample,
    only: parsed.values.only
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    corpus: parsed.values.corpus,
  };
}

function parse() {
  return parseArgs({
    options: {
      json: { type: 'boolean' },
      verbose: { type: 'boolean' },
      sample: { type: 'string', default: '12' },
      only: { type: 'string' },
      corpus: { type: 'string' },
    },
    strict: true,
  });
}

const decoder = new TextDecoder();

function pagesOf(site: ReturnType<typeof renderSite>): RenderedPageInput[] {
  return site.pages.map((page) => {
    const file = site.files.get(page.file);
    return {
      urlPath: page.urlPath,
      locale: page.locale,
      kind: page.kind,
      html: file ? decoder.decode(file.body) : '',
    };
  });
}

function generatorName(doc: SiteDocument): string {
  const by = (doc as { generatedBy?: { generator?: string; model?: string } }).generatedBy;
  return by?.generator ? `${by.generator}${by.model ? ` (${by.model})` : ''}` : 'unrecorded';
}

/** Evenly spread over the corpus, so the screenshots show every part of it, not just its first briefs. */
function sampleIds(entries: readonly BriefEntry[], count: number): Set<string> {
  const ids = new Set<string>();
  if (count <= 0 || entries.length === 0) return ids;
  const n = Math.min(count, entries.length);
  for (let i = 0; i < n; i++) ids.add(entries[Math.floor((i * entries.length) / n)]?.id ?? '');
  return ids;
}

// --- The table ------------------------------------------------------------------------------------------

const COLUMNS = [
  ['brief', 36],
  ['family', 22],
  ['lang', 8],
  ['facts', 7],
  ['contra', 7],
  ['fabr', 6],
  ['ms', 7],
] as const;

function cell(text: string, width: number, right = false): string {
  const clipped = text.length > width - 1 ? `${text.slice(0, width - 2)}…` : text;
  return right ? clipped.padStart(width - 1).padEnd(width) : clipped.padEnd(width);
}

function header(): string {
  const line = COLUMNS.map(([name, width], i) => cell(name, width, i >= 3)).join('');
  return `${line}\n${'─'.repeat(line.length)}`;
}

function rowLine(row: Row): string {
  const ms = row.ms === undefined ? '–' : String(Math.round(row.ms));
  if (!row.score) {
    return [cell(row.id, 36), cell(`ERROR ${row.error ?? ''}`, 22 + 8 + 7 + 7 + 6), cell(ms, 7, true)].join(
      '',
    );
  }
  const s = row.score;
  const family = s.family.ok ? `✓ ${s.family.actual}` : `✗ ${s.family.actual}≠${s.family.expected}`;
  const language =
    s.language.ok === null
      ? `– ${s.language.actual}`
      : s.language.ok
        ? `✓ ${s.language.actual}`
        : `✗ ${s.language.actual}≠${s.language.expected}`;
  const found = s.facts.filter((f) => f.found).length;
  return [
    cell(row.id, 36),
    cell(family, 22),
    cell(language, 8),
    cell(`${found}/${s.facts.length}`, 7, true),
    cell(String(s.contradictions.length), 7, true),
    cell(String(s.fabrications.length), 6, true),
    cell(ms, 7, true),
  ].join('');
}

function details(row: Row): string[] {
  const s = row.score;
  if (!s) return [`  ${row.id}: ${row.error}`];
  const lines: string[] = [];
  for (const f of s.facts.filter((f) => !f.found)) lines.push(`    missing ${f.fact}: ${f.expected}`);
  for (const c of s.contradictions) {
    lines.push(`    contradiction ${c.category}: ${c.value} @ ${c.where}${c.detail ? ` (${c.detail})` : ''}`);
  }
  for (const f of s.fabrications) {
    lines.push(`    fabrication ${f.category}: ${f.value} @ ${f.where}${f.detail ? ` — ${f.detail}` : ''}`);
  }
  return lines.length > 0 ? [`  ${row.id}`, ...lines] : [];
}

// --- Screenshots ----------------------------------------------------------------------------------------

/** Serves one rendered site at a time from memory, on loopback only. */
async function startServer(): Promise<{
  server: Server;
  port: number;
  show(files: Map<string, RenderedFile>): void;
}> {
  let files = new Map<string, RenderedFile>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = files.get(path) ?? files.get(`${path.replace(/\/?$/, '/')}index.html`);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': file.contentType }).end(file.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    show(next) {
      files = next;
    },
  };
}

async function screenshots(sites: Map<string, Map<string, RenderedFile>>): Promise<string[]> {
  if (sites.size === 0) return [];
  try {
    await access(CHROMIUM);
  } catch {
    process.stdout.write(
      `\nscreenshots skipped: no ${CHROMIUM} (apt-get install chromium; make services-up installs it)\n`,
    );
    return [];
  }
  const { launchBrowser } = await import('../../operator/test/helpers/browser.ts');
  await mkdir(OUT, { recursive: true });
  const { server, port, show } = await startServer();
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    for (const [id, files] of sites) {
      show(files);
      for (const [width, height] of [
        [390, 844],
        [1280, 800],
      ] as const) {
        const context = await browser.newContext({ viewport: { width, height } });
        try {
          const page = await context.newPage();
          await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
          const file = new URL(`${id.replace(/[^a-z0-9.-]/gi, '_')}-${width}.png`, OUT);
          await page.screenshot({ path: fileURLToPath(file), fullPage: true });
          written.push(fileURLToPath(file));
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return written;
}

// --- Main -----------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const opts = options();
  let corpus: BriefEntry[];
  try {
    corpus = await loadCorpus(opts.corpus ?? DEFAULT_CORPUS);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const entries = opts.only ? corpus.filter((e) => opts.only?.some((o) => e.id.includes(o))) : corpus;
  if (entries.length === 0) usage(`no brief id contains ${opts.only?.join(' or ')}`);

  const coverage = corpusCoverage(entries);
  let briefModule = 'absent';
  try {
    await access(new URL('operator/src/site/brief/index.ts', ROOT));
    briefModule = 'present';
  } catch {}
  process.stdout.write(
    `Site eval: ${coverage.briefs} briefs, ${coverage.kinds} kinds, ${Object.keys(coverage.families).length} families, ` +
      `languages ${Object.entries(coverage.languages)
        .map(([l, n]) => `${l} ${n}`)
        .join(', ')}; brief understanding (operator/src/site/brief/index.ts) ${briefModule}\n\n${header()}\n`,
  );

  const generator = createOfflineGenerator();
  const sampled = sampleIds(entries, opts.sample);
  const kept = new Map<string, Map<string, RenderedFile>>();
  const rows: Row[] = [];
  for (const entry of entries) {
    const row: Row = { id: entry.id, brief: entry.brief, expect: entry.expect };
    try {
      const started = performance.now();
      const { site } = await generator.generateSite({
        prompt: entry.brief,
        ...(entry.locales ? { locales: entry.locales } : {}),
      });
      const rendered = renderSite(site, { baseUrl: BASE_URL });
      row.ms = performance.now() - started;
      row.generatedBy = generatorName(site);
      row.score = scoreSite(entry, site, pagesOf(rendered));
      if (sampled.has(entry.id)) kept.set(entry.id, rendered.files);
    } catch (error) {
      row.error = (error as Error).message.split('\n')[0] ?? String(error);
    }
    rows.push(row);
    process.stdout.write(`${rowLine(row)}\n`);
  }

  const t = totals(rows);
  const generators = [...new Set(rows.map((r) => r.generatedBy).filter(Boolean))].join(', ') || 'none';
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const categories = Object.entries(t.byCategory)
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
  process.stdout.write(
    [
      '',
      `generator: ${generators}`,
      `${mark(t.familyRate >= GOALS.family)} kind family   ${pct(t.familyRate)} (${t.familyOk}/${t.briefs}; goal ≥ ${pct(GOALS.family)})`,
      `${mark(t.languageRate >= GOALS.language)} language      ${pct(t.languageRate)} (${t.languageOk}/${t.languageJudged} in ${SUPPORTED_LANGUAGES.join(', ')}; goal ${pct(GOALS.language)})`,
      `${mark(t.factsRate >= GOALS.facts)} facts         ${pct(t.factsRate)} (${t.factsFound}/${t.factsExpected}; goal ≥ ${pct(GOALS.facts)})`,
      `${mark(t.contradictions <= GOALS.contradictions)} contradictions ${t.contradictions} (goal ${GOALS.contradictions})`,
      `${mark(t.fabrications <= GOALS.fabrications)} fabrications  ${t.fabrications} (goal ${GOALS.fabrications})`,
      `${mark(t.p50Ms <= GOALS.p50Ms)} generate+render p50 ${Math.round(t.p50Ms)} ms, p95 ${Math.round(t.p95Ms)} ms (goal p50 ≤ ${GOALS.p50Ms} ms)`,
      `${t.errors === 0 ? '✓' : '✗'} errors        ${t.errors}`,
      categories ? `findings by category: ${categories}` : 'findings by category: none',
      '',
      t.missed.length === 0
        ? 'All goals met.'
        : `Goals missed:\n${t.missed.map((m) => `  - ${m}`).join('\n')}`,
      '',
    ].join('\n'),
  );

  if (opts.verbose) {
    const lines = rows.flatMap(details);
    if (lines.length > 0) process.stdout.write(`Findings per brief:\n${lines.join('\n')}\n`);
  }

  if (opts.json) {
    await mkdir(OUT, { recursive: true });
    const file = new URL('results.json', OUT);
    await writeFile(file, `${JSON.stringify({ goals: GOALS, totals: t, coverage, rows }, null, 2)}\n`);
    process.stdout.write(`wrote ${fileURLToPath(file)}\n`);
  }

  try {
    const shots = await screenshots(kept);
    if (shots.length > 0)
      process.stdout.write(`wrote ${shots.length} screenshots to ${fileURLToPath(OUT)}\n`);
  } catch (error) {
    // Screenshots are a look at the output, not part of the measurement: report and carry on.
    process.stdout.write(`screenshots failed: ${(error as Error).message}\n`);
  }
}

await main();
