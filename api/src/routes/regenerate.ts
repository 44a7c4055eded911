// Regeneration. The whole site: a bump of spec.brief.revision with spec.content dropped, so the Website
// follows its brief again and the operator writes a new content revision and Build. One section: the API
// runs the site engine's section edit on the current document (the AI generator when a key is configured,
// else the offline one), makes sure nothing but that section changed, stores the result as a content
// revision the way the operator stores its own, and points spec.content at it. One section of a draft:
// the same edit and checks on a document the caller sends (the editor's unsaved state), answered and not
// stored, so "improve this section" works before anything is saved.

import type { Website } from '@pagemagic/crds';
import { type SiteDocument, sectionIds, validateSiteDocument } from '@pagemagic/crds/site-document';
import {
  aiTokensCounter,
  countAiTokens,
  createAiGenerator,
  createOfflineGenerator,
  guardOtherContent,
  type SiteGenerator,
  type TokenUsage,
  tokensSpentBy,
} from '@pagemagic/operator/site';
import type { FastifyInstance } from 'fastify';
import { audit } from '../audit.ts';
import { withGeneration } from '../billing/generations.ts';
import { improveSectionDraft, regenerateSite } from '../contract/regenerate.ts';
import { ApiError } from '../errors.ts';
import { registerRoute } from '../route.ts';
import type { Services } from '../services.ts';
import { causeOf } from '../sites/cause.ts';
import { checkSiteDocument, readContentRevision, storeContentRevision } from '../sites/content.ts';
import { currentContentRevision, pinToRemove } from '../sites/mapping.ts';
import { getWebsite, patchWebsite } from '../sites/store.ts';
import { requireRole, workspaceFor } from '../tenancy/context.ts';

/** A generator's refusal as the API's error: the request could not be followed, or the model is away. */
function generatorError(error: unknown, generator: string): ApiError {
  const { name, message } = error as Error;
  if (name === 'AiRequestError' || name === 'AiGenerationError') {
    return new ApiError(
      'unavailable',
      `The AI model could not rewrite the section (${message}); nothing was changed, try again in a minute`,
      { generator },
      503,
    );
  }
  return new ApiError('bad_request', `${message}`, { generator });
}

/** The instruction, trimmed; an empty one is refused before any work is done. */
function requireInstruction(section: string, instruction: string | undefined): string {
  const wanted = instruction?.trim() ?? '';
  if (wanted === '') {
    throw new ApiError(
      'bad_request',
      `Say how section ${section} should change in "instruction", e.g. "shorter" or "mention free delivery"`,
    );
  }
  return wanted;
}

/**
 * One section of `before` rewritten by the generator, and the document it is part of, checked to differ
 * from `before` in that section only. Whether the document came from the cluster or from the caller, the
 * same checks apply, so a draft edit can never return more change than a stored one would store.
 */
async function rewriteSection(
  generator: SiteGenerator,
  siteId: string,
  before: SiteDocument,
  section: string,
  instruction: string,
  spent: (usage: TokenUsage) => void,
): Promise<SiteDocument> {
  const ids = sectionIds(before);
  if (!ids.includes(section)) {
    throw new ApiError(
      'not_found',
      `Site ${siteId} has no section "${section}"; its sections are: ${ids.join(', ')}`,
      { sections: ids },
    );
  }
  let after: SiteDocument;
  try {
    const result = await generator.improveSection(before, section, instruction);
    spent(result.usage);
    after = result.site;
  } catch (error) {
    // The model is paid for answers that were thrown away too.
    const usage = tokensSpentBy(error);
    if (usage) spent(usage);
    throw generatorError(error, generator.name);
  }
  // The engine guards its own edits; the API checks again before anything leaves it, whatever the engine.
  const validation = validateSiteDocument(after);
  const stray = validation.ok ? guardOtherContent(before, validation.value, section) : validation.errors;
  if (stray.length > 0) {
    throw new ApiError(
      'internal',
      `The ${generator.name} generator changed more than section ${section}; nothing was changed, try again`,
      { issues: stray },
    );
  }
  return after;
}

/**
 * Reads the Website and patches it from what was read, again while the patch meets a newer version: the
 * operator's status writes move the resourceVersion all the time, and `patch` re-checks whatever matters
 * against the fresh read each time, so only a real change of what it depends on fails.
 */
async function patchFresh(
  read: () => Promise<Website>,
  patch: (website: Website) => Promise<Website>,
): Promise<Website> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await patch(await read());
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'conflict' && attempt < 5)) throw error;
    }
  }
}

export async function regenerateRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const kube = services.kubeClient;
  const ai = services.config.siteAi ? createAiGenerator(services.config.siteAi) : undefined;
  const generator: SiteGenerator = ai ?? createOfflineGenerator();
  if (ai) app.addHook('onClose', async () => ai.close());
  const tokens = aiTokensCounter(services.metrics);
  const spentOn = (namespace: string, website: string) => (usage: TokenUsage) =>
    countAiTokens(tokens, { namespace, website }, usage);

  registerRoute(app, regenerateSite, async (request, reply) => {
    const workspace = await workspaceFor(services, request);
    requireRole(workspace, 'editor', 'regenerating a site');
    const siteId = request.params.siteId;
    const { section, instruction } = request.body;

    if (section === undefined) {
      if (instruction !== undefined) {
        throw new ApiError(
          'bad_request',
          'An instruction applies to one section: send {section, instruction}, or {} to write the whole site again',
        );
      }
      let revision = 0;
      let unpinned: string | undefined;
      // The site is looked up first, so a made-up one is a 404 and not a generation spent.
      await getWebsite(kube, workspace.namespace, siteId);
      const updated = await withGeneration(
        services,
        { workspace, site: siteId, kind: 'regenerate', userId: request.principal.userId },
        () =>
          patchFresh(
            () => getWebsite(kube, workspace.namespace, siteId),
            (website) => {
              revision = (website.spec.brief.revision ?? 0) + 1;
              unpinned = pinToRemove(website, request.body.keepPin);
              // Dropping spec.content makes the site follow its brief again; the new revision makes it a new brief.
              return patchWebsite(
                kube,
                website,
                { brief: { revision }, content: null, ...(unpinned ? { release: null } : {}) },
                'regenerating it',
                causeOf(request, 'regenerate'),
              );
            },
          ),
      );
      await audit(services.db, request, {
        action: 'site.regenerate',
        workspaceId: workspace.id,
        target: siteId,
        details: { revision, ...(unpinned ? { unpinned } : {}) },
      });
      return reply
        .code(202)
        .send({ siteId, generation: updated.metadata.generation ?? 0, ...(unpinned ? { unpinned } : {}) });
    }

    const wanted = requireInstruction(section, instruction);
    const website = await getWebsite(kube, workspace.namespace, siteId);
    const revisionName = currentContentRevision(website);
    if (!revisionName) {
      throw new ApiError(
        'conflict',
        `Site ${siteId} has no content yet; wait until it is written, then try again`,
        { hint: `GET /api/v1/sites/${siteId} shows when it is` },
      );
    }
    const before = await readContentRevision(kube, workspace.namespace, siteId, revisionName);
    const generation = {
      workspace,
      site: siteId,
      kind: 'regenerate',
      userId: request.principal.userId,
    } as const;
    const after = await withGeneration(services, generation, () =>
      rewriteSection(generator, siteId, before, section, wanted, spentOn(workspace.namespace, siteId)),
    );

    let contentRevision = '';
    let unpinned: string | undefined;
    const updated = await patchFresh(
      () => getWebsite(kube, workspace.namespace, siteId),
      async (current) => {
        // The edit may have taken a while: apply it only if the site still has the content it was made from.
        if (currentContentRevision(current) !== revisionName) {
          throw new ApiError(
            'conflict',
            `Site ${siteId} got new content while section ${section} was being rewritten; nothing was saved, try again on the new content`,
          );
        }
        contentRevision = await storeContentRevision(kube, current, after, causeOf(request, 'section'));
        unpinned = pinToRemove(current, request.body.keepPin);
        return patchWebsite(
          kube,
          current,
          {
            content: { configMapRef: { name: contentRevision }, inline: null },
            ...(unpinned ? { release: null } : {}),
          },
          'rewriting a section',
          causeOf(request, 'section'),
        );
      },
    );
    await audit(services.db, request, {
      action: 'site.section.regenerate',
      workspaceId: workspace.id,
      target: siteId,
      details: { section, contentRevision, generator: generator.name, ...(unpinned ? { unpinned } : {}) },
    });
    return reply.code(202).send({
      siteId,
      generation: updated.metadata.generation ?? 0,
      section,
      contentRevision,
      ...(unpinned ? { unpinned } : {}),
    });
  });

  registerRoute(app, improveSectionDraft, async (request) => {
    const workspace = await workspaceFor(services, request);
    requireRole(workspace, 'editor', 'improving a section');
    const siteId = request.params.siteId;
    const { section, instruction } = request.body;
    const wanted = requireInstruction(section, instruction);
    // The draft belongs to a site: one outside this workspace is not found, whatever the document says.
    await getWebsite(kube, workspace.namespace, siteId);
    const before = checkSiteDocument(request.body.document);
    const after = await withGeneration(
      services,
      { workspace, site: siteId, kind: 'regenerate', userId: request.principal.userId },
      () => rewriteSection(generator, siteId, before, section, wanted, spentOn(workspace.namespace, siteId)),
    );
    await audit(services.db, request, {
      action: 'site.section.draft_improve',
      workspaceId: workspace.id,
      target: siteId,
      details: { section, generator: generator.name },
    });
    return { document: after, section };
  });
}
