// Renders the EJS templates in ./templates. They are precompiled into templates.generated.ts (`make templates`),
// so rendering reads no files and never turns a string into code: the same module runs in Node and in a
// browser under a strict Content-Security-Policy. Template source is only ever those files; document content
// reaches them as data and is printed with <%= %> (HTML-escaped by escapeHtml below).

import { type CompiledTemplate, TEMPLATES } from './templates.generated.ts';

const COMPILED = new Map<string, CompiledTemplate>(Object.entries(TEMPLATES));

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&#34;',
  "'": '&#39;',
};

/**
 * What <%= %> prints: nothing for null and undefined, otherwise the value as a string with the five
 * characters that matter in HTML text and quoted attributes replaced, byte for byte as ejs's escapeXML does.
 */
export function escapeHtml(value: unknown): string {
  return value === undefined || value === null
    ? ''
    : String(value).replace(/[&<>'"]/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Renders a template by name; an unknown name renders nothing (names can come from section types). */
export function render(name: string, data: Record<string, unknown>): string {
  const template = COMPILED.get(name);
  // Templates see a copy without a prototype, as ejs gave them: a property polluted onto Object.prototype
  // can never stand in for a missing value, and a template cannot change the caller's object.
  return template ? template(Object.assign(Object.create(null), data), escapeHtml) : '';
}
