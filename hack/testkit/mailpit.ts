// A small client for mailpit's HTTP API (hack/test-servers.sh runs mailpit), so tests read the mail the
// code under test really sent over SMTP: list and search messages, wait for one to an address, read its
// text, pull a link out of it, delete what a test made.

import { testServerSettings } from './test-servers.ts';

export interface MailAddress {
  Name: string;
  Address: string;
}

/** One entry of a list or search (mailpit's MessageSummary). */
export interface MailSummary {
  ID: string;
  MessageID: string;
  From: MailAddress | null;
  To: MailAddress[] | null;
  Subject: string;
  /** RFC 3339 time mailpit received it. */
  Created: string;
  Snippet: string;
}

/** A whole message (mailpit's Message): text and HTML bodies included. */
export interface MailMessage {
  ID: string;
  MessageID: string;
  From: MailAddress | null;
  To: MailAddress[] | null;
  ReplyTo: MailAddress[] | null;
  Subject: string;
  Date: string;
  Text: string;
  HTML: string;
}

interface MessagesPage {
  total: number;
  messages_count: number;
  start: number;
  messages: MailSummary[];
}

export interface WaitOptions {
  /** Give up after this long; default 10 s. */
  timeoutMs?: number;
  /** Only messages whose subject contains this. */
  subject?: string;
  /** Only messages received after this time (e.g. taken before the action that sends them). */
  after?: Date;
}

export class Mailpit {
  readonly url: string;

  constructor(url: string = testServerSettings().mailpitUrl) {
    this.url = url.replace(/\/+$/, '');
  }

  async #request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(
        `mailpit ${method} ${path} answered ${response.status}: ${text.slice(0, 200)}; is it up? (hack/test-servers.sh status)`,
      );
    }
    return (text === '' || text === 'ok' ? undefined : JSON.parse(text)) as T;
  }

  /** The newest messages first. */
  async list(limit = 50): Promise<MailSummary[]> {
    const page = await this.#request<MessagesPage>('GET', `/api/v1/messages?limit=${limit}`);
    return page.messages;
  }

  /** mailpit's search syntax, e.g. `to:"a@example.com" subject:"Sign in"`; newest first. */
  async search(query: string, limit = 50): Promise<MailSummary[]> {
    const params = new URLSearchParams({ query, limit: String(limit) });
    const page = await this.#request<MessagesPage>('GET', `/api/v1/search?${params}`);
    return page.messages;
  }

  /** Messages addressed to `address` (case-insensitive), newest first. */
  async to(address: string): Promise<MailSummary[]> {
    const wanted = address.toLowerCase();
    const found = await this.search(`to:${JSON.stringify(address)}`);
    // mailpit's to: is a substring match; `bob@x.io` must not also match `newbob@x.io`.
    return found.filter((message) => message.To?.some((to) => to.Address.toLowerCase() === wanted));
  }

  async message(id: string): Promise<MailMessage> {
    return this.#request<MailMessage>('GET', `/api/v1/message/${encodeURIComponent(id)}`);
  }

  /** The newest message to `address` matching `options`, polling until it arrives. */
  async waitFor(address: string, options: WaitOptions = {}): Promise<MailMessage> {
    const deadline = Date.now() + (options.timeoutMs ?? 10_000);
    for (;;) {
      const match = (await this.to(address)).find(
        (message) =>
          (options.subject === undefined || message.Subject.includes(options.subject)) &&
          (options.after === undefined || new Date(message.Created) >= options.after),
      );
      if (match) return this.message(match.ID);
      if (Date.now() > deadline) {
        throw new Error(
          `no mail to ${address}${options.subject ? ` with subject containing '${options.subject}'` : ''} reached mailpit (${this.url}) within ${options.timeoutMs ?? 10_000} ms`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Deletes the given messages. */
  async delete(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.#request('DELETE', '/api/v1/messages', { IDs: ids });
  }

  /** Deletes every message matching a search, leaving other tests' mail alone. */
  async deleteMatching(query: string): Promise<void> {
    await this.#request('DELETE', `/api/v1/search?${new URLSearchParams({ query })}`);
  }

  /** Deletes every message; only for a mailpit no other test is using at the same time. */
  async deleteAll(): Promise<void> {
    await this.#request('DELETE', '/api/v1/messages');
  }
}

/**
 * The first link in `text` (a message's decoded text body, as mailpit serves it) that starts with
 * `prefix`, e.g. `http://127.0.0.1:8080/api/v1/auth/confirm?token=`. Throws naming what was looked for.
 */
export function extractLink(text: string, prefix: string): string {
  // Any scheme: mail carries the app's pagemagic:// links besides https ones.
  for (const match of text.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^\s<>"')\]]+/g)) {
    if (match[0].startsWith(prefix)) return match[0];
  }
  throw new Error(`no link starting with ${prefix} in the message: ${text.slice(0, 300)}`);
}
