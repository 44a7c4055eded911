// The EJS sources in ./templates, for the generator (compile-templates.ts) and for tests. Node only: the
// renderer itself never reads them, it runs the functions precompiled into templates.generated.ts.
//
// Minification happens to the template source, before compiling: in the literal parts of a template, a line
// break and the indentation around it disappear. So templates are written one element per line, and wherever
// a space matters it is written inside a line. Document text is never touched, and rendering costs nothing
// extra.

import { readdirSync, readFileSync } from 'node:fs';

export const TEMPLATE_DIRECTORY = new URL('./templates/', import.meta.url);

export function minifyTemplate(source: string): string {
  return source
    .split(/(<%[\s\S]*?%>)/)
    .map((part) => (part.startsWith('<%') ? part : part.replace(/[ \t]*\r?\n\s*/g, '')))
    .join('');
}

/** File name ("page.ejs") → raw template source, sorted by file name. */
export function templateSources(): Map<string, string> {
  const sources = new Map<string, string>();
  for (const file of readdirSync(TEMPLATE_DIRECTORY).sort()) {
    if (file.endsWith('.ejs')) sources.set(file, readFileSync(new URL(file, TEMPLATE_DIRECTORY), 'utf8'));
  }
  return sources;
}
