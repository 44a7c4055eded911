'use server';

// The editor's calls to the API. Each answers with plain data for the client: an expected refusal (someone
// else saved, the document is invalid, the AI is away) comes back as a message to show, never as a throw.

import { ApiClientError } from '@pagemagic/api/client';
import { improveSectionDraft } from '@pagemagic/api/contract/regenerate';
import { getSiteContent, putSiteContent } from '@pagemagic/api/contract/sites';
import { findSection, type Section, type SiteDocument } from '@pagemagic/crds/site-document';
import { serverClient } from '@/lib/api.ts';

export type SaveResult =
  /** `unpinned`: the Build that was pinned as live, whose pin this save removed. */
  | { ok: true; revision: string; unpinned?: string }
  /** `conflict`: someone saved another revision since this editor loaded its own. */
  | { ok: false; error: string; conflict: boolean };

export type LoadResult =
  | { ok: true; revision: string; document: SiteDocument }
  | { ok: false; error: string };

export type ImproveResult =
  | { ok: true; section: Section; translations: Record<string, Section> }
  | { ok: false; error: string };

const UNREACHABLE = 'Page Magic could not be reached. Check your connection and try again in a moment.';
const SIGNED_OUT =
  'You were signed out, so nothing was sent. Sign in again in another tab, then come back to this one and try again: your edits are still here.';

function messageOf(error: unknown): string {
  if (!(error instanceof ApiClientError)) return UNREACHABLE;
  if (error.status === 401) return SIGNED_OUT;
  return error.message;
}

export async function saveSiteContent(
  siteId: string,
  document: SiteDocument,
  baseRevision: string,
  keepPin = false,
): Promise<SaveResult> {
  const client = await serverClient();
  try {
    const { revision, unpinned } = await client.call(putSiteContent, {
      params: { siteId },
      body: { document, baseRevision, ...(keepPin ? { keepPin } : {}) },
    });
    return { ok: true, revision, ...(unpinned ? { unpinned } : {}) };
  } catch (error) {
    // A save based on an older revision is refused with the revision that is current now.
    const conflict =
      error instanceof ApiClientError && error.status === 409 && error.details?.currentRevision !== undefined;
    return { ok: false, error: messageOf(error), conflict };
  }
}

export async function loadSiteContent(siteId: string): Promise<LoadResult> {
  const client = await serverClient();
  try {
    const { revision, document } = await client.call(getSiteContent, { params: { siteId } });
    return { ok: true, revision, document };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}

export async function improveSection(
  siteId: string,
  document: SiteDocument,
  sectionId: string,
  instruction: string,
): Promise<ImproveResult> {
  const wanted = instruction.trim();
  if (wanted === '') {
    return {
      ok: false,
      error: 'Say how the section should change, for example “shorter” or “mention free delivery”.',
    };
  }
  if (wanted.length > 2000) {
    return { ok: false, error: `The instruction is ${wanted.length} characters long; keep it under 2000.` };
  }
  const client = await serverClient();
  let improved: SiteDocument;
  try {
    ({ document: improved } = await client.call(improveSectionDraft, {
      params: { siteId },
      body: { document, section: sectionId, instruction: wanted },
    }));
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
  const section = findSection(improved, sectionId)?.section;
  if (!section) {
    return {
      ok: false,
      error: `The rewrite came back without section “${sectionId}”, so nothing was changed; try again.`,
    };
  }
  const translations: Record<string, Section> = {};
  for (const locale of Object.keys(improved.translations)) {
    const translated = findSection(improved, sectionId, locale)?.section;
    if (translated) translations[locale] = translated;
  }
  return { ok: true, section, translations };
}
