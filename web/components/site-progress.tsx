'use client';

// A site's progress, live: the API's event stream (through this app's server) moves the steps from
// writing to ready. Reloading the page picks the stream up again from the site's current state, since the
// stream starts with a snapshot.

import { PHASE_STEP_LABELS, SITE_STEPS, type SitePhase } from '@pagemagic/crds';
import Link from 'next/link';
import { useActionState, useEffect, useState } from 'react';
import { type RetryState, retrySite } from '@/app/(app)/sites/[siteId]/actions.ts';

export interface ProgressSite {
  id: string;
  phase: SitePhase;
  url?: string;
  conditions: Array<{ type: string; status: string; reason: string; message: string }>;
  /** The Build pinned as live, and the newest one, which waits while it differs from the pinned one. */
  pinnedBuild?: string;
  latestBuild?: string;
  /** No operator has acted on the latest change in time: what it means and what to check. */
  notPickedUp?: { since: string; message: string };
}

type Connection = 'connecting' | 'live' | 'retrying' | 'paused';

function stepState(step: SitePhase, current: SitePhase): 'done' | 'current' | 'todo' {
  const order: readonly SitePhase[] = SITE_STEPS;
  const at = order.indexOf(current);
  const index = order.indexOf(step);
  if (current === 'ready' || index < at) return 'done';
  return index === at ? 'current' : 'todo';
}

/** The condition that says each step is done, in order. */
const STEP_CONDITIONS: ReadonlyArray<[SitePhase, string]> = [
  ['writing', 'ContentReady'],
  ['building', 'Built'],
];

/** The step a failed site stopped at: the first whose condition is not True, else the rollout. */
function failedStep(conditions: ProgressSite['conditions']): SitePhase {
  const done = (type: string) => conditions.find((condition) => condition.type === type)?.status === 'True';
  return STEP_CONDITIONS.find(([, type]) => !done(type))?.[0] ?? 'deploying';
}

export function SiteProgress({ initial }: { initial: ProgressSite }) {
  const [site, setSite] = useState(initial);
  const [connection, setConnection] = useState<Connection>('connecting');
  const [pausedBecause, setPausedBecause] = useState('');
  const [retry, retryAction, retrying] = useActionState<RetryState>(retrySite.bind(null, initial.id), {});

  useEffect(() => {
    const source = new EventSource(`/app-api/sites/${encodeURIComponent(initial.id)}/events`);
    source.addEventListener('open', () => setConnection('live'));
    source.addEventListener('error', () => setConnection((now) => (now === 'paused' ? now : 'retrying')));
    // The API had no stream to spare (too many open): the app's server says why, and the browser reconnects
    // on its own a little later.
    source.addEventListener('paused', (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as { message: string; retryMs: number };
      setPausedBecause(`${data.message}. Trying again in ${Math.round(data.retryMs / 1000)} seconds.`);
      setConnection('paused');
    });
    source.addEventListener('site', (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as {
        change: string;
        pinnedBuild?: string;
        status?: Pick<ProgressSite, 'phase' | 'url' | 'conditions' | 'latestBuild' | 'notPickedUp'>;
      };
      if (data.change === 'deleted' || !data.status) return;
      const status = data.status;
      setSite((previous) => ({
        ...previous,
        phase: status.phase,
        url: status.url,
        conditions: status.conditions,
        pinnedBuild: data.pinnedBuild,
        latestBuild: status.latestBuild,
        notPickedUp: status.notPickedUp,
      }));
    });
    return () => source.close();
  }, [initial.id]);

  const failed = site.phase === 'failed';
  const problems = site.conditions.filter(
    (condition) => condition.status === 'False' && condition.type !== 'Ready',
  );
  const stuckAt = failed ? failedStep(site.conditions) : site.phase;

  return (
    <section
      aria-labelledby="progress-heading"
      className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="progress-heading" className="text-lg font-semibold">
        {site.phase === 'ready' && site.pinnedBuild
          ? 'Your site is live, pinned to one build'
          : site.phase === 'ready'
            ? 'Your site is live'
            : failed
              ? 'Your site needs attention'
              : 'Your site is on its way'}
      </h2>
      <ol className="mt-4 grid gap-3 sm:grid-cols-4">
        {SITE_STEPS.map((phase) => {
          const state = stepState(phase, stuckAt);
          const broken = failed && phase === stuckAt;
          return (
            <li
              key={phase}
              aria-current={state === 'current' ? 'step' : undefined}
              className={`rounded-md border px-3 py-2 text-sm font-medium ${
                broken
                  ? 'border-red-400 bg-red-50 text-red-900'
                  : state === 'done'
                    ? 'border-emerald-400 bg-emerald-50 text-emerald-900'
                    : state === 'current'
                      ? 'border-brand-600 bg-brand-50 text-brand-800'
                      : 'border-slate-200 text-slate-700'
              }`}
            >
              <span className="sr-only">
                {broken
                  ? 'Failed: '
                  : state === 'done'
                    ? 'Done: '
                    : state === 'current'
                      ? 'In progress: '
                      : 'Not started: '}
              </span>
              {PHASE_STEP_LABELS[phase]}
            </li>
          );
        })}
      </ol>
      <p role="status" aria-live="polite" className="mt-4 text-slate-800">
        {site.phase === 'ready' ? 'Ready.' : failed ? 'Stopped.' : `${PHASE_STEP_LABELS[site.phase]}…`}
      </p>
      {site.notPickedUp ? (
        <p
          role="alert"
          data-not-picked-up
          className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950"
        >
          {site.notPickedUp.message}
        </p>
      ) : null}
      {site.phase === 'ready' && site.pinnedBuild ? (
        <p className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
          Build <span className="font-mono">{site.pinnedBuild}</span> is pinned as live, so changes do not go
          live until you unpin it
          {site.latestBuild && site.latestBuild !== site.pinnedBuild ? ' (a newer build is waiting)' : ''}.{' '}
          <Link href={`/sites/${site.id}/history`} className="font-medium underline">
            Publish &amp; history
          </Link>
        </p>
      ) : null}
      {connection === 'retrying' && site.phase !== 'ready' ? (
        <p className="mt-1 text-sm text-slate-700">Reconnecting to live updates…</p>
      ) : null}
      {connection === 'paused' && site.phase !== 'ready' ? (
        <p className="mt-1 text-sm text-slate-700">Live updates paused: {pausedBecause}</p>
      ) : null}
      {failed ? (
        <div role="alert" className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          <ul className="list-disc pl-5">
            {problems.map((problem) => (
              <li key={problem.type}>{problem.message}</li>
            ))}
          </ul>
          <form action={retryAction} className="mt-3">
            <button
              type="submit"
              disabled={retrying}
              className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
            >
              {retrying ? 'Starting again…' : 'Try again'}
            </button>
          </form>
          {retry.error ? <p className="mt-2">{retry.error}</p> : null}
        </div>
      ) : null}
      {site.phase === 'ready' ? (
        <div className="mt-4 flex flex-wrap gap-3">
          {site.url ? (
            <a
              href={site.url}
              rel="noopener"
              className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              Visit the site
            </a>
          ) : null}
          <Link
            href={`/sites/${site.id}/edit`}
            className="rounded-md border border-slate-400 px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100"
          >
            Edit it
          </Link>
        </div>
      ) : null}
    </section>
  );
}
