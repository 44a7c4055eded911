import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

const webRoot = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(webRoot, '..');
// `make images` (hack/images) builds the server for the web app's image: a standalone output (server.js
// and only the node_modules files it uses), in a folder of its own so it never touches the .next that
// `make dev` and the tests build and `next start` serves.
const imageDistDir = process.env.PAGEMAGIC_WEB_IMAGE_DIST_DIR;

const config: NextConfig = {
  // The API contracts, CRD schemas and the site renderer are workspace packages written in TypeScript with
  // `.ts` import specifiers; Next compiles them like the app's own code.
  transpilePackages: ['@pagemagic/api', '@pagemagic/crds', '@pagemagic/operator'],
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
  ...(imageDistDir ? { output: 'standalone', distDir: relative(webRoot, imageDistDir) } : {}),
  // `make typecheck` type-checks web/ with its own tsconfig; a second pass during `next build` only costs time.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // The editor's save and "improve" send the whole site document; the API's own limit (1 MiB by default,
  // PAGEMAGIC_BODY_LIMIT_BYTES) is the one that should refuse, with its clear message.
  experimental: { serverActions: { bodySizeLimit: '4mb' } },
  // Pages name their icon (app/icon.svg); a browser showing anything else (an API answer, a plain error
  // page) asks for /favicon.ico, and finds the same icon.
  async redirects() {
    return [{ source: '/favicon.ico', destination: '/icon.svg', permanent: true }];
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          // Nobody frames the app (its own frames are srcdoc previews, not its pages). The
          // Content-Security-Policy, with frame-ancestors 'none', comes from proxy.ts: it needs a nonce
          // per response.
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default config;
