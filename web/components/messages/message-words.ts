// How the Messages tab reads: who sent a message, in which language, how many wait, where its links go,
// and which filter or outcome a link asked for (from the query, which anyone can edit, so checked).

import type { Message } from '@pagemagic/api/contract/forms';
import type { Role } from '@/components/account/roles.ts';

export const MESSAGE_FILTERS = [
  { state: 'unhandled', label: 'Unhandled' },
  { state: 'handled', label: 'Handled' },
  { state: 'all', label: 'All' },
] as const;
export type MessageFilter = (typeof MESSAGE_FILTERS)[number]['state'];

/** The API's own default: a new owner sees everything they ever got. */
export const DEFAULT_FILTER: MessageFilter = 'all';

export function parseFilter(value: unknown): MessageFilter {
  return MESSAGE_FILTERS.find((filter) => filter.state === value)?.state ?? DEFAULT_FILTER;
}

/** What was just done to a message, as the actions send the page back with it. */
export type MessageOutcome = 'handled' | 'unhandled' | 'deleted';

export function parseOutcome(value: unknown): MessageOutcome | undefined {
  return value === 'handled' || value === 'unhandled' || value === 'deleted' ? value : undefined;
}

export interface MessagesQuery {
  state?: MessageFilter;
  continue?: string | undefined;
  done?: MessageOutcome;
  /** The message `done` was done to: tells one outcome from the next of the same kind. */
  message?: string;
}

/** The Messages tab, with the filter (left out when it is the default), page and outcome asked for. */
export function messagesPath(siteId: string, query: MessagesQuery = {}): string {
  const search = new URLSearchParams();
  if (query.state && query.state !== DEFAULT_FILTER) search.set('state', query.state);
  if (query.continue) search.set('continue', query.continue);
  if (query.done) search.set('done', query.done);
  if (query.message) search.set('message', query.message);
  const rest = search.toString();
  return `/sites/${encodeURIComponent(siteId)}/messages${rest ? `?${rest}` : ''}`;
}

const SENDER_LENGTH = 80;

/** Who sent it: their email when the form asked for one, else what they typed first. */
export function senderOf(message: Pick<Message, 'replyTo' | 'fields'>): string {
  if (message.replyTo) return message.replyTo;
  const first = message.fields.find((field) => field.value.trim() !== '')?.value.trim();
  if (!first) return 'Someone who left no details';
  const line = first.replace(/\s+/g, ' ');
  return line.length > SENDER_LENGTH ? `${line.slice(0, SENDER_LENGTH - 1)}…` : line;
}

const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language' });

/** "English" for en; the code itself when it is not one Intl knows. */
export function languageName(locale: string): string {
  try {
    return LANGUAGES.of(locale) ?? locale;
  } catch {
    return locale;
  }
}

export function newMessagesLabel(count: number): string {
  return `${count} new message${count === 1 ? '' : 's'}`;
}

/**
 * A mailto link to the sender. Everything but the @ is percent-encoded: a form's email field takes `?` and
 * `&`, which would otherwise add recipients or headers to the mail.
 */
export function replyHref(replyTo: string): string {
  return `mailto:${encodeURIComponent(replyTo).replace(/%40/g, '@')}`;
}

/** Who may mark messages handled and delete them: the API lets editors and owners (api/src/routes/forms.ts). */
export function mayHandleMessages(role: Role | undefined): boolean {
  return role === 'owner' || role === 'editor';
}
