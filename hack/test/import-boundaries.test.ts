import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findViolations, importSpecifiers, isExported } from '../src/import-boundaries.ts';

const root = mkdtempSync(join(tmpdir(), 'import-boundaries-'));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
write('package.json', JSON.stringify({ workspaces: ['engine', 'app'] }));
write(
  'engine/package.json',
  JSON.stringify({
    name: '@t/engine',
    exports: { '.': './src/index.ts', './run': './src/run.ts', './parts/*': './src/parts/*.ts' },
  }),
);
write('app/package.json', JSON.stringify({ name: '@t/app' }));
write('engine/src/index.ts', "export { helper } from './internal/helper.ts';\n");

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the import boundary check', () => {
  it('catches a deep import by relative path and past the exports, and passes exported ones', () => {
    write(
      'app/src/main.ts',
      [
        "import { a } from '@t/engine';",
        "import { b } from '@t/engine/run';",
        "import type { C } from '@t/engine/parts/wheel';",
        "import { deep } from '../../engine/src/internal/helper.ts';",
        "export { other } from '@t/engine/src/internal/helper.ts';",
        "const lazy = await import('@t/engine/src/lazy.ts');",
        "import { own } from './own.ts';",
      ].join('\n'),
    );
    expect(findViolations(root, ['engine', 'app']).map((v) => [v.file, v.line, v.specifier])).toEqual([
      ['app/src/main.ts', 4, '../../engine/src/internal/helper.ts'],
      ['app/src/main.ts', 5, '@t/engine/src/internal/helper.ts'],
      ['app/src/main.ts', 6, '@t/engine/src/lazy.ts'],
    ]);
  });

  it('says what to do instead', () => {
    const [first] = findViolations(root, ['app']);
    expect(first?.reason).toContain('import it as @t/engine (exports: ., ./run, ./parts/*)');
  });

  it('leaves test code out: tests share helpers across packages', () => {
    write('app/src/main.ts', "import { a } from '@t/engine';\n");
    write('app/test/main.test.ts', "import { deep } from '../../engine/src/internal/helper.ts';\n");
    write('app/test/helpers/setup.ts', "import { deep } from '../../../engine/src/internal/helper.ts';\n");
    expect(findViolations(root, ['engine', 'app'])).toEqual([]);
  });

  it('matches export patterns', () => {
    expect(isExported('./parts/wheel', ['./parts/*'])).toBe(true);
    expect(isExported('./parts/', ['./parts/*'])).toBe(false);
    expect(isExported('./src/x.ts', ['.', './run'])).toBe(false);
  });

  it('reads multi-line, type-only and side-effect imports', () => {
    const text = "import {\n  a,\n  type B,\n} from 'x';\nimport 'y';\nexport * from 'z';\n";
    expect(importSpecifiers(text)).toEqual([
      { specifier: 'x', line: 4 },
      { specifier: 'y', line: 5 },
      { specifier: 'z', line: 6 },
    ]);
  });

  it('finds no import past a package export in this repository', () => {
    const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
    expect(findViolations(repo)).toEqual([]);
  });
});
