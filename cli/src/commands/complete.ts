// The hidden `pagemagic __complete <source>` the completion scripts call: what exists, one per line, from
// the API with the stored sign-in (or PAGEMAGIC_TOKEN). A shell shows whatever a completer prints, so it
// prints nothing but ids and hosts, and nothing at all (exit 0) when there is no sign-in, the API is down
// or slow, or anything else goes wrong.

import { listDomains } from '@pagemagic/api/contract/domains';
import { listSites } from '@pagemagic/api/contract/sites';
import { listWorkspaces } from '@pagemagic/api/contract/workspaces';
import type { Command } from 'commander';
import { type ApiCompletionSource, COMPLETE_COMMAND } from '../completion.ts';
import { createContext, type GlobalOptions, type Io } from '../context.ts';

/** A completion that has not answered by then is not worth waiting for at a prompt. */
const COMPLETE_TIMEOUT_MS = 3_000;
/** Enough sites for anyone to pick from by typing; bounds the requests a Tab can make. */
const MAX_SITE_PAGES = 5;
const API_SOURCES = new Set<ApiCompletionSource>(['sites', 'domains', 'workspaces']);

export function completeCommand(program: Command, io: Io): void {
  program
    .command(COMPLETE_COMMAND, { hidden: true })
    .argument('[source]')
    .allowExcessArguments()
    .allowUnknownOption()
    .action(async (source: string | undefined) => {
      try {
        // bash expands the words it completes from ($(…), `…`, ~): only plain names are ever printed, so
        // nothing an API answers can run in the person's shell.
        const values = (await list(source, io, program.opts<GlobalOptions>())).filter((value) =>
          /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value),
        );
        if (values.length > 0) io.stdout(`${values.join('\n')}\n`);
      } catch {
        // Nothing to offer: the shell completes nothing, and the person sees no noise under the prompt.
      }
    });
}

async function list(source: string | undefined, io: Io, options: GlobalOptions): Promise<string[]> {
  if (!API_SOURCES.has(source as ApiCompletionSource)) return [];
  const context = await createContext(io, options);
  const client = await context.signedIn();
  const signal = AbortSignal.timeout(COMPLETE_TIMEOUT_MS);
  // Only the fields named here are read from each answer, so only they can ever reach the shell.
  const items = async <T>(response: Promise<Response>) =>
    (await (await response).json()) as { items: T[]; continue?: string };
  if (source === 'domains') {
    return (await items<{ host: string }>(client.send(listDomains, {}, { signal }))).items.map((d) => d.host);
  }
  if (source === 'workspaces') {
    return (await items<{ id: string }>(client.send(listWorkspaces, {}, { signal }))).items.map((w) => w.id);
  }
  const ids: string[] = [];
  let next: string | undefined;
  for (let page = 0; page < MAX_SITE_PAGES; page++) {
    const answer = await items<{ id: string }>(
      client.send(listSites, { query: { limit: 100, ...(next ? { continue: next } : {}) } }, { signal }),
    );
    ids.push(...answer.items.map((site) => site.id));
    next = answer.continue;
    if (!next) break;
  }
  return ids;
}
