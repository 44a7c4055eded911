// Following a long operation (create, edit, regenerate, publish, rollback) on the site's event stream:
// each stage (writing content, building, deploying, ready) is shown with the time since the command
// started, as a spinner on a terminal and as one line per stage on a pipe. A stream that breaks off is
// resumed with Last-Event-ID, so nothing is missed.

import { type PagemagicClient, type ResultOf, readEvents, SseParser } from '@pagemagic/api/client';
import type { getBuild } from '@pagemagic/api/contract/builds';
import { siteEvents } from '@pagemagic/api/contract/events';
import type { getSite } from '@pagemagic/api/contract/sites';
import { PHASE_STEP_LABELS } from '@pagemagic/crds';
import type { Context } from './context.ts';
import { CliError } from './errors.ts';
import { elapsed } from './output.ts';

export type Site = ResultOf<typeof getSite>;
type Build = ResultOf<typeof getBuild>;

export interface Goal {
  /** True once the site is where the command wanted it. */
  reached: (site: Site) => boolean;
}

/** The first condition that explains a failed site, for the error message. */
export function failureReason(site: Site): string {
  const condition = site.status.conditions.find((c) => c.status !== 'True' && c.message !== '');
  return condition ? `${condition.reason}: ${condition.message}` : 'no reason given';
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const MAX_RECONNECTS = 10;

export async function followSite(
  context: Context,
  client: PagemagicClient,
  siteId: string,
  goal: Goal,
  options: { timeoutMs: number; started: number; initial?: Site['status']['phase'] },
): Promise<Site> {
  const { io } = context;
  const tty = io.stderrTty;
  let stage: Site['status']['phase'] | undefined;
  let stageStarted = options.started;
  let frame = 0;
  let spinner: NodeJS.Timeout | undefined;
  const line = () =>
    `${SPINNER[frame % SPINNER.length]} ${PHASE_STEP_LABELS[stage ?? 'writing']}… ${elapsed(Date.now() - options.started)}`;
  const clearLine = () => tty && io.stderr('\r\u001b[2K');
  const enter = (next: Site['status']['phase']) => {
    if (next === stage) return;
    const now = Date.now();
    if (tty && stage) {
      clearLine();
      io.stderr(`✓ ${PHASE_STEP_LABELS[stage]} (${elapsed(now - stageStarted)})\n`);
    }
    stage = next;
    stageStarted = now;
    if (!tty && next !== 'ready' && next !== 'failed')
      io.stderr(`${PHASE_STEP_LABELS[next]}… (${elapsed(now - options.started)})\n`);
  };
  // Where the API said the site was when it accepted the command: shown before the stream says more.
  if (options.initial && options.initial !== 'ready') enter(options.initial);
  if (tty) {
    spinner = setInterval(() => {
      frame += 1;
      clearLine();
      io.stderr(line());
    }, 120);
  }
  const timeout = AbortSignal.timeout(options.timeoutMs);
  // Ends the stream once the goal is reached: an open event stream (with its heartbeats) would keep the
  // process alive after the command is done.
  const finished = new AbortController();
  const signal = AbortSignal.any([timeout, finished.signal]);
  const parser = new SseParser();
  let failures = 0;
  let lastPhase: string | undefined;
  let warnedNotPickedUp = false;
  try {
    while (!timeout.aborted) {
      let response: Response;
      try {
        const lastId = parser.lastEventId;
        response = await client.send(
          siteEvents,
          { params: { siteId } },
          {
            headers: lastId
              ? { 'last-event-id': lastId, accept: 'text/event-stream' }
              : { accept: 'text/event-stream' },
            signal,
          },
        );
      } catch (error) {
        if (timeout.aborted) break;
        const status = (error as { status?: number }).status;
        failures += 1;
        if (status !== undefined || failures > MAX_RECONNECTS) throw error;
        await pause(parser.retry ?? 3000, timeout);
        continue;
      }
      if (!response.body)
        throw new CliError('The API answered the event stream without a body; run the command again');
      try {
        for await (const event of readEvents(response.body, parser)) {
          failures = 0;
          if (event.event === 'error') break;
          if (event.event === 'build') {
            const build = JSON.parse(event.data) as Build & { change: string };
            if (build.phase === 'Failed' && build.change !== 'snapshot' && !tty) {
              io.stderr(`Build ${build.id} failed: ${build.message ?? 'no reason given'}\n`);
            }
            continue;
          }
          if (event.event !== 'site') continue;
          const site = JSON.parse(event.data) as Site & { change: string };
          if (site.change === 'deleted') {
            throw new CliError(`Site ${siteId} was deleted while waiting for it; see pagemagic sites list`);
          }
          lastPhase = site.status.phase;
          // Said once, and the wait goes on: an operator that comes back picks the change up.
          if (site.status.notPickedUp && !warnedNotPickedUp) {
            warnedNotPickedUp = true;
            if (tty) clearLine();
            io.stderr(`! ${site.status.notPickedUp.message}\n`);
          }
          if (goal.reached(site)) {
            enter('ready');
            return site;
          }
          if (site.status.phase === 'failed') {
            enter('failed');
            throw new CliError(
              `Site ${siteId} failed: ${failureReason(site)}. Fix it with pagemagic sites edit ${siteId} --file site.json or pagemagic sites regenerate ${siteId}`,
            );
          }
          // A goal not reached yet on a ready site (a publish before the rollout) still shows as deploying.
          enter(site.status.phase === 'ready' ? 'deploying' : site.status.phase);
        }
      } catch (error) {
        if (timeout.aborted) break;
        if (error instanceof CliError || error instanceof SyntaxError) throw error;
        failures += 1;
        if (failures > MAX_RECONNECTS) throw error;
      }
      await pause(parser.retry ?? 3000, timeout);
    }
    throw new CliError(
      `Still ${lastPhase ?? 'waiting'} after ${elapsed(options.timeoutMs)}; the work carries on in the cluster: check it with pagemagic sites view ${siteId}`,
    );
  } finally {
    finished.abort();
    if (spinner) clearInterval(spinner);
    if (tty && stage) {
      clearLine();
      io.stderr(
        `${stage === 'failed' ? '✗' : '✓'} ${PHASE_STEP_LABELS[stage]} (${elapsed(Date.now() - options.started)})\n`,
      );
    }
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
