// `pagemagic-operator serve-sites`: one HTTP server in front of every site. It answers a request by its
// Host header with the files of that Website's live Build, read from the Build's image in the registry (the
// same layer cache as the API's Build previews) and served exactly as the site's own server would
// (site/resolve.ts `resolveSitePath`: pretty URLs, the site's 404 page, its `_headers`). `make dev` runs it on
// one loopback port, so every site opens in a browser at http://<name>-<namespace>.sites.pagemagic.localhost:<port>/
// (browsers resolve any *.localhost to loopback); it is also where the shared serving pool starts from.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KubeConfig } from '@kubernetes/client-node';
import { BUILDS, WEBSITES } from '@pagemagic/crds';
import type { Registry } from 'prom-client';
import { OPERATOR_FIELD_MANAGER, type OperatorConfig } from '../config.ts';
import type { RegistryOptions } from '../image/index.ts';
import { createLogger, type Logger, Manager } from '../runtime/index.ts';
import { escapeHtml } from '../site/render/index.ts';
import { encodeBody, resolveSitePath } from '../site/resolve.ts';
import { FormStamper } from './form-stamper.ts';
import { SiteTraffic } from './metrics.ts';
import {
  type RoutedBuild,
  type RoutedWebsite,
  requestHost,
  routingBuild,
  routingWebsite,
  type SiteRoute,
  SiteRoutes,
} from './routes.ts';
import { SiteFilesCache } from './site-files.ts';

export const DEFAULT_SITES_LISTEN = '127.0.0.1:8088';
export const DEFAULT_SITES_CACHE_BYTES = 256 * 1024 * 1024;

export interface SiteRouterOptions {
  kubeConfig: KubeConfig;
  config: Pick<OperatorConfig, 'siteHostPattern' | 'siteBaseDomain' | 'metrics' | 'formStampKey'>;
  /** Where sites are served; port 0 picks a free one. */
  listen: { host: string; port: number };
  /** Only this namespace's Websites (tests); all namespaces otherwise. */
  namespace?: string;
  /** Only Websites in namespaces whose labels match (`make dev`: pagemagic.dev/install=dev). */
  namespaceSelector?: string;
  /** Bytes of extracted site files kept in memory. */
  cacheBytes?: number;
  imageRegistry?: RegistryOptions;
  logger?: Logger;
  registry?: Registry;
  processMetrics?: boolean;
}

export interface SiteRouter {
  /** Runs the informers and the metrics and health server (`/readyz` once the route table is synced). */
  manager: Manager;
  routes: SiteRoutes;
  files: SiteFilesCache;
  /** Starts the manager and the site server; resolves with the site server's address. */
  start(): Promise<{ host: string; port: number }>;
  stop(): Promise<void>;
}

export function createSiteRouter(options: SiteRouterOptions): SiteRouter {
  const logger = options.logger ?? createLogger();
  // No leader election: every replica serves, and nothing here writes.
  const manager = new Manager({
    kubeConfig: options.kubeConfig,
    fieldManager: OPERATOR_FIELD_MANAGER,
    logger,
    registry: options.registry,
    metrics: options.config.metrics,
    processMetrics: options.processMetrics,
    namespaceSelector: options.namespaceSelector,
  });
  const websites = manager.addInformer<RoutedWebsite>({
    resource: WEBSITES,
    namespace: options.namespace,
    transform: routingWebsite,
  });
  const builds = manager.addInformer<RoutedBuild>({
    resource: BUILDS,
    namespace: options.namespace,
    transform: routingBuild,
  });
  const routes = new SiteRoutes({ websites, builds, config: options.config, scope: manager.namespaces });
  const files = new SiteFilesCache({
    maxBytes: options.cacheBytes ?? DEFAULT_SITES_CACHE_BYTES,
    registry: options.imageRegistry,
  });
  const formStamp = options.config.formStampKey ? new FormStamper(options.config.formStampKey) : undefined;
  const traffic = new SiteTraffic({ registry: manager.registry, websites, scope: manager.namespaces });
  const server = createServer((request, response) => {
    const host = requestHost(request.headers.host);
    if (host) traffic.watch(request, response, routes.lookup(host));
    serveSite(routes, files, request, response, logger, formStamp).catch((error: unknown) => {
      logger.error(
        { err: error, host: request.headers.host, url: request.url },
        'serving a site request failed',
      );
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' }).end('error\n');
      else response.destroy();
    });
  });
  return {
    manager,
    routes,
    files,
    async start() {
      const { host = '0.0.0.0', port = 8080 } = options.config.metrics;
      await inUse(manager.start(), 'the metrics and health server', `${host}:${port}`);
      await inUse(listen(server, options.listen), 'sites', `${options.listen.host}:${options.listen.port}`);
      const address = server.address() as AddressInfo;
      logger.info(
        {
          listen: `${address.address}:${address.port}`,
          baseDomain: options.config.siteBaseDomain,
          namespace: options.namespace,
          namespaceSelector: options.namespaceSelector,
        },
        'serving sites',
      );
      return { host: address.address, port: address.port };
    },
    async stop() {
      await new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await manager.stop();
    },
  };
}

/** A listen address someone else holds: what could not start, and where. */
export class AddressInUseError extends Error {
  readonly what: string;
  readonly address: string;

  constructor(what: string, address: string, cause: unknown) {
    super(`${address} is already in use, so ${what} cannot listen there`, { cause });
    this.name = 'AddressInUseError';
    this.what = what;
    this.address = address;
  }
}

async function inUse(starting: Promise<void>, what: string, address: string): Promise<void> {
  try {
    await starting;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new AddressInUseError(what, address, error);
    throw error;
  }
}

function listen(server: Server, { host, port }: { host: string; port: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** One request: route by Host, then answer from the live Build's files as the site's own server would. */
export async function serveSite(
  routes: SiteRoutes,
  files: SiteFilesCache,
  request: IncomingMessage,
  response: ServerResponse,
  logger: Logger,
  formStamp?: FormStamper,
): Promise<void> {
  const head = request.method === 'HEAD';
  if (request.method !== 'GET' && !head) {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const host = requestHost(request.headers.host);
  const route: SiteRoute = host ? routes.lookup(host) : { kind: 'unknown', host: '' };
  if (route.kind !== 'site') {
    send(response, head, routePage(route, request.headers.host ?? ''));
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://site').pathname);
  } catch {
    send(response, head, page(400, 'Bad request', 'The address is not a valid path.'));
    return;
  }
  let site: Awaited<ReturnType<SiteFilesCache['get']>>;
  try {
    site = await files.get(route.image);
  } catch (error) {
    logger.error({ err: error, host, image: route.image }, 'reading a site image failed');
    send(
      response,
      head,
      page(
        503,
        'This site cannot be shown right now',
        `Its files (${route.image}) could not be read from the image registry; try again shortly, and check that the registry is running.`,
        { 'Retry-After': '5' },
      ),
    );
    return;
  }
  const answer = resolveSitePath(site.files, site.rules, path);
  if (answer.status === 301) {
    response.writeHead(301, { Location: answer.location, ...answer.headers }).end();
    return;
  }
  const stamped = formStamp?.stamp(answer.file, `${route.namespace}/${route.website}`);
  const { body, encoding } = encodeBody(
    stamped ?? answer.file.body,
    String(request.headers['accept-encoding'] ?? ''),
  );
  response.writeHead(answer.status, {
    ...answer.headers,
    // A stamped page is this visitor's alone: no cache may hand its time to another.
    ...(stamped ? { 'Cache-Control': 'no-store' } : {}),
    'Content-Type': answer.file.contentType,
    Vary: 'Accept-Encoding',
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    'Content-Length': body.length,
  });
  response.end(head ? undefined : body);
}

interface Page {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const LIST_SITES =
  'List the sites and their addresses with `pagemagic sites list`, or `kubectl get websites -A` (the URL column).';

/** Our own answer when there is no site file to serve: which host was asked for and what to do. */
export function routePage(route: Exclude<SiteRoute, { kind: 'site' }>, asked: string): Page {
  switch (route.kind) {
    case 'starting':
      return page(
        503,
        'Starting',
        'The site server is still loading its list of sites; reload in a moment.',
        {
          'Retry-After': '1',
        },
      );
    case 'unbuilt':
      return page(
        503,
        `${route.website} has nothing to serve yet`,
        `The Website ${route.namespace}/${route.website} has no successful live Build yet: reload once it is ` +
          `Ready. \`pagemagic sites view ${route.website}\` or \`kubectl get builds -n ${route.namespace}\` shows how it is going.`,
        { 'Retry-After': '5' },
      );
    case 'unknown':
      return page(
        404,
        'No site here',
        `No site is served at ${asked || 'a request without a Host header'}. ${LIST_SITES}`,
      );
  }
}

function page(status: number, title: string, message: string, extra: Record<string, string> = {}): Page {
  const html =
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(title)}</title><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></html>\n`;
  return {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; base-uri 'none'; frame-ancestors 'none'",
      'X-Content-Type-Options': 'nosniff',
      ...extra,
    },
    body: Buffer.from(html),
  };
}

function send(response: ServerResponse, head: boolean, { status, headers, body }: Page): void {
  response.writeHead(status, { ...headers, 'Content-Length': body.length });
  response.end(head ? undefined : body);
}
