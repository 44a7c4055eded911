// Writes crds/<plural>.pagemagic.dev.yaml from the TypeBox sources; `make crds` runs this.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { customResourceDefinition } from './crd.ts';
import { KINDS } from './index.ts';

export const crdDirectory = join(dirname(fileURLToPath(import.meta.url)), '..');

const HEADER = '# Generated from crds/src by `make crds`. Do not edit by hand.\n';

/** File name → YAML text for every CRD, exactly as `make crds` writes it. */
export function renderCrdFiles(): Map<string, string> {
  return new Map(
    KINDS.map((kind) => {
      const crd = customResourceDefinition(kind);
      return [`${crd.metadata.name}.yaml`, HEADER + stringify(crd, { lineWidth: 0 })];
    }),
  );
}

async function main(): Promise<void> {
  for (const [file, text] of renderCrdFiles()) {
    const path = join(crdDirectory, file);
    const current = await readFile(path, 'utf8').catch(() => '');
    if (current !== text) {
      await writeFile(path, text);
      console.log(`wrote ${path}`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
