#!/usr/bin/env node
// pagemagic's entry. Node compiles every module afresh on each start (and strips the types of each .ts
// file) unless asked to keep the result: the cache is switched on here, before the rest of the CLI is
// imported, so that import is served from it (see hack/bench/cli-startup.ts for what it saves).
// NODE_DISABLE_COMPILE_CACHE=1 turns it off.
import module from 'node:module';

// An installed pagemagic runs on whichever `node` comes first on PATH, which may be an older system one.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `error: pagemagic needs Node 24 or newer, and ${process.execPath} is Node ${process.versions.node}: put a Node 24 first on PATH (make provisions one in .tools/ of the checkout) and run it again\n`,
  );
  process.exit(1);
}
module.enableCompileCache();
await import('./cli.ts');
