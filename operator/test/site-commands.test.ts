import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kindInfo, validateSiteDocument } from '@pagemagic/crds/site-document';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
// No AI key in the environment: the commands must fall back to the offline generator.
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [main, ...args], { env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pagemagic-site-cmd-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Each case spawns real processes; on a loaded 2-core machine that is seconds, not milliseconds.
describe('pagemagic-operator site generate', { timeout: 60_000 }, () => {
  it('writes a valid document for the brief, offline when no key is configured', async () => {
    const output = join(dir, 'bakery.json');
    const result = await run(
      'site',
      'generate',
      '--brief',
      'A family bakery in Porto, sourdough and pastel de nata, open since 1987',
      '--locale',
      'en,pt',
      '-o',
      output,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('with the offline draft writer (no AI)');
    // The brief gave no phone, email, address or hours: nothing is invented, and the command says so.
    expect(result.stderr).toMatch(/facts the brief did not give/);
    expect(result.stderr).toContain('phone number (page ');
    const document = JSON.parse(await readFile(output, 'utf8'));
    const validation = validateSiteDocument(document);
    expect(validation.ok).toBe(true);
    expect(document.locales).toEqual(['en', 'pt']);
    expect(JSON.stringify(document)).toContain('Porto');
  });

  it('prints the document on standard output without -o, identical for the same brief', async () => {
    const first = await run('site', 'generate', '--brief', 'Emergency plumber in Manchester, 24/7');
    const second = await run('site', 'generate', '--brief', 'Emergency plumber in Manchester, 24/7');
    expect(first.code).toBe(0);
    const site = JSON.parse(first.stdout);
    expect(kindInfo(site.kind).family).toBe('trades');
    expect(site.generatedBy).toEqual({ generator: 'offline' });
    expect(second.stdout).toBe(first.stdout);
  });

  it('refuses a malformed locale with exit code 2 and says what a locale looks like', async () => {
    const result = await run('site', 'generate', '--brief', 'A bakery', '--locale', 'EN_us');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"EN_us" is not a locale tag; use tags such as en, pt or pt-BR');
  });

  it('refuses a missing brief with exit code 2', async () => {
    const result = await run('site', 'generate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("required option '--brief <text>' not specified");
  });
});

describe('pagemagic-operator site render', { timeout: 60_000 }, () => {
  it('renders every page and the headers file into the directory', async () => {
    const document = join(dir, 'studio.json');
    expect(
      (await run('site', 'generate', '--brief', 'Studio de yoga à Lyon', '--locale', 'fr', '-o', document))
        .code,
    ).toBe(0);
    const output = join(dir, 'studio-site');
    const result = await run(
      'site',
      'render',
      document,
      '-o',
      output,
      '--base-url',
      'https://yoga.example.com',
    );
    expect(result.code, result.stderr).toBe(0);
    const files = await readdir(output, { recursive: true });
    expect(files).toEqual(
      expect.arrayContaining(['index.html', '_headers', 'sitemap.xml', 'robots.txt', '404.html']),
    );
    expect(await readFile(join(output, 'sitemap.xml'), 'utf8')).toContain('https://yoga.example.com/');
  });

  it('lists every problem of an invalid document with its path and exits 1', async () => {
    const file = join(dir, 'invalid.json');
    await writeFile(file, JSON.stringify({ schemaVersion: 1, name: 'x' }));
    const result = await run('site', 'render', file, '-o', join(dir, 'never'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is not a valid site document \(\d+ problems\)/);
    expect(result.stderr).toContain('/locales: is required');
  });

  it('says when the file is not JSON', async () => {
    const file = join(dir, 'broken.json');
    await writeFile(file, '{"name":');
    const result = await run('site', 'render', file, '-o', join(dir, 'never'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not valid JSON');
  });

  it('refuses a base URL that is not http(s) with exit code 2', async () => {
    const result = await run('site', 'render', 'x.json', '-o', dir, '--base-url', 'javascript:alert(1)');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('must be an http(s) URL');
  });
});
