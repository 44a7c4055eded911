// Metro bundles the shared API client and contracts from ../api/src and ../crds/src (shared-packages.js).
// Their own imports of npm packages (@sinclair/typebox, eventsource-parser) resolve from this app's
// node_modules, so the bundle never mixes in the root install's copies.
const path = require('node:path');
const { getDefaultConfig } = require('expo/metro-config');
const { sharedFolders, sharedSourceFile } = require('./shared-packages.js');

const config = getDefaultConfig(__dirname);
const appPackage = path.join(__dirname, 'package.json');

config.watchFolders = [...(config.watchFolders ?? []), ...sharedFolders];
config.resolver.nodeModulesPaths = [path.join(__dirname, 'node_modules')];
config.resolver.resolveRequest = (context, moduleName, platform) => {
  const shared = sharedSourceFile(moduleName);
  if (shared) return { type: 'sourceFile', filePath: shared };
  if (moduleName === '@sinclair/typebox' || moduleName.startsWith('@sinclair/typebox/')) {
    // TypeBox's ES module build exports a function named `Object`, which Babel's module transform then
    // calls for `Object.defineProperty`; its CommonJS build names it differently.
    const cjs = { ...context, originModulePath: appPackage, unstable_conditionNames: ['require', 'default'] };
    return context.resolveRequest(cjs, moduleName, platform);
  }
  const fromShared = sharedFolders.some((folder) => context.originModulePath.startsWith(folder + path.sep));
  const bare = !moduleName.startsWith('.') && !path.isAbsolute(moduleName);
  if (fromShared && bare)
    return context.resolveRequest({ ...context, originModulePath: appPackage }, moduleName, platform);
  return context.resolveRequest(context, moduleName, platform);
};

module.exports = config;
