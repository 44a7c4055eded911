// The repository's packages the app shares with the web app and the CLI (the typed API client, the route
// contracts, the CRD names they use), as source files. The app is not an npm workspace of the root (Expo
// pins another React than the web app), so Metro learns where these live from this table; jest.config.js
// maps the same specifiers (moduleNameMapper) and TypeScript reads them from tsconfig.json's "paths".
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..');

/** A bare specifier → the source file it stands for, or undefined when it is not one of ours. */
function sharedSourceFile(specifier) {
  if (specifier === '@pagemagic/api/client') return path.join(repoRoot, 'api/src/client/index.ts');
  const contract = /^@pagemagic\/api\/contract\/([a-z-]+)$/.exec(specifier);
  if (contract) return path.join(repoRoot, `api/src/contract/${contract[1]}.ts`);
  if (specifier === '@pagemagic/crds') return path.join(repoRoot, 'crds/src/index.ts');
  const crds = /^@pagemagic\/crds\/([a-z-]+)$/.exec(specifier);
  if (crds) return path.join(repoRoot, `crds/src/${crds[1]}.ts`);
  // crds' own "imports" map: the interpreted schema check, which works everywhere (no `new Function`).
  if (specifier === '#schema-checker') return path.join(repoRoot, 'crds/src/schema-checker-browser.ts');
  return undefined;
}

/** The folders of shared source Metro must watch. */
const sharedFolders = [path.join(repoRoot, 'api/src'), path.join(repoRoot, 'crds/src')];

module.exports = { repoRoot, sharedFolders, sharedSourceFile };
