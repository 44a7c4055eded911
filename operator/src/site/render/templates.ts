// The EJS templates in ./templates, compiled once per process. Template source is only ever these files;
// document content reaches them as data and is printed with <%= %> (HTML-escaped).
//
// Minification happens to the template source, before compiling: in the literal parts of a template, a line
// break and the indentation around it disappear. So templates are written one element per line, and wherever
// a space matters it is written inside a line. Document text is never touched, and rendering costs nothing
// extra.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface Ejs {
  compile(source: string, options: Record<string, unknown>): (data: Record<string, unknown>) => string;
}

// ejs ships no type declarations; this is the one function used.
const ejs = createRequire(import.meta.url)('ejs') as Ejs;

const DIRECTORY = new URL('./templates/', import.meta.url);

export function minifyTemplate(source: string): string {
  return source
    .split(/(<%[\s\S]*?%>)/)
    .map((part) => (part.startsWith('<%') ? part : part.replace(/[ \t]*\r?\n\s*/g, '')))
    .join('');
}

function compileAll(): Map<string, (data: Record<string, unknown>) => string> {
  const compiled = new Map<string, (data: Record<string, unknown>) => string>();
  for (const file of readdirSync(DIRECTORY).sort()) {
    if (!file.endsWith('.ejs')) continue;
    const source = readFileSync(new URL(file, DIRECTORY), 'utf8');
    compiled.set(
      file.slice(0, -'.ejs'.length),
      ejs.compile(minifyTemplate(source), {
        strict: true,
        localsName: 'it',
        compileDebug: false,
        filename: file,
      }),
    );
  }
  return compiled;
}

const TEMPLATES = compileAll();

/** Renders a template by name; an unknown name renders nothing (names can come from section types). */
export function render(name: string, data: Record<string, unknown>): string {
  const template = TEMPLATES.get(name);
  return template ? template(data) : '';
}

/** The raw template sources, for tests that inspect how templates print values. */
export function templateSources(): Map<string, string> {
  const sources = new Map<string, string>();
  for (const file of readdirSync(DIRECTORY).sort()) {
    if (file.endsWith('.ejs')) sources.set(file, readFileSync(new URL(file, DIRECTORY), 'utf8'));
  }
  return sources;
}
