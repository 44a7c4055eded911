// The route table of `serve-sites`: which image answers for a host. Kept in memory from two informers, so
// a publish, a rollback or a new Website is routed by the next request, with no restart and no read from
// the API server per request: host → Website (by the same generated host its Ingress names) → its live
// Build → that Build's image, pinned by digest.

import type { OperatorConfig } from '../config.ts';
import { siteHost } from '../controllers/website/resources.ts';
import type { Informer, KubeObject, NamespaceScope, ObjectMeta } from '../runtime/index.ts';

export const BY_SITE_HOST = 'site-host';

export type SiteRoute =
  /** The caches have not listed everything yet: any host may still turn out to be a site. */
  | { kind: 'starting' }
  | { kind: 'unknown'; host: string }
  /** A Website with no Build to serve yet (being built, or its live Build failed or is gone). */
  | { kind: 'unbuilt'; host: string; namespace: string; website: string }
  | { kind: 'site'; host: string; namespace: string; website: string; build: string; image: string };

/**
 * The host a request names, as a route key: lower case, without the port and without a trailing dot (a
 * fully qualified `shop.example.` is the same host). Undefined when there is none.
 */
export function requestHost(header: string | undefined): string | undefined {
  if (!header) return undefined;
  // An IPv6 literal (`[::1]:8088`) is never a site's host; keep it whole so it is reported as asked.
  const host = header.startsWith('[') ? header : header.replace(/:\d*$/, '');
  const normal = host.trim().toLowerCase().replace(/\.$/, '');
  return normal === '' ? undefined : normal;
}

/** What routing reads of a Website: its name and namespace (its host) and its live Build. */
export interface RoutedWebsite extends KubeObject {
  metadata: ObjectMeta;
  status?: { liveBuild?: string };
}

/** What routing reads of a Build: whether it succeeded and its image. */
export interface RoutedBuild extends KubeObject {
  metadata: ObjectMeta;
  status?: { phase?: string; image?: string };
}

const meta = ({ name, namespace, uid, resourceVersion }: ObjectMeta): ObjectMeta => ({
  name,
  namespace,
  uid,
  resourceVersion,
});

/** Only what routing reads is cached: at 10,000 sites the specs (briefs, inline content) would dominate. */
export function routingWebsite(website: RoutedWebsite): RoutedWebsite {
  const live = website.status?.liveBuild;
  return { metadata: meta(website.metadata), ...(live ? { status: { liveBuild: live } } : {}) };
}

export function routingBuild(build: RoutedBuild): RoutedBuild {
  const { phase, image } = build.status ?? {};
  return { metadata: meta(build.metadata), status: { phase, image } };
}

export interface SiteRoutesOptions {
  websites: Informer<RoutedWebsite>;
  builds: Informer<RoutedBuild>;
  config: Pick<OperatorConfig, 'siteHostPattern' | 'siteBaseDomain'>;
  /** With a namespace selector: only Websites in the namespaces it admits are served. */
  scope?: NamespaceScope;
  /** Further informers that must have synced before a miss means "no such site". */
  alsoSynced?: Array<Informer<KubeObject>>;
}

export class SiteRoutes {
  readonly #websites: Informer<RoutedWebsite>;
  readonly #builds: Informer<RoutedBuild>;
  readonly #scope: NamespaceScope | undefined;
  readonly #alsoSynced: Array<Informer<KubeObject>>;

  constructor(options: SiteRoutesOptions) {
    this.#websites = options.websites;
    this.#builds = options.builds;
    this.#scope = options.scope;
    this.#alsoSynced = options.alsoSynced ?? [];
    const { config } = options;
    if (!this.#websites.hasIndex(BY_SITE_HOST)) {
      this.#websites.addIndex(BY_SITE_HOST, (website) => [siteHost(config, website)]);
    }
  }

  synced(): boolean {
    return (
      this.#websites.hasSynced() &&
      this.#builds.hasSynced() &&
      (this.#scope?.hasSynced() ?? true) &&
      this.#alsoSynced.every((informer) => informer.hasSynced())
    );
  }

  lookup(host: string): SiteRoute {
    const website = this.#websites
      .byIndex(BY_SITE_HOST, host)
      .find((candidate) => this.#scope?.admits(candidate.metadata.namespace ?? '') ?? true);
    if (!website) return this.synced() ? { kind: 'unknown', host } : { kind: 'starting' };
    const namespace = website.metadata.namespace ?? '';
    const name = website.metadata.name ?? '';
    const live = website.status?.liveBuild;
    const build = live ? this.#builds.get(`${namespace}/${live}`) : undefined;
    const image = build?.status?.phase === 'Succeeded' ? build.status.image : undefined;
    if (!live || !image) return { kind: 'unbuilt', host, namespace, website: name };
    return { kind: 'site', host, namespace, website: name, build: live, image };
  }
}
