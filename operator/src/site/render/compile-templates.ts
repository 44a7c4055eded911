// Compiles ./templates/*.ejs into templates.generated.ts, so the renderer needs neither the file system nor
// ejs at run time, and never builds a function from a string (a strict Content-Security-Policy forbids that,
// and the web app's live preview runs the renderer in the browser). `make templates` runs this;
// test/render-templates.test.ts fails when the generated file is stale.
//
// ejs 7 has no `client` option any more, so this asks ejs for the function body it would compile
// (Template#source after compile()) and writes it out as a plain function. The options are the ones the
// renderer always used; ejs's own wrapper (a prototype-free copy of the data, ejs's HTML escape) is rebuilt
// in templates.ts.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { minifyTemplate, templateSources } from './template-sources.ts';

interface EjsTemplate {
  compile(): unknown;
  source: unknown;
}

// ejs ships no type declarations; this is the one class used.
const ejs = createRequire(import.meta.url)('ejs') as {
  Template: new (text: string, options: Record<string, unknown>) => EjsTemplate;
};

export const GENERATED_FILE = fileURLToPath(new URL('./templates.generated.ts', import.meta.url));

const LOCALS_NAME = 'it';

const HEADER = `// @ts-nocheck
// Generated from operator/src/site/render/templates/*.ejs by compile-templates.ts. Do not edit by hand:
// change the .ejs file and run \`make templates\` (node operator/src/site/render/compile-templates.ts).

/** A compiled template: its data as \`${LOCALS_NAME}\`, and the function that HTML-escapes what <%= %> prints. */
export type CompiledTemplate = (${LOCALS_NAME}: Record<string, unknown>, escapeFn: (value: unknown) => string) => string;
`;

function functionBody(file: string, source: string): string {
  const template = new ejs.Template(minifyTemplate(source), {
    strict: true,
    localsName: LOCALS_NAME,
    compileDebug: false,
    filename: file,
  });
  // compile() assembles the full body into `source`; the function it builds here is thrown away.
  template.compile();
  const body = template.source;
  if (typeof body !== 'string' || !body.includes('return __output')) {
    throw new Error(
      `ejs did not leave the compiled body of ${file} in Template#source; the installed ejs works differently ` +
        'from the one compile-templates.ts was written for: adapt functionBody() to it',
    );
  }
  // The renderer passes only the data and the escape function; partials go through it.part(), never include().
  if (/\b(include|rethrow)\s*\(/.test(body)) {
    throw new Error(
      `${file} calls include(), which precompiled templates cannot do: render the partial with it.part(name, data) instead`,
    );
  }
  return body;
}

/** The text of templates.generated.ts for the templates on disk, exactly as `make templates` writes it. */
export function generatedTemplatesModule(): string {
  const entries = [...templateSources()].map(([file, source]) => {
    const name = file.slice(0, -'.ejs'.length);
    return `  ${JSON.stringify(name)}: function (${LOCALS_NAME}, escapeFn) {\n${functionBody(file, source)}  },\n`;
  });
  return `${HEADER}
/** Template name (its file name without .ejs) → compiled template. */
export const TEMPLATES: Readonly<Record<string, CompiledTemplate>> = {
${entries.join('')}};
`;
}

function main(): void {
  const text = generatedTemplatesModule();
  let current = '';
  try {
    current = readFileSync(GENERATED_FILE, 'utf8');
  } catch {
    // Missing: written below.
  }
  if (current === text) {
    console.log(`${GENERATED_FILE} is up to date`);
    return;
  }
  writeFileSync(GENERATED_FILE, text);
  console.log(`wrote ${GENERATED_FILE}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
