// Build previews. `GET /builds/:buildId/preview` signs a link for a Build in the caller's workspace; the
// link itself (`/preview/<token>/…`) needs no sign-in, so it works in an iframe, and serves the Build's
// files straight from its image with the site's own headers, sandboxed (previews/serve.ts).

import type { Build } from '@pagemagic/crds';
import { BUILDS } from '@pagemagic/crds';
import { isNotFound } from '@pagemagic/operator/runtime';
import { SiteFilesCache } from '@pagemagic/operator/serving';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { buildPreview, previewFile } from '../contract/previews.ts';
import { previewLink, previewTokens } from '../previews/links.ts';
import {
  previewFile as answerFor,
  type PreviewPolicy,
  type PreviewResponse,
  previewMessagePage,
} from '../previews/serve.ts';
import { registerRoute } from '../route.ts';
import type { Services } from '../services.ts';
import { getBuild } from '../sites/store.ts';
import { workspaceFor } from '../tenancy/context.ts';

export interface PreviewRoutesOptions {
  services: Services;
  /** The extracted-layer cache; one per process unless a test wants to look inside. */
  cache?: SiteFilesCache;
}

export async function previewRoutes(app: FastifyInstance, { services, cache }: PreviewRoutesOptions) {
  const { config } = services;
  const files = cache ?? new SiteFilesCache({ maxBytes: config.preview.cacheBytes });
  const tokens = previewTokens(config);
  const policy: PreviewPolicy = {
    frameAncestors: [...new Set([new URL(config.webUrl).origin, ...config.preview.frameOrigins])],
  };

  registerRoute(app, buildPreview, async (request) => {
    const workspace = await workspaceFor(services, request);
    // not_found for a Build of another workspace, exactly as for one that never existed.
    const build = await getBuild(services.kubeClient, workspace.namespace, request.params.buildId);
    const { previewUrl, expiresAt } = await previewLink(config, {
      namespace: workspace.namespace,
      build: build.metadata.name ?? request.params.buildId,
    });
    return { previewUrl, expiresAt: expiresAt.toISOString() };
  });

  const send = (reply: FastifyReply, answer: PreviewResponse): FastifyReply => {
    // helmet's SAMEORIGIN would keep the preview out of the web app's iframe; frame-ancestors decides.
    reply.removeHeader('x-frame-options');
    return reply.code(answer.status).headers(answer.headers).send(answer.body);
  };
  const page = (reply: FastifyReply, status: number, title: string, message: string): FastifyReply =>
    send(reply, previewMessagePage(status, title, message, policy));

  registerRoute(app, previewFile, async (request, reply) => {
    // From the URL as sent, still encoded: the token's segment, then the path inside the site.
    const rest = (request.url.split('?')[0] ?? '').slice('/preview/'.length);
    const slash = rest.indexOf('/');
    const token = slash < 0 ? rest : rest.slice(0, slash);
    const check = await tokens.verify(token);
    if (!check.ok) {
      return check.reason === 'expired'
        ? page(
            reply,
            410,
            'This preview link has expired',
            'Open the build again in Page Magic for a new link.',
          )
        : page(reply, 403, 'This preview link is not valid', 'Copy the whole link again from Page Magic.');
    }
    const root = `/preview/${token}/`;
    // The link is the folder `/preview/<token>/`: without its slash, relative paths would resolve wrongly.
    if (slash < 0) return reply.code(301).header('location', root).send();
    const raw = rest.slice(slash);
    let path: string;
    try {
      path = decodeURIComponent(raw);
    } catch {
      return page(reply, 404, 'Page not found', 'This address is not a page of the site.');
    }
    const { namespace, build: name } = check.target;
    let build: Build;
    try {
      build = await services.kubeClient.get<Build>(BUILDS, namespace, name);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      return page(
        reply,
        404,
        'This build no longer exists',
        'It was deleted or pruned; preview a newer build.',
      );
    }
    const image = build.status?.phase === 'Succeeded' ? build.status.image : undefined;
    if (!image) {
      return page(
        reply,
        404,
        'This build is not ready',
        `It is ${build.status?.phase ?? 'Pending'}; reload when it has succeeded.`,
      );
    }
    let site: Awaited<ReturnType<SiteFilesCache['get']>>;
    try {
      site = await files.get(image);
    } catch (error) {
      request.log.error({ err: error, image }, 'preview: reading the image failed');
      return page(
        reply,
        502,
        'This preview cannot be shown right now',
        'The image registry did not answer; try again shortly.',
      );
    }
    const acceptEncoding = String(request.headers['accept-encoding'] ?? '');
    return send(reply, answerFor(site, path, root, policy, acceptEncoding));
  });
}
