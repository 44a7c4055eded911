// Publish & history: every Build of the site, newest first, with which one is live, and the actions that
// choose what the site serves (publish the newest, publish any that succeeded, roll back one).

import { listSiteBuilds } from '@pagemagic/api/contract/builds';
import { getSite } from '@pagemagic/api/contract/sites';
import type { Metadata } from 'next';
import { AutoRefresh } from '@/components/history/auto-refresh.tsx';
import { BUILD_CHANGE, BUILD_STATUS, buildLabel } from '@/components/history/build-words.ts';
import { notFoundWhenMissing } from '@/components/history/not-found-when-missing.ts';
import { ReleaseForm } from '@/components/history/release-form.tsx';
import { releaseState } from '@/components/history/release-state.ts';
import { readOrSignIn, serverClient } from '@/lib/api.ts';
import { formatBytes, formatDateTime } from '@/lib/format.ts';
import { publishBuild, publishLatest, rollBack, unpin } from './actions.ts';

export const metadata: Metadata = { title: 'Publish & history' };

const REFRESH_SECONDS = 4;

export default async function HistoryPage({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  const client = await serverClient();
  const [site, { items: builds }] = await readOrSignIn(
    () =>
      Promise.all([
        client.call(getSite, { params: { siteId } }),
        client.call(listSiteBuilds, { params: { siteId } }),
      ]).catch(notFoundWhenMissing),
    `/sites/${siteId}/history`,
  );
  const { liveBuild } = site.status;
  const { pinnedBuild } = site;
  // A pinned Build that is not live yet is a publish or rollback on its way.
  const goingLive = pinnedBuild !== undefined && pinnedBuild !== liveBuild ? pinnedBuild : undefined;
  const settling = site.status.phase !== 'ready' || goingLive !== undefined;
  const live = builds.find((build) => build.live);
  const { canRollBack, pinned, waiting } = releaseState(builds, pinnedBuild);

  return (
    <section aria-labelledby="history-heading" className="space-y-6">
      <div className="space-y-2">
        <h2 id="history-heading" className="text-xl font-semibold">
          Publish &amp; history
        </h2>
        <p className="text-slate-700">
          Every change to your site makes a new build. Publish the one you want people to see, or go back to
          an earlier one at any time.
        </p>
        <p className="text-slate-800">
          {live ? `Live now: the ${buildLabel(formatDateTime(live.createdAt))}.` : 'Nothing is live yet.'}
        </p>
      </div>

      {settling ? (
        <AutoRefresh
          seconds={REFRESH_SECONDS}
          waitingFor={goingLive ? 'a build goes live' : 'your site gets ready'}
        />
      ) : null}

      {pinnedBuild ? (
        <div className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
          <p>
            {pinned ? `The ${buildLabel(formatDateTime(pinned.createdAt))}` : `Build ${pinnedBuild}`} is
            pinned as the live version, so changes you make do not go live until you unpin it.
            {waiting.length > 0
              ? ` ${waiting.length === 1 ? 'One newer build is' : `${waiting.length} newer builds are`} waiting.`
              : ''}
          </p>
          <ReleaseForm action={unpin} siteId={site.id} idBase="unpin" pendingText="Unpinning…">
            Unpin: follow the newest build
          </ReleaseForm>
        </div>
      ) : (
        <p className="text-slate-700">Nothing is pinned: every change goes live as soon as it is built.</p>
      )}

      <div className="flex flex-wrap items-start gap-4">
        <ReleaseForm
          action={publishLatest}
          siteId={site.id}
          idBase="publish-latest"
          pendingText="Publishing…"
        >
          Publish latest
        </ReleaseForm>
        {canRollBack ? (
          <ReleaseForm
            action={rollBack}
            siteId={site.id}
            idBase="roll-back"
            pendingText="Rolling back…"
            variant="secondary"
          >
            Roll back
          </ReleaseForm>
        ) : null}
      </div>

      <section aria-labelledby="builds-heading">
        <h3 id="builds-heading" className="text-lg font-semibold">
          Builds
        </h3>
        {builds.length === 0 ? (
          <p className="mt-2 text-slate-700">
            No builds yet. The first one is made as soon as your site has been written.
          </p>
        ) : (
          <ol className="mt-3 space-y-4">
            {builds.map((build) => {
              const when = formatDateTime(build.createdAt);
              const label = buildLabel(when);
              const status = BUILD_STATUS[build.phase];
              const publishable = build.phase === 'Succeeded' && !build.live && build.id !== goingLive;
              return (
                <li key={build.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <h4 className="mr-auto font-semibold">
                      <time dateTime={build.createdAt}>{when}</time> UTC
                      {build.contentChange ? (
                        <span className="ml-2 font-normal text-slate-700">
                          · {BUILD_CHANGE[build.contentChange]}
                        </span>
                      ) : null}
                    </h4>
                    {build.live ? (
                      <span className="rounded-full bg-emerald-100 px-2.5 py-0.5 text-xs font-semibold text-emerald-900">
                        Live
                      </span>
                    ) : null}
                    {build.id === pinnedBuild && build.live ? (
                      <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-950">
                        Pinned
                      </span>
                    ) : null}
                    {waiting.includes(build) ? (
                      <span className="rounded-full bg-slate-200 px-2.5 py-0.5 text-xs font-semibold text-slate-900">
                        Waiting behind the pin
                      </span>
                    ) : null}
                    {build.id === goingLive ? (
                      <span className="rounded-full bg-indigo-100 px-2.5 py-0.5 text-xs font-semibold text-indigo-900">
                        Going live
                      </span>
                    ) : null}
                  </div>
                  <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
                    <div>
                      <dt className="text-slate-700">Status</dt>
                      <dd>
                        <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${status.badge}`}>
                          {status.label}
                        </span>
                      </dd>
                    </div>
                    <div>
                      <dt className="text-slate-700">Pages</dt>
                      <dd className="font-medium">{build.pages ?? '—'}</dd>
                    </div>
                    <div>
                      <dt className="text-slate-700">Size</dt>
                      <dd className="font-medium">{formatBytes(build.bytes)}</dd>
                    </div>
                    <div>
                      <dt className="text-slate-700">Finished</dt>
                      <dd className="font-medium">
                        {build.completedAt
                          ? `${formatDateTime(build.completedAt)} UTC`
                          : build.phase === 'Pending' || build.phase === 'Running'
                            ? 'Not yet'
                            : '—'}
                      </dd>
                    </div>
                  </dl>
                  {build.phase === 'Failed' && build.message ? (
                    <p className="mt-3 text-sm text-red-800">Why it failed: {build.message}</p>
                  ) : null}
                  {build.previewUrl || publishable ? (
                    <div className="mt-4 flex flex-wrap items-start gap-4">
                      {build.previewUrl ? (
                        <a
                          href={build.previewUrl}
                          target="_blank"
                          rel="noopener"
                          className="inline-block py-2 text-sm font-semibold text-brand-700 underline hover:text-brand-800"
                        >
                          Preview<span className="sr-only"> the {label} (opens in a new tab)</span>
                        </a>
                      ) : null}
                      {publishable ? (
                        <ReleaseForm
                          action={publishBuild}
                          siteId={site.id}
                          build={{ id: build.id, label }}
                          idBase={`publish-${build.id}`}
                          pendingText="Publishing…"
                          variant="secondary"
                        >
                          Publish this build<span className="sr-only">, the {label}</span>
                        </ReleaseForm>
                      ) : null}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </section>
  );
}
