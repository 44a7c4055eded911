// For tests that keep a shell script's settings and their TypeScript twin from drifting apart.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The test process's environment without the variables that would override the defaults being compared. */
export function cleanEnv(
  extra: Record<string, string> = {},
  isOverride: (name: string) => boolean = (name) => name.startsWith('PAGEMAGIC_'),
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !isOverride(name)) env[name] = value;
  }
  return { ...env, ...extra };
}

/** What `bash <script> env` prints, as a map of its `export NAME=value` lines. */
export function scriptEnv(script: string, env: Record<string, string>): Record<string, string> {
  const out = execFileSync('bash', [script, 'env'], { env, encoding: 'utf8' });
  const vars: Record<string, string> = {};
  for (const line of out.trim().split('\n')) {
    const match = /^export ([A-Z0-9_]+)=(.*)$/.exec(line);
    if (!match?.[1] || match[2] === undefined) throw new Error(`unexpected line from ${script} env: ${line}`);
    vars[match[1]] = match[2];
  }
  return vars;
}

/** The defaults a script declares with `: "${PAGEMAGIC_NAME:=value}"` lines. */
export function scriptDefaults(script: string): Record<string, string> {
  const defaults: Record<string, string> = {};
  for (const match of readFileSync(script, 'utf8').matchAll(/^: "\$\{(PAGEMAGIC_[A-Z_]+):=([^}]*)\}"$/gm)) {
    if (match[1] && match[2] !== undefined) defaults[match[1]] = match[2];
  }
  return defaults;
}
