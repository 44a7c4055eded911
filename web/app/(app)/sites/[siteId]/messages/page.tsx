// Messages: what visitors sent through the site's contact form, newest first, filtered by whether they have
// been dealt with. Editors and owners mark them handled or delete them; viewers read them. What a visitor
// typed is shown as text, however it looks.

import { ApiClientError } from '@pagemagic/api/client';
import { listMessages } from '@pagemagic/api/contract/forms';
import type { Metadata } from 'next';
import Link from 'next/link';
import { CARD } from '@/components/account/styles.ts';
import { notFoundWhenMissing } from '@/components/history/not-found-when-missing.ts';
import { DeleteMessage } from '@/components/messages/delete-message.tsx';
import { HandledForm } from '@/components/messages/handled-form.tsx';
import { MessageNotice } from '@/components/messages/message-notice.tsx';
import {
  DEFAULT_FILTER,
  languageName,
  MESSAGE_FILTERS,
  type MessageFilter,
  mayHandleMessages,
  messagesPath,
  newMessagesLabel,
  parseFilter,
  parseOutcome,
  replyHref,
  senderOf,
} from '@/components/messages/message-words.ts';
import { readOrSignIn, serverClient } from '@/lib/api.ts';
import { formatDateTime } from '@/lib/format.ts';
import { currentWorkspace } from '@/lib/workspace.ts';

export const metadata: Metadata = { title: 'Messages' };

const PAGE_SIZE = 20;

const NOTHING_HERE: Readonly<Record<Exclude<MessageFilter, 'all'>, string>> = {
  unhandled: 'Nothing waits for an answer: every message is handled.',
  handled: 'No message is marked handled yet.',
};

export default async function MessagesPage({
  params,
  searchParams,
}: {
  params: Promise<{ siteId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ siteId }, search] = await Promise.all([params, searchParams]);
  const filter = parseFilter(search.state);
  const cursor = typeof search.continue === 'string' && search.continue !== '' ? search.continue : undefined;
  const done = parseOutcome(search.done);
  const doneTo = typeof search.message === 'string' ? search.message : '';
  const list = { state: filter, continue: cursor };
  const here = messagesPath(siteId, list);

  const client = await serverClient();
  const [page, { workspace }] = await Promise.all([
    readOrSignIn(
      () =>
        client
          .call(listMessages, {
            params: { siteId },
            query: { state: filter, limit: PAGE_SIZE, continue: cursor },
          })
          .catch((error: unknown) => {
            // A token edited by hand or kept from an old link: the API explains, the page offers the start.
            if (cursor && error instanceof ApiClientError && error.status === 400) return error;
            return notFoundWhenMissing(error);
          }),
      here,
    ),
    currentWorkspace(here),
  ]);
  const mayHandle = mayHandleMessages(workspace?.role);

  return (
    <section aria-labelledby="messages-heading" className="space-y-6">
      <div className="space-y-2">
        <h2 id="messages-heading" className="text-xl font-semibold">
          Messages
        </h2>
        <p className="text-slate-700">
          What visitors sent through your site&apos;s contact form, newest first. Times are in UTC.
        </p>
        {!(page instanceof ApiClientError) && page.unhandled > 0 ? (
          <p className="font-medium text-slate-900">
            {newMessagesLabel(page.unhandled)} not handled yet.
            {mayHandle ? ' Mark each one handled once you have answered it.' : ''}
          </p>
        ) : null}
      </div>

      <nav aria-label="Which messages">
        <ul className="flex flex-wrap gap-2">
          {MESSAGE_FILTERS.map((option) => {
            const current = option.state === filter;
            return (
              <li key={option.state}>
                <Link
                  href={messagesPath(siteId, { state: option.state })}
                  aria-current={current ? 'page' : undefined}
                  className={`inline-block rounded-full border px-3 py-1 text-sm font-medium ${
                    current
                      ? 'border-brand-700 bg-brand-700 text-white'
                      : 'border-slate-400 bg-white text-slate-800 hover:bg-slate-100'
                  }`}
                >
                  {option.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <MessageNotice done={done} messageId={doneTo} />

      {page instanceof ApiClientError ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          <p>{page.message}</p>
          <p className="mt-2">
            <Link href={messagesPath(siteId, { state: filter })} className="font-medium underline">
              Show the newest messages
            </Link>
          </p>
        </div>
      ) : page.items.length === 0 ? (
        cursor ? (
          <p className="text-slate-800">There are no older messages.</p>
        ) : filter === 'all' ? (
          <div className="space-y-2 text-slate-800">
            <p className="font-medium">No messages yet.</p>
            <p>
              Messages come from the contact form on your published site: when a visitor sends it, their
              message appears here, and the workspace&apos;s owners get it by email too. The form is part of
              your site&apos;s contact section, which you can change in the{' '}
              <Link href={`/sites/${encodeURIComponent(siteId)}/edit`} className="text-brand-700 underline">
                editor
              </Link>
              .
            </p>
          </div>
        ) : (
          <p className="text-slate-800">
            {NOTHING_HERE[filter]}{' '}
            <Link href={messagesPath(siteId, { state: DEFAULT_FILTER })} className="text-brand-700 underline">
              Show all messages
            </Link>
          </p>
        )
      ) : (
        <ol className="space-y-4" aria-label="Messages, newest first">
          {page.items.map((message) => {
            const sender = senderOf(message);
            const when = formatDateTime(message.createdAt);
            const about = `the message from ${sender}, sent ${when} UTC`;
            const headingId = `message-${message.id}-heading`;
            return (
              <li key={message.id}>
                <article aria-labelledby={headingId} className={CARD}>
                  <div className="flex flex-wrap items-center gap-2">
                    <h3 id={headingId} className="mr-auto min-w-0 break-words font-semibold">
                      {sender}
                    </h3>
                    {message.handledAt ? (
                      <span className="rounded-full bg-slate-200 px-2.5 py-0.5 text-xs font-semibold text-slate-900">
                        Handled
                      </span>
                    ) : (
                      <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900">
                        New
                      </span>
                    )}
                  </div>
                  <p className="mt-1 text-sm text-slate-700">
                    <time dateTime={message.createdAt}>{when}</time> UTC · from the page{' '}
                    <span className="break-all font-mono text-slate-900">{message.page}</span>, in{' '}
                    {languageName(message.locale)}
                    {message.handledAt ? (
                      <>
                        {' '}
                        · handled{' '}
                        <time dateTime={message.handledAt}>{formatDateTime(message.handledAt)}</time> UTC
                      </>
                    ) : null}
                  </p>
                  <dl className="mt-3 space-y-2 text-sm">
                    {message.fields.map((field) => (
                      // A form's field names are unique: the API takes each once.
                      <div key={field.name}>
                        <dt className="font-medium text-slate-700">{field.label}</dt>
                        <dd className="whitespace-pre-wrap break-words text-slate-900">{field.value}</dd>
                      </div>
                    ))}
                  </dl>
                  {message.replyTo || mayHandle ? (
                    <div className="mt-4 flex flex-wrap items-start gap-3">
                      {message.replyTo ? (
                        <a
                          href={replyHref(message.replyTo)}
                          className="inline-block rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800"
                        >
                          Reply by email<span className="sr-only"> to {message.replyTo}</span>
                        </a>
                      ) : null}
                      {mayHandle ? (
                        <>
                          <HandledForm
                            siteId={siteId}
                            messageId={message.id}
                            handled={Boolean(message.handledAt)}
                            about={about}
                            list={list}
                          />
                          <DeleteMessage siteId={siteId} messageId={message.id} about={about} list={list} />
                        </>
                      ) : null}
                    </div>
                  ) : null}
                </article>
              </li>
            );
          })}
        </ol>
      )}

      {cursor || (!(page instanceof ApiClientError) && page.continue) ? (
        <div className="flex flex-wrap gap-4">
          {cursor ? (
            <Link
              href={messagesPath(siteId, { state: filter })}
              className="font-medium text-brand-700 underline"
            >
              Back to the newest
            </Link>
          ) : null}
          {!(page instanceof ApiClientError) && page.continue ? (
            <Link
              href={messagesPath(siteId, { state: filter, continue: page.continue })}
              className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100"
            >
              Older messages
            </Link>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
