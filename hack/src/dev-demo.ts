// `make dev`'s demo, made the way a person makes one: through the API. `sign-in` asks for a magic link,
// reads it from mailpit, confirms it as a browser would and collects the session as the CLI does, then
// prints the demo workspace's namespace (for the operator to watch). `site` creates the demo site from
// its brief unless it exists, follows it to Ready, and prints its URL and the image of its live Build.
//
//   node hack/src/dev-demo.ts sign-in --api URL --email ADDRESS --tokens FILE
//   node hack/src/dev-demo.ts site --api URL --tokens FILE

import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ApiClientError, PagemagicClient } from '@pagemagic/api/client';
import { login, pollLogin } from '@pagemagic/api/contract/auth';
import { listSiteBuilds } from '@pagemagic/api/contract/builds';
import { createSite, getSite } from '@pagemagic/api/contract/sites';
import { listWorkspaces } from '@pagemagic/api/contract/workspaces';
import { extractLink, Mailpit } from '../testkit/mailpit.ts';

const DEMO_SITE = 'bakery-porto';
const DEMO_BRIEF = {
  prompt: 'A family bakery in Porto, sourdough and pastel de nata, open since 1987.',
  locales: ['en', 'pt'],
  pages: ['menu', 'about', 'contact'],
  name: DEMO_SITE,
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface StoredTokens {
  accessToken: string;
  refreshToken: string;
}

async function signIn(api: string, email: string, tokensFile: string): Promise<void> {
  const client = new PagemagicClient({ baseUrl: api });
  const requestedAt = new Date(Date.now() - 1000);
  const request = await client.call(login, { body: { email } });
  const mail = await new Mailpit().waitFor(email, { after: requestedAt, timeoutMs: 30_000 });
  const link = extractLink(mail.Text, `${api}/api/v1/auth/confirm`);
  const token = new URL(link).searchParams.get('token') ?? '';
  // What the confirm page's button does: a form post, which confirms without handing out tokens.
  const confirmed = await fetch(`${api}/api/v1/auth/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token }),
  });
  if (!confirmed.ok) throw new Error(`confirming the demo sign-in link answered ${confirmed.status}`);
  for (let attempt = 0; attempt < 60; attempt++) {
    const answer = await client.call(pollLogin, {
      body: { loginRequestId: request.loginRequestId, pollSecret: request.pollSecret },
    });
    if (answer.status === 'confirmed') {
      const stored: StoredTokens = { accessToken: answer.accessToken, refreshToken: answer.refreshToken };
      await writeFile(tokensFile, JSON.stringify(stored), { mode: 0o600 });
      const signedIn = new PagemagicClient({ baseUrl: api, accessToken: () => answer.accessToken });
      const [workspace] = (await signedIn.call(listWorkspaces)).items;
      if (!workspace) throw new Error(`${email} has no workspace after signing in`);
      console.log(`pm-${workspace.id}`);
      return;
    }
    await sleep(500);
  }
  throw new Error('the demo sign-in was confirmed but the session never became collectable');
}

async function demoSite(api: string, tokensFile: string): Promise<void> {
  const tokens = JSON.parse(await readFile(tokensFile, 'utf8')) as StoredTokens;
  const client = new PagemagicClient({ baseUrl: api, accessToken: () => tokens.accessToken });
  try {
    await client.call(createSite, { body: DEMO_BRIEF });
  } catch (error) {
    // Made by an earlier `make dev`: follow it as it is.
    if (!(error instanceof ApiClientError && error.status === 409 && error.code === 'conflict')) throw error;
  }
  const deadline = Date.now() + 180_000;
  let phase = '';
  for (;;) {
    const site = await client.call(getSite, { params: { siteId: DEMO_SITE } });
    if (site.status.phase !== phase) {
      phase = site.status.phase;
      console.error(`demo site: ${phase}`);
    }
    if (phase === 'ready') break;
    if (phase === 'failed' || Date.now() > deadline) {
      const reasons = site.status.conditions.map((c) => `${c.type}=${c.status} ${c.reason}: ${c.message}`);
      throw new Error(`the demo site did not become ready (${phase}):\n${reasons.join('\n')}`);
    }
    await sleep(1000);
  }
  const site = await client.call(getSite, { params: { siteId: DEMO_SITE } });
  if (!site.status.url) throw new Error('the demo site is ready but has no URL in its status');
  const builds = await client.call(listSiteBuilds, { params: { siteId: DEMO_SITE } });
  const live = builds.items.find((build) => build.live);
  if (!live?.image) throw new Error('the demo site is ready but names no live Build with an image');
  console.log(`${site.status.url} ${live.image}`);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { api: { type: 'string' }, email: { type: 'string' }, tokens: { type: 'string' } },
});
const [command] = positionals;
if (!values.api || !values.tokens || (command === 'sign-in' && !values.email)) {
  console.error(
    'usage: dev-demo.ts sign-in --api URL --email ADDRESS --tokens FILE | site --api URL --tokens FILE',
  );
  process.exit(2);
}
if (command === 'sign-in') await signIn(values.api, values.email as string, values.tokens);
else if (command === 'site') await demoSite(values.api, values.tokens);
else {
  console.error(`unknown command '${command}': use sign-in or site`);
  process.exit(2);
}
