// jest-expo runs the screens and the sign-in logic in Node with React Native's test renderer. The shared
// client and contracts come from ../api/src and ../crds/src (shared-packages.js); their npm imports resolve
// from this app's node_modules.
const path = require('node:path');
const { repoRoot } = require('./shared-packages.js');

const own = (name) => path.join(__dirname, 'node_modules', name);

/** @type {import('jest').Config} */
module.exports = {
  preset: 'jest-expo',
  rootDir: __dirname,
  roots: ['<rootDir>/test'],
  // Code compiled from ../api/src and ../crds/src imports Babel's helpers, found only in this app's install.
  modulePaths: ['<rootDir>/node_modules'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  moduleNameMapper: {
    '^@pagemagic/api/client$': path.join(repoRoot, 'api/src/client/index.ts'),
    '^@pagemagic/api/contract/([a-z-]+)$': path.join(repoRoot, 'api/src/contract/$1.ts'),
    '^@pagemagic/crds$': path.join(repoRoot, 'crds/src/index.ts'),
    '^@pagemagic/crds/([a-z-]+)$': path.join(repoRoot, 'crds/src/$1.ts'),
    '^#schema-checker$': path.join(repoRoot, 'crds/src/schema-checker-browser.ts'),
    '^@sinclair/typebox$': own('@sinclair/typebox'),
    '^@sinclair/typebox/(.*)$': own('@sinclair/typebox/$1'),
    '^eventsource-parser$': own('eventsource-parser'),
  },
};
