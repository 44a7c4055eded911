// The renderer (`@pagemagic/operator/render`) also runs in the web app's browser preview. These tests keep it
// that way: nothing it loads may import a Node built-in, and loaded the way a browser bundle loads it (the
// "browser" condition, no built-ins, no code built from strings) it must give the very bytes Node gives.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('../src/site/render/index.ts', import.meta.url));

/** The export conditions a browser bundler matches; "types" and "node" are left out on purpose. */
const BROWSER_CONDITIONS = new Set(['browser', 'import', 'module', 'default']);

type Target = string | null | Target[] | { [condition: string]: Target };

function pickTarget(target: Target | undefined): string | undefined {
  if (target === undefined || target === null) return undefined;
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const option of target) {
      const picked = pickTarget(option);
      if (picked) return picked;
    }
    return undefined;
  }
  for (const [condition, value] of Object.entries(target)) {
    if (!BROWSER_CONDITIONS.has(condition)) continue;
    const picked = pickTarget(value);
    if (picked) return picked;
  }
  return undefined;
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

function nearestPackageJson(file: string): string {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${file}`);
  }
}

function resolvePackage(specifier: string, from: string): string {
  const parts = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, nameLength).join('/');
  const subpath = ['.', ...parts.slice(nameLength)].join('/');
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const packageDir = join(dir, 'node_modules', name);
    if (existsSync(join(packageDir, 'package.json'))) {
      const manifest = readJson(join(packageDir, 'package.json'));
      const exports = manifest.exports as Target | undefined;
      let target: string | undefined;
      if (exports === undefined) {
        const browserField = typeof manifest.browser === 'string' ? manifest.browser : undefined;
        target =
          subpath === '.'
            ? (browserField ??
              (manifest.module as string | undefined) ??
              (manifest.main as string | undefined))
            : subpath;
        target ??= './index.js';
      } else {
        const isSubpathMap =
          typeof exports === 'object' && !Array.isArray(exports) && exports !== null
            ? Object.keys(exports).some((key) => key.startsWith('.'))
            : false;
        const map = isSubpathMap ? (exports as Record<string, Target>) : { '.': exports };
        target = pickTarget(map[subpath]);
      }
      if (!target) throw new Error(`${name} exports nothing a browser can load as ${subpath}`);
      return realpathSync(join(packageDir, target));
    }
    if (dirname(dir) === dir) throw new Error(`cannot find package ${name} from ${from}`);
  }
}

function resolveSpecifier(specifier: string, from: string): string {
  if (specifier.startsWith('./') || specifier.startsWith('../')) return resolve(dirname(from), specifier);
  if (specifier.startsWith('#')) {
    const manifestPath = nearestPackageJson(from);
    const imports = (readJson(manifestPath).imports ?? {}) as Record<string, Target>;
    const target = pickTarget(imports[specifier]);
    if (!target) throw new Error(`${manifestPath} maps ${specifier} to nothing a browser can load`);
    return resolve(dirname(manifestPath), target);
  }
  return resolvePackage(specifier, from);
}

/** Specifiers a module loads at run time: static imports and re-exports (type-only ones are erased) and literal dynamic imports. */
function runtimeSpecifiers(source: string): string[] {
  const found: string[] = [];
  const statement = /^[ \t]*(import|export)\b([^;'"]*?)\bfrom\s*['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(statement)) {
    if (!/^\s+type\b/.test(match[2] ?? '')) found.push(match[3] ?? '');
  }
  for (const match of source.matchAll(/^[ \t]*import\s*['"]([^'"]+)['"]/gm)) found.push(match[1] ?? '');
  for (const match of source.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(match[1] ?? '');
  return found;
}

// Node globals a browser lacks, looked for in our own code only (libraries guard their uses of `process`).
const NODE_GLOBALS = /\bBuffer\s*[.(<]|:\s*Buffer\b|\bprocess\.|\b__dirname\b|\b__filename\b|\brequire\s*\(/;

interface Graph {
  files: string[];
  problems: string[];
}

/** Every module `entry` loads, as a browser bundler would resolve it, and each Node-only thing one uses. */
function browserImportGraph(entry: string): Graph {
  const seen = new Set<string>();
  const problems: string[] = [];
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const shown = relative(REPO, file);
    const source = readFileSync(file, 'utf8');
    if (!file.includes(`${join('/', 'node_modules', '/')}`)) {
      const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      const global = NODE_GLOBALS.exec(code);
      if (global) problems.push(`${shown} uses the Node global in "${global[0]}"`);
    }
    for (const specifier of runtimeSpecifiers(source)) {
      if (isBuiltin(specifier)) {
        problems.push(`${shown} imports ${specifier}`);
        continue;
      }
      queue.push(resolveSpecifier(specifier, file));
    }
  }
  return { files: [...seen].map((file) => relative(REPO, file)).sort(), problems };
}

describe('the renderer import graph', () => {
  const graph = browserImportGraph(ENTRY);

  it('imports no Node built-in and uses no Node global anywhere', () => {
    expect(
      graph.problems,
      'operator/src/site/render/index.ts must stay loadable in a browser: move Node-only code out of its import ' +
        'graph (see template-sources.ts) or put it behind a "browser" condition (see #sha256 in operator/package.json)',
    ).toEqual([]);
  });

  it('is walked the way a browser bundle resolves it', () => {
    expect(graph.files).toEqual(
      expect.arrayContaining([
        'operator/src/site/render/render-site.ts',
        'operator/src/site/render/templates.generated.ts',
        'operator/src/site/render/sha256-browser.ts',
        'crds/src/site-document.ts',
        expect.stringMatching(/^node_modules\/@noble\/hashes\/sha2\.js$/),
        expect.stringMatching(/^node_modules\/@sinclair\/typebox\/build\/esm\//),
      ]),
    );
    expect(graph.files).not.toContain('operator/src/site/render/sha256-node.ts');
  });

  it('would catch a Node import', () => {
    expect(
      browserImportGraph(fileURLToPath(new URL('../src/site/serve.ts', import.meta.url))).problems,
    ).toEqual(
      expect.arrayContaining([
        'operator/src/site/serve.ts imports node:fs/promises',
        'operator/src/site/resolve.ts imports node:zlib',
        expect.stringMatching(/^operator\/src\/site\/serve\.ts uses the Node global in "/),
      ]),
    );
  });
});

// Loads the renderer as a browser bundle would and prints path → SHA-256 of every file of the example site.
// @pagemagic/crds/site-document is loaded before the guards go up: it compiles its validator with
// `new Function` when it loads (TypeBox's TypeCompiler), which is outside the renderer and has to be changed
// in crds before a preview can run under a CSP without 'unsafe-eval'.
const BROWSER_LIKE_RENDER = `
import { createHash } from 'node:crypto';
import { isBuiltin, registerHooks } from 'node:module';
const { exampleSiteDocument } = await import('@pagemagic/crds/site-document');
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (isBuiltin(specifier)) throw new Error(context.parentURL + ' imports the Node built-in ' + specifier);
    return nextResolve(specifier, context);
  },
});
const refuse = () => {
  throw new EvalError('the renderer built code from a string, which a strict Content-Security-Policy refuses');
};
globalThis.Function = new Proxy(Function, { construct: refuse, apply: refuse });
globalThis.eval = refuse;
const { renderSite } = await import('@pagemagic/operator/render');
const site = renderSite(exampleSiteDocument(), { baseUrl: 'https://bakery.pagemagic.site' });
const hashes = {};
for (const [path, file] of site.files) {
  if (!(file.body instanceof Uint8Array)) throw new Error(path + ' has a body that is not a Uint8Array');
  hashes[path] = createHash('sha256').update(file.body).digest('hex');
}
process.stdout.write(JSON.stringify(hashes));
`;

describe('the renderer loaded like a browser bundle', () => {
  it('renders the example byte for byte as Node does, with no built-in and no eval', () => {
    const output = execFileSync(
      process.execPath,
      ['--conditions=browser', '--input-type=module', '--eval', BROWSER_LIKE_RENDER],
      { cwd: REPO, encoding: 'utf8' },
    );
    const golden = JSON.parse(
      readFileSync(new URL('./fixtures/render-golden.json', import.meta.url), 'utf8'),
    ) as { cases: Record<string, Record<string, string>> };
    const expected = golden.cases.example ?? {};
    expect(Object.keys(expected), 'the golden fixture has no example site').toContain('/index.html');
    expect(JSON.parse(output)).toEqual(expected);
  });

  it('uses the browser SHA-256 under the browser condition and node:crypto otherwise', () => {
    const which = (conditions: string[]) =>
      execFileSync(
        process.execPath,
        [
          ...conditions,
          '--input-type=module',
          '--eval',
          "process.stdout.write(import.meta.resolve('#sha256'))",
        ],
        { cwd: fileURLToPath(new URL('../src/site/render/', import.meta.url)), encoding: 'utf8' },
      );
    expect(which(['--conditions=browser'])).toMatch(/\/operator\/src\/site\/render\/sha256-browser\.ts$/);
    expect(which([])).toMatch(/\/operator\/src\/site\/render\/sha256-node\.ts$/);
  });
});
