// login, logout, whoami. Sign-in is by email link: the CLI asks for a login request, shows the code the
// link's page will show, and polls until the link is confirmed in a browser; no token is ever copied.

import { login, logout, pollLogin } from '@pagemagic/api/contract/auth';
import { getProfile, ProfileSchema } from '@pagemagic/api/contract/profile';
import type { Command } from 'commander';
import { configPath, readConfig, updateConfig } from '../config.ts';
import { nonEmpty } from '../context.ts';
import { CliError, fromApiError, usageError } from '../errors.ts';
import { elapsed, parseJsonFields, renderDetail, renderJson } from '../output.ts';
import { DEFAULT_WAIT_MINUTES, fieldsOf, JSON_FLAG, JSON_HELP, minutesOption, type Run } from './shared.ts';

const POLL_MS = 1500;
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function authCommands(program: Command, run: Run): void {
  program
    .command('login')
    .description('Sign in by email link: open the link on any device and the CLI picks the sign-in up')
    .option('--email <address>', 'the address to send the sign-in link to')
    .option(
      '--timeout <minutes>',
      'how long to wait for the link to be opened',
      minutesOption,
      DEFAULT_WAIT_MINUTES,
    )
    .action(
      run(async (context, options: { email?: string; timeout: number }) => {
        const { io } = context;
        let email = nonEmpty(options.email);
        if (!email && context.interactive) email = nonEmpty(await io.ask('Email address: '));
        if (!email)
          throw usageError('Say where to send the sign-in link: pagemagic login --email you@example.com');
        const client = context.anonymous();
        const sent = await client.call(login, { body: { email } });
        io.stderr(
          `Check your email (${email}) and open the sign-in link; the page it opens shows the code ${sent.verificationCode}.\n`,
        );
        const started = Date.now();
        const deadline = started + options.timeout * 60_000;
        let frame = 0;
        const spinner = io.stderrTty
          ? setInterval(() => {
              frame += 1;
              io.stderr(
                `\r\u001b[2K${SPINNER[frame % SPINNER.length]} Waiting for the link to be opened… ${elapsed(Date.now() - started)} (Ctrl-C to give up)`,
              );
            }, 120)
          : undefined;
        try {
          for (;;) {
            const answer = await client
              .call(pollLogin, { body: { loginRequestId: sent.loginRequestId, pollSecret: sent.pollSecret } })
              .catch((error: unknown) => {
                if ((error as { status?: number }).status === 410) {
                  throw new CliError(
                    'The sign-in link expired or was already used: run pagemagic login again',
                  );
                }
                throw error;
              });
            if (answer.status === 'confirmed') {
              await updateConfig(
                (config) => ({
                  ...(config.userId === answer.userId ? config : {}),
                  apiUrl: context.apiUrl,
                  accessToken: answer.accessToken,
                  refreshToken: answer.refreshToken,
                  userId: answer.userId,
                  email,
                }),
                io.env,
              );
              break;
            }
            if (Date.now() + POLL_MS > deadline) {
              throw new CliError(
                `Gave up after ${elapsed(Date.now() - started)} without the link being opened: run pagemagic login again (or --timeout <minutes> to wait longer)`,
              );
            }
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          }
        } finally {
          if (spinner) {
            clearInterval(spinner);
            io.stderr('\r\u001b[2K');
          }
        }
        const signedIn = await context.signedIn();
        const profile = await signedIn.call(getProfile);
        io.stdout(`Signed in as ${profile.email}; the sign-in is stored in ${configPath(io.env)}\n`);
      }),
    );

  program
    .command('logout')
    .description('Sign out: ends the sign-in at the API and deletes the stored tokens')
    .action(
      run(async (context) => {
        const { io } = context;
        const stored = await readConfig(io.env);
        if (!stored.refreshToken) {
          io.stderr('You were not signed in; nothing to do.\n');
          return;
        }
        let warning: string | undefined;
        try {
          await context.anonymous().call(logout, { body: { refreshToken: stored.refreshToken } });
        } catch (error) {
          // The local tokens go either way: a person who asked to sign out must not stay signed in here.
          warning = fromApiError(error, context.apiUrl).message;
        }
        await updateConfig(
          ({ accessToken: _a, refreshToken: _r, userId: _u, email: _e, ...rest }) => rest,
          io.env,
        );
        if (warning)
          io.stderr(`The API could not end the sign-in (${warning}); the tokens here are deleted.\n`);
        io.stdout('Signed out.\n');
      }),
    );

  program
    .command('whoami')
    .description('Who is signed in, and which workspace commands act on')
    .option(JSON_FLAG, JSON_HELP)
    .action(
      run(async (context, options: { json?: string | boolean }) => {
        const fields = parseJsonFields(options.json, fieldsOf(ProfileSchema));
        const profile = await (await context.signedIn()).call(getProfile);
        if (options.json) {
          context.io.stdout(renderJson(profile, fields));
          return;
        }
        const chosen =
          nonEmpty(context.io.env.PAGEMAGIC_WORKSPACE) ?? (await readConfig(context.io.env)).workspace;
        const workspace = profile.workspaces.find((w) => w.id === chosen) ?? profile.workspaces[0];
        context.io.stdout(
          renderDetail(
            [
              ['email', profile.email],
              ['name', profile.name ?? undefined],
              ['user', profile.id],
              ['workspace', workspace ? `${workspace.id} (${workspace.name}, ${workspace.role})` : undefined],
              ['api', context.apiUrl],
            ],
            context.mode,
          ),
        );
      }),
    );
}
