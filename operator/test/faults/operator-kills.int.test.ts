// The operator SIGKILLed at seeded random moments while 50 Websites are being created and built, and
// restarted each time: every Website still becomes Ready, with exactly one content ConfigMap and one Build
// each, no orphans, and every Build a dead process left unfinished finished by a later one.
// PAGEMAGIC_FAULT_SEED replays a schedule (real time still varies, so a replay is close, not exact).

import type { Build, Website } from '@pagemagic/crds';
import { BUILDS, WEBSITES } from '@pagemagic/crds';
import type { SiteDocument } from '@pagemagic/crds/site-document';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { createTestNamespace, eventually } from '@pagemagic/hack/testkit/test-namespace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_FIELD_MANAGER } from '../../src/config.ts';
import { resolveImage } from '../../src/image/index.ts';
import { Informer, KubeClient } from '../../src/runtime/index.ts';
import { RENDERER_VERSION } from '../../src/site/index.ts';
import {
  createWebsites,
  faultProblems,
  isReady,
  seededRandom,
  siteNames,
  smallSiteDocument,
  snapshotNamespace,
  websiteObject,
} from '../helpers/fault-websites.ts';
import { metricSum, type OperatorProcess, startOperator } from '../helpers/operator-process.ts';

const SEED = Number(process.env.PAGEMAGIC_FAULT_SEED ?? 20261129);
const WEBSITE_COUNT = 50;
// One kill during creation, then at least this many spread over the rest of the work; more only until one
// has caught a Build mid-way, and never more than MAX_KILLS in all.
const MIN_KILLS = 3;
const MAX_KILLS = 8;

let client: KubeClient;
let namespace: Awaited<ReturnType<typeof createTestNamespace>>;
let websites: Informer<Website>;
let builds: Informer<Build>;
const processes: OperatorProcess[] = [];

beforeAll(async () => {
  const kubeConfig = loadKubeConfig();
  client = new KubeClient(kubeConfig, { fieldManager: OPERATOR_FIELD_MANAGER });
  namespace = await createTestNamespace(kubeConfig, 'fault-kills');
  // The test's own view of progress, from watches: it decides when to kill without polling lists.
  websites = new Informer<Website>({ client, resource: WEBSITES, namespace: namespace.name });
  builds = new Informer<Build>({ client, resource: BUILDS, namespace: namespace.name });
  websites.start();
  builds.start();
  await Promise.all([websites.waitForSync(), builds.waitForSync()]);
});

afterAll(async () => {
  await Promise.all(processes.map((operator) => operator.kill('SIGKILL')));
  await Promise.all([websites?.stop(), builds?.stop()]);
  await namespace?.delete();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const readyNow = () => websites.list().filter(isReady).length;
// Builds finish well before their Websites are Ready (the rollout follows), so progress counts both.
const TOTAL_PROGRESS = 2 * WEBSITE_COUNT;
const progress = () =>
  readyNow() + builds.list().filter((build) => build.status?.phase === 'Succeeded').length;
const finished = (build: Build) => build.status?.phase === 'Succeeded' || build.status?.phase === 'Failed';

async function start(generation: number): Promise<OperatorProcess> {
  const operator = await startOperator({ namespace: namespace.name, name: `kills-${generation}` });
  processes.push(operator);
  await operator.waitReady(120);
  return operator;
}

/**
 * Resolves once progress reaches `count`, or when `signal` aborts; fails if progress stalls, so a broken
 * operator fails the test with a message rather than by its timeout.
 */
async function progressReaches(count: number, signal: AbortSignal, seconds = 180): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!signal.aborted && progress() < count) {
    if (Date.now() > deadline) throw new Error(`progress ${progress()} of ${count} after ${seconds}s`);
    await sleep(50);
  }
}

/**
 * Resolves true as soon as the operator is building (a Build reconcile holds a worker), false if `signal`
 * aborts first. A short Build never says Running in its status, so the operator's own gauge is the signal.
 */
async function building(operator: OperatorProcess, signal: AbortSignal): Promise<boolean> {
  while (!signal.aborted) {
    const samples = await operator.metrics().catch(() => []);
    if (metricSum(samples, 'controller_runtime_active_workers', { controller: 'build' }) > 0) return true;
    await sleep(20);
  }
  return false;
}

interface Kill {
  mode: 'during-creation' | 'anytime' | 'mid-build';
  /** Succeeded Builds plus Ready Websites when the kill was sent, of TOTAL_PROGRESS. */
  progressAtKill: number;
  /** A Build reconcile was running in the process at the moment it was killed. */
  midBuild: boolean;
  /** Builds not finished when the process had died, read from the API server. */
  unfinished: string[];
}

describe(`the operator SIGKILLed at random moments (seed ${SEED}; set PAGEMAGIC_FAULT_SEED to replay)`, () => {
  it(`brings ${WEBSITE_COUNT} Websites to Ready with no duplicate, stuck or orphaned objects`, async () => {
    const random = seededRandom(SEED);
    const between = (low: number, high: number) => low + random() * (high - low);
    const contents = new Map<string, SiteDocument[]>();
    const objects = siteNames(WEBSITE_COUNT).map((name) => {
      const content = smallSiteDocument(`Padaria ${name}`);
      contents.set(name, [content]);
      return websiteObject(namespace.name, name, content);
    });
    const kills: Kill[] = [];
    let generation = 0;
    let operator = await start(generation);

    const killNow = async (mode: Kill['mode'], midBuild = false) => {
      const progressAtKill = progress();
      const exit = await operator.kill('SIGKILL');
      expect(exit.signal, `operator ${operator.name} was still running when killed`).toBe('SIGKILL');
      const { items } = await client.list<Build>(BUILDS, { namespace: namespace.name });
      const unfinished = items.filter((build) => !finished(build)).map((build) => build.metadata.name ?? '');
      kills.push({ mode, progressAtKill, midBuild, unfinished });
      console.log(
        `kill ${kills.length} (${mode}${midBuild ? ', while building' : ''}): progress ` +
          `${progressAtKill}/${TOTAL_PROGRESS}, unfinished Builds: [${unfinished.join(', ')}]`,
      );
      generation += 1;
      operator = await start(generation);
    };

    // 1. While the Websites are still being created.
    const killAtCreated = Math.floor(between(5, 30));
    let created = 0;
    const creating = createWebsites(client, objects, 5, (count) => {
      created = count;
    });
    while (created < killAtCreated) await sleep(20);
    await sleep(between(0, 1000));
    await killNow('during-creation');
    await creating;

    // 2. Spread over the rest of the work: each kill waits for a seeded point within its share of the
    // progress, then kills after a random delay or the moment the operator is building. A cap on progress
    // makes sure every kill still interrupts work in flight.
    const caughtBuilding = () => kills.some((kill) => kill.midBuild && kill.unfinished.length > 0);
    while (kills.length < MAX_KILLS && (kills.length < MIN_KILLS + 1 || !caughtBuilding())) {
      const planned = kills.length - 1;
      const share = planned < MIN_KILLS ? (planned + random()) / MIN_KILLS : random() / 2;
      const target = Math.max(progress(), Math.floor(TOTAL_PROGRESS * 0.9 * share));
      const cap = target + Math.ceil((TOTAL_PROGRESS - target) * 0.3);
      const mode: Kill['mode'] = planned === 0 || random() < 0.5 ? 'mid-build' : 'anytime';
      const delay = between(0, 1500);
      const limit = new AbortController();
      await progressReaches(target, limit.signal);
      let midBuild = false;
      if (mode === 'mid-build') {
        const capped = progressReaches(cap, limit.signal).then(() => false);
        midBuild = await Promise.race([building(operator, limit.signal), capped]);
      } else {
        await Promise.race([sleep(delay), progressReaches(cap, limit.signal)]);
      }
      limit.abort();
      await killNow(mode, midBuild);
    }

    await eventually(
      `all ${WEBSITE_COUNT} Websites to be Ready (log: ${operator.logPath})`,
      async () => (readyNow() === WEBSITE_COUNT ? true : undefined),
      240,
    );

    expect(kills.length).toBeGreaterThanOrEqual(MIN_KILLS + 1);
    for (const kill of kills) {
      expect(kill.progressAtKill, `a kill (${kill.mode}) came after all the work was done`).toBeLessThan(
        TOTAL_PROGRESS,
      );
    }
    expect(caughtBuilding(), 'no kill caught the operator in the middle of a Build').toBe(true);

    const snapshot = await snapshotNamespace(client, namespace.name);
    expect(faultProblems(snapshot, contents, RENDERER_VERSION)).toEqual([]);
    for (const name of new Set(kills.flatMap((kill) => kill.unfinished))) {
      const build = snapshot.builds.find((b) => b.metadata.name === name);
      expect(build?.status?.phase, `Build ${name}, left unfinished by a killed operator`).toBe('Succeeded');
    }
    // The images the Builds recorded are really in the registry, by the digests recorded.
    for (const build of snapshot.builds) {
      const image = build.status?.image ?? '';
      const resolved = await resolveImage(image);
      expect(`${image.split('@')[0]}@${resolved.digest}`).toBe(image);
    }
    expect(operator.running(), `the last operator exited: ${operator.stderr()}`).toBe(true);
  }, 480_000);
});
