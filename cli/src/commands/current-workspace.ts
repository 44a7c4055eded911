// The workspace a workspace-wide command (usage, billing) acts on: the one PAGEMAGIC_WORKSPACE or
// `workspaces switch` chose, else the API's own default, the person's oldest membership (listed first).
// Those routes name the workspace in their path, so the CLI has to know its id rather than leave the
// choice to the API.

import { ApiClientError, type PagemagicClient } from '@pagemagic/api/client';
import { listWorkspaces } from '@pagemagic/api/contract/workspaces';
import { readConfig } from '../config.ts';
import { type Context, nonEmpty } from '../context.ts';
import { CliError } from '../errors.ts';

export async function currentWorkspaceId(context: Context, client: PagemagicClient): Promise<string> {
  const chosen = nonEmpty(context.io.env.PAGEMAGIC_WORKSPACE) ?? (await readConfig(context.io.env)).workspace;
  if (chosen) return chosen;
  const { items } = await client.call(listWorkspaces);
  const first = items[0];
  if (!first) {
    throw new CliError(
      'You belong to no workspace: create one in the web app, or ask a workspace owner to invite you',
    );
  }
  return first.id;
}

/**
 * A call on a workspace route; the API answers 404 alike for a made-up id and for a workspace the person
 * has left, and both mean the chosen workspace is not theirs.
 */
export async function onWorkspace<T>(workspaceId: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ApiClientError && (error.status === 404 || badWorkspaceId(error))) {
      throw new CliError(
        `You have no workspace "${workspaceId}": see yours with pagemagic workspaces list, and choose one with pagemagic workspaces switch <id> (or set PAGEMAGIC_WORKSPACE)`,
      );
    }
    throw error;
  }
}

/** The API refused the id itself (not the shape of a workspace id). */
function badWorkspaceId(error: ApiClientError): boolean {
  const issues = error.details?.issues;
  return (
    error.status === 400 &&
    Array.isArray(issues) &&
    issues.some((issue) => String((issue as { path?: unknown }).path ?? '').includes('workspaceId'))
  );
}
