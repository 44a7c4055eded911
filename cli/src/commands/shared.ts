import { Argument, InvalidArgumentError } from 'commander';
import { completes } from '../completion.ts';
import type { Context } from '../context.ts';

/** Wraps an action so it gets a Context made from the global options. */
export type Run = <A extends unknown[]>(
  action: (context: Context, ...args: A) => Promise<void>,
) => (...args: A) => Promise<void>;

export const JSON_FLAG = '--json [fields]';
export const JSON_HELP = 'print JSON; a comma-separated list of fields selects them (e.g. --json id,status)';

/** The fields `--json` may select, read from the contract's schema so they never drift from the API. */
export const fieldsOf = (schema: { properties: Record<string, unknown> }) => Object.keys(schema.properties);

export function minutesOption(value: string): number {
  const minutes = Number(value);
  if (!Number.isFinite(minutes) || minutes <= 0) {
    throw new InvalidArgumentError('give a number of minutes greater than 0, e.g. 15 or 0.5');
  }
  return minutes;
}

export const DEFAULT_WAIT_MINUTES = 15;

/** A site id argument, completed with the workspace's site ids. */
export const siteArgument = () => completes(new Argument('<site>', 'the site id'), 'sites');

/** A host of an existing domain, completed with the workspace's domains. */
export const domainArgument = () => completes(new Argument('<host>', 'the host name'), 'domains');
