// The import boundary between workspace packages: code in one package reaches another only through that
// package's "exports" (`@pagemagic/operator/runtime`), never through its files (`../../operator/src/...`,
// `@pagemagic/operator/src/...`). Run by `make lint`; exits 1 and lists every import that crosses a
// boundary anywhere else.
//
// Test code (a `test/` folder) is left out: tests share helpers across packages (a running operator, a test
// API) that are no package's public surface.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The packages whose code is checked. */
export const CHECKED_PACKAGES = ['crds', 'operator', 'api', 'cli', 'web'];

export interface WorkspacePackage {
  /** The folder, relative to the root: `operator`. */
  dir: string;
  /** The package name: `@pagemagic/operator`. */
  name: string;
  /** The keys of its "exports": `.`, `./runtime`, `./contract/*`. */
  exports: string[];
}

export interface BoundaryViolation {
  /** The importing file, relative to the root. */
  file: string;
  line: number;
  specifier: string;
  reason: string;
}

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|jsx)$/;
const SKIPPED_DIRS = new Set(['node_modules', '.next', 'dist', 'coverage', 'test', 'bin']);
const SPECIFIERS = [
  /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

export function readWorkspace(root: string): WorkspacePackage[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces?: string[] };
  return (manifest.workspaces ?? []).map((dir) => {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
      name: string;
      exports?: string | Record<string, unknown>;
    };
    const exports =
      pkg.exports === undefined ? [] : typeof pkg.exports === 'string' ? ['.'] : Object.keys(pkg.exports);
    return { dir, name: pkg.name, exports };
  });
}

/** Whether `subpath` (`.` or `./runtime`) is one of the export keys, `*` patterns included. */
export function isExported(subpath: string, exports: readonly string[]): boolean {
  return exports.some((key) => {
    const star = key.indexOf('*');
    if (star === -1) return key === subpath;
    const [prefix, suffix] = [key.slice(0, star), key.slice(star + 1)];
    return (
      subpath.length > prefix.length + suffix.length && subpath.startsWith(prefix) && subpath.endsWith(suffix)
    );
  });
}

/** The import specifiers of a source text, each with its line. */
export function importSpecifiers(text: string): Array<{ specifier: string; line: number }> {
  const found = new Map<number, { specifier: string; line: number }>();
  for (const pattern of SPECIFIERS) {
    for (const match of text.matchAll(pattern)) {
      const at = (match.index ?? 0) + match[0].lastIndexOf(match[1] as string);
      found.set(at, { specifier: match[1] as string, line: text.slice(0, at).split('\n').length });
    }
  }
  return [...found.entries()].sort(([a], [b]) => a - b).map(([, value]) => value);
}

/** What is wrong with one import of `file` (relative to the root), or undefined when it keeps to the rules. */
export function checkImport(
  root: string,
  file: string,
  specifier: string,
  packages: readonly WorkspacePackage[],
): string | undefined {
  const owner = packages.find((pkg) => file.startsWith(`${pkg.dir}/`));
  if (specifier.startsWith('.')) {
    const target = relative(root, resolve(root, dirname(file), specifier))
      .split(sep)
      .join('/');
    const into = packages.find((pkg) => target === pkg.dir || target.startsWith(`${pkg.dir}/`));
    if (into && into !== owner) {
      return `reaches into ${into.name} by path; import it as ${into.name}${into.exports.length ? ` (exports: ${into.exports.join(', ')})` : ''}, or export what it needs`;
    }
    return undefined;
  }
  const into = packages.find((pkg) => specifier === pkg.name || specifier.startsWith(`${pkg.name}/`));
  if (!into) return undefined;
  const subpath = `.${specifier.slice(into.name.length)}`;
  if (isExported(subpath, into.exports)) return undefined;
  return `${subpath} is not in the "exports" of ${into.name} (${into.exports.join(', ') || 'none'}); import an exported path, or export it`;
}

function sourceFiles(root: string, dir: string): string[] {
  const files: string[] = [];
  const walk = (relativeDir: string) => {
    for (const entry of readdirSync(join(root, relativeDir), { withFileTypes: true })) {
      const path = `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(path);
      } else if (entry.isFile() && SOURCE.test(entry.name) && !/\.test\.[a-z]+$/.test(entry.name)) {
        files.push(path);
      }
    }
  };
  if (statSync(join(root, dir), { throwIfNoEntry: false })?.isDirectory()) walk(dir);
  return files;
}

/** Every import in the checked packages that crosses into another package past its exports. */
export function findViolations(
  root: string,
  checked: readonly string[] = CHECKED_PACKAGES,
): BoundaryViolation[] {
  const packages = readWorkspace(root);
  const violations: BoundaryViolation[] = [];
  for (const dir of checked) {
    for (const file of sourceFiles(root, dir)) {
      for (const { specifier, line } of importSpecifiers(readFileSync(join(root, file), 'utf8'))) {
        const reason = checkImport(root, file, specifier, packages);
        if (reason) violations.push({ file, line, specifier, reason });
      }
    }
  }
  return violations;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const violations = findViolations(root);
  for (const v of violations) process.stderr.write(`${v.file}:${v.line}: '${v.specifier}' ${v.reason}\n`);
  if (violations.length > 0) {
    process.stderr.write(
      `${violations.length} import(s) cross a package boundary past its exports (see README, Architecture)\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`imports keep to package exports (${CHECKED_PACKAGES.join(', ')})\n`);
}
