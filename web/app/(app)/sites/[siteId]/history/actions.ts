'use server';

// Publishing and rolling back: each pins a Build on the site, and the operator rolls the site over to it.
// The answers say what was asked for; the page shows the Build as Live once the site really serves it.

import { publishSite, rollbackSite, unpinSite } from '@pagemagic/api/contract/sites';
import { revalidatePath } from 'next/cache';
import { type FormState, failureMessage } from '@/lib/action-state.ts';
import { serverClient } from '@/lib/api.ts';

const historyPath = (siteId: string) => `/sites/${encodeURIComponent(siteId)}/history`;

/** What the published pages leave out because the owner has not given it yet, as one sentence. */
function missingNotice(placeholders: ReadonlyArray<{ label: string }>): string {
  const labels = [...new Set(placeholders.map((p) => p.label))];
  if (labels.length === 0) return '';
  const list = new Intl.ListFormat('en', { type: 'conjunction' }).format(labels);
  return ` Not given yet, so left out of the published pages: ${list}. Add ${labels.length === 1 ? 'it' : 'them'} in the editor.`;
}

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

export async function publishLatest(_previous: FormState, form: FormData): Promise<FormState> {
  const siteId = field(form, 'siteId');
  try {
    const client = await serverClient();
    const site = await client.call(publishSite, { params: { siteId }, body: {} });
    revalidatePath(historyPath(siteId));
    if (site.pinnedBuild !== undefined && site.pinnedBuild === site.status.liveBuild) {
      return {
        notice: `The newest build is live, and now pinned: changes you make next wait until you unpin it.${missingNotice(site.placeholders)}`,
      };
    }
    return {
      notice: `Publishing the newest build. It is marked Live below as soon as it serves your site.${missingNotice(site.placeholders)}`,
    };
  } catch (error) {
    return { error: failureMessage(error, historyPath(siteId)) };
  }
}

export async function publishBuild(_previous: FormState, form: FormData): Promise<FormState> {
  const siteId = field(form, 'siteId');
  const build = field(form, 'build');
  const label = field(form, 'label') || 'this build';
  if (build === '') {
    return { error: 'No build was chosen. Reload the page and pick the build to publish again.' };
  }
  try {
    const client = await serverClient();
    const site = await client.call(publishSite, { params: { siteId }, body: { build } });
    revalidatePath(historyPath(siteId));
    if (site.status.liveBuild === build)
      return { notice: `The ${label} is already live.${missingNotice(site.placeholders)}` };
    return {
      notice: `Publishing the ${label}. It is marked Live as soon as it serves your site.${missingNotice(site.placeholders)}`,
    };
  } catch (error) {
    return { error: failureMessage(error, historyPath(siteId)) };
  }
}

export async function rollBack(_previous: FormState, form: FormData): Promise<FormState> {
  const siteId = field(form, 'siteId');
  try {
    const client = await serverClient();
    await client.call(rollbackSite, { params: { siteId } });
    revalidatePath(historyPath(siteId));
    return {
      notice:
        'Rolling back to the build before the live one. It is marked Live below as soon as it serves your site.',
    };
  } catch (error) {
    return { error: failureMessage(error, historyPath(siteId)) };
  }
}

/** Removes the pin: the newest build that succeeds goes live, now and after every change. */
export async function unpin(_previous: FormState, form: FormData): Promise<FormState> {
  const siteId = field(form, 'siteId');
  try {
    const client = await serverClient();
    const site = await client.call(unpinSite, { params: { siteId } });
    revalidatePath(historyPath(siteId));
    revalidatePath(`/sites/${encodeURIComponent(siteId)}`);
    if (!site.unpinned) return { notice: 'Nothing was pinned: your site already follows the newest build.' };
    return {
      notice:
        site.status.latestBuild && site.status.latestBuild !== site.status.liveBuild
          ? 'Unpinned. The newest build goes live as soon as it is ready, and so will every change after it.'
          : 'Unpinned. Every change you make goes live as soon as it is built.',
    };
  } catch (error) {
    return { error: failureMessage(error, historyPath(siteId)) };
  }
}
