#!/usr/bin/env node
// `pagemagic-api`: `serve` (the default) migrates the database, serves the API (and /health, /ready and
// /metrics on the internal port, PAGEMAGIC_API_INTERNAL_LISTEN), and on SIGTERM or SIGINT
// stops taking requests, finishes those in flight and closes its connections. `rotate-keys` re-encrypts
// PII at rest with the current key. `meter` rolls metered usage up from Prometheus into usage_hourly.
// Exit codes: 0 ok, 1 failure, 2 usage.

import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { meterCommand } from './commands/meter.ts';
import { rotateKeysCommand } from './commands/rotate-keys.ts';
import { type ApiConfig, ConfigError, configFromEnv } from './config.ts';
import { persistentDevelopmentKeys } from './dev-keys.ts';
import { ReencryptError } from './protection/reencrypt.ts';

function readConfig(): ApiConfig {
  const keysFile = join(process.env.PAGEMAGIC_LOCAL_DIR ?? '.local', 'api-dev-keys.json');
  return configFromEnv(process.env, persistentDevelopmentKeys(keysFile));
}

/** In the background: the API serves while namespaces are checked. */
async function repairNamespaces(
  services: import('./services.ts').Services,
  log: { info(o: object, m: string): void; error(o: object, m: string): void },
): Promise<void> {
  const { reconcileWorkspaceNamespaces } = await import('./tenancy/namespace.ts');
  try {
    const { rows } = await services.db.query<{ id: string; namespace: string; plan: string }>(
      'SELECT id, namespace, plan FROM workspaces ORDER BY created_at',
    );
    const result = await reconcileWorkspaceNamespaces(services.kubeClient, rows, {
      labels: services.config.workspaceNamespaceLabels,
    });
    if (result.failed.length > 0)
      log.error({ failed: result.failed }, 'some workspace namespaces could not be applied');
    log.info({ applied: result.applied }, 'workspace namespaces applied');
  } catch (error) {
    log.error({ err: error }, 'could not check workspace namespaces');
  }
}

async function serve(): Promise<void> {
  // Loaded here so one-off commands start without the server's dependencies.
  const [{ startApp }, { createServices }] = await Promise.all([import('./app.ts'), import('./services.ts')]);
  const config = readConfig();
  const services = await createServices(config);
  const app = await startApp(services);
  await app.listen({ host: config.listen.host, port: config.listen.port });
  // Ready only once the public port takes requests.
  await app.internalServer.listen({ host: config.internalListen.host, port: config.internalListen.port });
  void repairNamespaces(services, app.log);

  let closing = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, 'shutting down: finishing requests in flight');
      const drained = setTimeout(() => {
        const servers = [app.server, app.internalServer.server];
        void Promise.all(
          servers.map((server) => new Promise<number>((done) => server.getConnections((_, n) => done(n)))),
        ).then((open) => {
          app.log.warn(
            { connections: open[0], internalConnections: open[1], afterSeconds: config.shutdownDrainSeconds },
            'connections still open after the drain time: closing them',
          );
          for (const server of servers) server.closeAllConnections();
        });
      }, config.shutdownDrainSeconds * 1000);
      drained.unref();
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

const program = new Command('pagemagic-api')
  .description('The Page Magic API')
  .exitOverride()
  .showHelpAfterError('(run with --help for usage)')
  .addCommand(new Command('serve').description('Migrate the database and serve the API').action(serve), {
    isDefault: true,
  })
  .addCommand(
    rotateKeysCommand({
      stdout: (text) => process.stdout.write(text),
      config: readConfig,
    }),
  )
  .addCommand(
    meterCommand({
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      env: () => process.env,
    }),
  );

// Commands made on their own do not inherit exitOverride; usage errors must still exit 2.
for (const command of program.commands) command.copyInheritedSettings(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version are "errors" to commander; usage mistakes exit 2 as the house style says.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof ConfigError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = 2;
  } else if (error instanceof ReencryptError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
