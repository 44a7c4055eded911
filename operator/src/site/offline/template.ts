import type { TemplateVar } from './copy/schema.ts';

// Copy templates: "{name} is {aNoun}{where}." filled from the facts of one locale. Every variable is a
// plain value here; what each one means is documented in copy/schema.ts.

export type Vars = Partial<Record<TemplateVar, string>>;

const VARIABLE = /\{([A-Za-z]+)\}/g;

export function variablesOf(template: string): TemplateVar[] {
  return [...template.matchAll(VARIABLE)].map((m) => m[1] as TemplateVar);
}

/** True when every variable the template uses has a value. */
export function canFill(template: string, vars: Vars): boolean {
  return variablesOf(template).every((v) => vars[v] !== undefined);
}

/** Fills a template; a variable without a value is a bug in the caller (or the copy), and says which. */
export function fill(template: string, vars: Vars): string {
  return template.replace(VARIABLE, (_, key: TemplateVar) => {
    const value = vars[key];
    if (value === undefined)
      throw new Error(`offline copy: {${key}} has no value in ${JSON.stringify(template)}`);
    return value;
  });
}

/** The sentences whose variables are all known, joined; "" when none is. */
export function sentences(list: readonly string[], vars: Vars): string {
  return list
    .filter((s) => canFill(s, vars))
    .map((s) => fill(s, vars))
    .join(' ');
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A RegExp source that matches what `fill` makes of the template, with one capture group per variable, in
 * order (or none, to nest it in another pattern). `patterns` gives the group for a variable (without
 * parentheses, and with no capturing groups of its own); the default is a lazy `.+?`.
 */
export function templatePattern(
  template: string,
  patterns: Partial<Record<TemplateVar, string>>,
  capture = true,
): string {
  let source = '';
  let last = 0;
  for (const match of template.matchAll(VARIABLE)) {
    source += escapeRegExp(template.slice(last, match.index));
    source += `(${capture ? '' : '?:'}${patterns[match[1] as TemplateVar] ?? '.+?'})`;
    last = match.index + match[0].length;
  }
  return source + escapeRegExp(template.slice(last));
}
