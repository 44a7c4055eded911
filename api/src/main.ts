#!/usr/bin/env node
// `pagemagic-api`: migrates the database, serves the API, and on SIGTERM or SIGINT stops taking requests,
// finishes those in flight and closes its connections.

import { join } from 'node:path';
import { startApp } from './app.ts';
import { configFromEnv } from './config.ts';
import { persistentDevelopmentKeys } from './dev-keys.ts';
import { createServices } from './services.ts';

const keysFile = join(process.env.PAGEMAGIC_LOCAL_DIR ?? '.local', 'api-dev-keys.json');
const config = configFromEnv(process.env, persistentDevelopmentKeys(keysFile));
const services = await createServices(config);
const app = await startApp(services);
await app.listen({ host: config.listen.host, port: config.listen.port });

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
