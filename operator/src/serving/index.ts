// Serving sites from their Builds' images: the layer cache the API's Build previews read through, and
// `serve-sites`, the one server in front of every site (by Host) that `make dev` runs.

export {
  AddressInUseError,
  createSiteRouter,
  DEFAULT_SITES_CACHE_BYTES,
  DEFAULT_SITES_LISTEN,
  routePage,
  type SiteRouter,
  type SiteRouterOptions,
  serveSite,
} from './router.ts';
export {
  BY_SITE_HOST,
  type RoutedBuild,
  type RoutedWebsite,
  requestHost,
  routingBuild,
  routingWebsite,
  type SiteRoute,
  SiteRoutes,
  type SiteRoutesOptions,
} from './routes.ts';
export { type SiteFiles, SiteFilesCache } from './site-files.ts';
