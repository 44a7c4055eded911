// The site server on a free loopback port, for tests.
export {
  type SiteServer as StaticServer,
  startSiteServer as startStaticServer,
} from '../../src/site/serve.ts';
