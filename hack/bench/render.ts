// Render benchmark: Page Magic's renderer against Eleventy on the same machine, in the same run, for the
// same number of pages of comparable content (a blog: each page a title, a date and a few paragraphs,
// a heading and a list, inside a layout with a header, navigation and footer).
//
//   node hack/bench/render.ts [--pages 250,1000,4000] [--runs 3]
//
// Each measurement runs in a fresh child process so peak memory (maxRSS) belongs to one build only.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import Eleventy from '@11ty/eleventy';
import { exampleSiteDocument, type Post, type SiteDocument } from '@pagemagic/crds/site-document';
import { renderSite } from '@pagemagic/operator/site';

const run = promisify(execFile);
const self = fileURLToPath(import.meta.url);

interface Measurement {
  pages: number;
  seconds: number;
  peakRssMiB: number;
}

// Deterministic filler: the same words in the same order for both tools.
const WORDS =
  'sourdough crust crumb oven flour levain morning bakery porto family recipe butter custard pastry nata ' +
  'cinnamon lemon tart bread rye spelt honey almond fig orange cream loaf baguette croissant proof knead';
function sentence(seed: number, length: number): string {
  const words = WORDS.split(' ');
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(words[(seed * 7 + i * 13) % words.length] as string);
  const text = out.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

interface Article {
  slug: string;
  title: string;
  date: string;
  excerpt: string;
  paragraphs: string[];
  heading: string;
  list: string[];
}

function articles(count: number): Article[] {
  return Array.from({ length: count }, (_, i) => ({
    slug: `post-${i}`,
    title: `Notes from the oven, number ${i}`,
    date: `20${String(10 + (i % 15)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    excerpt: sentence(i, 14),
    paragraphs: [sentence(i + 1, 40), sentence(i + 2, 55), sentence(i + 3, 35)],
    heading: `What we learned on day ${i}`,
    list: [sentence(i + 4, 6), sentence(i + 5, 7), sentence(i + 6, 5)],
  }));
}

/** The example site with its blog grown to `pages` pages in total (the renderer does not re-validate). */
function pageMagicDocument(pages: number): SiteDocument {
  const doc = exampleSiteDocument();
  const single: SiteDocument = { ...doc, locales: [doc.defaultLocale], translations: {} };
  // 404 page + regular pages are rendered too; the rest are posts.
  const postCount = Math.max(0, pages - single.pages.length - 1);
  const posts: Post[] = articles(postCount).map((article) => ({
    slug: article.slug,
    title: article.title,
    date: article.date,
    excerpt: article.excerpt,
    body: [
      { kind: 'paragraph', text: article.paragraphs[0] as string },
      { kind: 'heading', text: article.heading },
      { kind: 'paragraph', text: article.paragraphs[1] as string },
      { kind: 'list', ordered: false, items: article.list },
      { kind: 'paragraph', text: article.paragraphs[2] as string },
    ],
  }));
  return { ...single, posts };
}

async function measurePageMagic(pages: number): Promise<Omit<Measurement, 'peakRssMiB'> & { files: number }> {
  const doc = pageMagicDocument(pages);
  const out = await mkdtemp(join(tmpdir(), 'bench-pagemagic-'));
  const started = performance.now();
  const site = renderSite(doc, { baseUrl: 'https://bakery.example.com' });
  // Writing the files is part of a static build, as it is for Eleventy.
  await Promise.all(
    [...site.files].map(async ([path, file]) => {
      const target = join(out, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.body);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await rm(out, { recursive: true, force: true });
  return { pages: site.pages.length, seconds, files: site.files.size };
}

const LAYOUT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{{ title }} | Padaria Ribeira</title><meta name="description" content="{{ excerpt }}">
<style>body{font-family:system-ui,sans-serif;margin:0;color:#1f2937}header,main,footer{max-width:60rem;margin:auto;padding:1rem}nav a{margin-right:1rem}</style>
</head><body><a href="#main">Skip to content</a><header><a href="/">Padaria Ribeira</a><nav aria-label="Main">
<a href="/">Home</a><a href="/menu/">Menu</a><a href="/about/">About</a><a href="/blog/">Blog</a><a href="/contact/">Contact</a></nav></header>
<main id="main"><article><h1>{{ title }}</h1><p><time datetime="{{ date }}">{{ date }}</time></p>{{ content }}</article></main>
<footer><p>Padaria Ribeira, Porto. Baking since 1987.</p></footer></body></html>
`;

async function measureEleventy(pages: number): Promise<Omit<Measurement, 'peakRssMiB'> & { files: number }> {
  const root = await mkdtemp(join(tmpdir(), 'bench-eleventy-'));
  const input = join(root, 'src');
  const output = join(root, '_site');
  await mkdir(join(input, '_includes'), { recursive: true });
  await writeFile(join(input, '_includes', 'post.liquid'), LAYOUT);
  await Promise.all(
    articles(pages).map((article) =>
      writeFile(
        join(input, `${article.slug}.md`),
        `---\nlayout: post.liquid\ntitle: "${article.title}"\ndate: ${article.date}\nexcerpt: "${article.excerpt}"\n---\n\n` +
          `${article.paragraphs[0]}\n\n## ${article.heading}\n\n${article.paragraphs[1]}\n\n` +
          `${article.list.map((item) => `- ${item}`).join('\n')}\n\n${article.paragraphs[2]}\n`,
      ),
    ),
  );
  const started = performance.now();
  const build = new Eleventy(input, output, { quietMode: true });
  await build.write();
  const seconds = (performance.now() - started) / 1000;
  await rm(root, { recursive: true, force: true });
  return { pages, seconds, files: pages };
}

/** Runs one measurement in a child process and reads back its figures and peak RSS. */
async function measureInChild(tool: 'pagemagic' | 'eleventy', pages: number): Promise<Measurement> {
  const { stdout } = await run(process.execPath, [self, '--child', tool, '--pages', String(pages)], {
    maxBuffer: 1024 * 1024,
  });
  // Eleventy prints its own summary line even in quiet mode; the figures are the last line.
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Measurement;
}

async function child(tool: string, pages: number): Promise<void> {
  const result = tool === 'pagemagic' ? await measurePageMagic(pages) : await measureEleventy(pages);
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ pages: result.pages, seconds: result.seconds, peakRssMiB }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      child: { type: 'string' },
      pages: { type: 'string', default: '250,1000,4000' },
      runs: { type: 'string', default: '3' },
    },
  });
  if (values.child) return child(values.child, Number(values.pages));

  const sizes = values.pages.split(',').map(Number);
  const runs = Number(values.runs);
  console.log(
    `render benchmark: Page Magic renderer vs Eleventy 3.1.8; median of ${runs} runs each, Node ${process.version}`,
  );
  console.log(
    'pages  | Page Magic pages/s  ms/page  peak MiB | Eleventy pages/s  ms/page  peak MiB | ratio (ours/Eleventy)',
  );
  for (const size of sizes) {
    const ours: Measurement[] = [];
    const theirs: Measurement[] = [];
    for (let i = 0; i < runs; i++) {
      // Interleaved, so drift in machine load hits both tools alike.
      ours.push(await measureInChild('pagemagic', size));
      theirs.push(await measureInChild('eleventy', size));
    }
    const row = (m: Measurement[]) => {
      const seconds = median(m.map((x) => x.seconds));
      const pages = m[0]?.pages ?? size;
      return {
        rate: pages / seconds,
        msPerPage: (seconds * 1000) / pages,
        peak: Math.max(...m.map((x) => x.peakRssMiB)),
      };
    };
    const a = row(ours);
    const b = row(theirs);
    console.log(
      `${String(size).padEnd(6)} | ${a.rate.toFixed(0).padStart(16)} ${a.msPerPage.toFixed(3).padStart(8)} ${a.peak.toFixed(0).padStart(9)} | ` +
        `${b.rate.toFixed(0).padStart(16)} ${b.msPerPage.toFixed(3).padStart(8)} ${b.peak.toFixed(0).padStart(9)} | ${(a.rate / b.rate).toFixed(2)}x`,
    );
  }
}

await main();
