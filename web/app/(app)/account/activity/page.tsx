import { ApiClientError } from '@pagemagic/api/client';
import { listActivity } from '@pagemagic/api/contract/events';
import type { Metadata } from 'next';
import Link from 'next/link';
import { type ActivityTone, describeActivity } from '@/components/account/activity-words.ts';
import { NoWorkspace } from '@/components/account/no-workspace.tsx';
import { readOrSignIn, serverClient } from '@/lib/api.ts';
import { formatDateTime } from '@/lib/format.ts';
import { currentWorkspace } from '@/lib/workspace.ts';

export const metadata: Metadata = { title: 'Activity' };

const PAGE_SIZE = 20;
const PAGE = '/account/activity';

const TONE_MARKS: Readonly<Record<ActivityTone, { label: string; className: string }>> = {
  success: { label: 'Done', className: 'bg-emerald-100 text-emerald-900' },
  failure: { label: 'Problem', className: 'bg-red-100 text-red-900' },
  neutral: { label: 'Note', className: 'bg-slate-100 text-slate-800' },
};

export default async function ActivityPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const [{ workspace }, query] = await Promise.all([currentWorkspace(PAGE), searchParams]);
  const cursor = typeof query.cursor === 'string' && query.cursor !== '' ? query.cursor : undefined;
  const returnTo = cursor ? `${PAGE}?cursor=${encodeURIComponent(cursor)}` : PAGE;

  if (!workspace) return <NoWorkspace heading="Activity" missing="is no activity" />;

  const client = await serverClient(workspace.id);
  const page = await readOrSignIn(
    () =>
      client.call(listActivity, { query: { limit: PAGE_SIZE, cursor } }).catch((error: unknown) => {
        // A cursor edited by hand or kept from an old link: the API explains, the page offers the start.
        if (error instanceof ApiClientError && error.status === 400) return error;
        throw error;
      }),
    returnTo,
  );

  return (
    <section aria-labelledby="activity-heading">
      <h2 id="activity-heading" className="text-xl font-semibold">
        Activity in {workspace.name}
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        What happened to the workspace’s sites, newest first. Times are in UTC.
      </p>
      {page instanceof ApiClientError ? (
        <div role="alert" className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          <p>{page.message}</p>
          <p className="mt-2">
            <Link href={PAGE} className="font-medium underline">
              Show the newest activity
            </Link>
          </p>
        </div>
      ) : page.items.length === 0 ? (
        <p className="mt-4 text-slate-800">
          {cursor
            ? 'There is no older activity.'
            : 'Nothing has happened yet. Builds, publishes and domain checks will show up here.'}
        </p>
      ) : (
        <ol className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {page.items.map((item) => {
            const words = describeActivity(item);
            const mark = TONE_MARKS[words.tone];
            return (
              <li key={item.id} className="flex flex-wrap items-start gap-x-4 gap-y-1 p-4">
                <span
                  className={`mt-0.5 inline-block w-20 shrink-0 rounded-full py-0.5 text-center text-xs font-semibold ${mark.className}`}
                >
                  {mark.label}
                </span>
                <div className="min-w-0 flex-1">
                  <p className="break-words font-medium text-slate-900">{words.summary}</p>
                  {words.detail ? <p className="break-words text-sm text-slate-700">{words.detail}</p> : null}
                  <p className="text-sm text-slate-700">
                    <time dateTime={item.occurredAt}>{formatDateTime(item.occurredAt)}</time>
                    {words.site ? (
                      <>
                        {' · '}
                        <Link href={words.site.href} className="text-brand-700 underline">
                          {words.site.id}
                        </Link>
                      </>
                    ) : null}
                  </p>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div className="mt-4 flex flex-wrap gap-4">
        {cursor ? (
          <Link href={PAGE} className="font-medium text-brand-700 underline">
            Back to the newest
          </Link>
        ) : null}
        {!(page instanceof ApiClientError) && page.next ? (
          <Link
            href={`${PAGE}?cursor=${encodeURIComponent(page.next)}`}
            className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100"
          >
            Load more
          </Link>
        ) : null}
      </div>
    </section>
  );
}
