// A local OpenAI-compatible chat completions server for tests: POST /v1/chat/completions, answered from a
// scripted queue, in the plain JSON form or as Server-Sent Events when the request says `stream: true`.
// It records every request (body, headers, arrival time) so that tests can check what the client sent,
// and how long it waited between retries.

import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedUsage {
  promptTokens: number;
  completionTokens: number;
}

export type ScriptedResponse =
  | {
      kind: 'content';
      /** The assistant message; objects are sent as JSON text. */
      content: string | object;
      /** Defaults to about a token per 4 characters of request and answer. */
      usage?: ScriptedUsage;
      finishReason?: string;
      /** Number of SSE content chunks when streaming (default 8). */
      chunks?: number;
      /** When streaming, the second half of the chunks waits for this. */
      gate?: Promise<unknown>;
    }
  | { kind: 'status'; status: number; headers?: Record<string, string>; message?: string }
  /** Answers only after `ms`: longer than the client's timeout, the client gives up first. */
  | { kind: 'delay'; ms: number; then: ScriptedResponse };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  // biome-ignore lint/suspicious/noExplicitAny: request bodies are inspected freely by tests
  body: any;
  /** Date.now() when the request arrived. */
  receivedAt: number;
}

export interface FakeOpenAiServer {
  /** The base URL to give the openai client, ending in /v1. */
  baseURL: string;
  requests: RecordedRequest[];
  enqueue(...responses: ScriptedResponse[]): void;
  /** Scripted responses not used yet. */
  pending(): number;
  close(): Promise<void>;
}

export function reply(content: string | object, usage?: ScriptedUsage): ScriptedResponse {
  return usage ? { kind: 'content', content, usage } : { kind: 'content', content };
}

export function httpError(status: number, headers: Record<string, string> = {}): ScriptedResponse {
  return { kind: 'status', status, headers };
}

export function delayed(ms: number, then: ScriptedResponse): ScriptedResponse {
  return { kind: 'delay', ms, then };
}

export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  const queue: ScriptedResponse[] = [];
  const requests: RecordedRequest[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendError(res, 500, `fake OpenAI server failed: ${String(error)}`);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = Date.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method !== 'POST' || path !== '/v1/chat/completions') {
      sendError(res, 404, `fake OpenAI server: no route ${req.method} ${path}`, {
        'x-should-retry': 'false',
      });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      sendError(res, 400, 'fake OpenAI server: the request body is not JSON', { 'x-should-retry': 'false' });
      return;
    }
    requests.push({ method: req.method, path, headers: req.headers, body, receivedAt });
    const scripted = queue.shift();
    if (!scripted) {
      sendError(res, 500, 'fake OpenAI server: no scripted response left', { 'x-should-retry': 'false' });
      return;
    }
    await respond(res, scripted, body as Record<string, unknown>, raw.length);
  }

  async function respond(
    res: ServerResponse,
    scripted: ScriptedResponse,
    body: Record<string, unknown>,
    requestLength: number,
  ): Promise<void> {
    if (scripted.kind === 'delay') {
      const closed = once(res, 'close').then(() => false);
      const waited = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve(true);
        }, scripted.ms);
        timers.add(timer);
      });
      if (await Promise.race([waited, closed])) await respond(res, scripted.then, body, requestLength);
      return;
    }
    if (scripted.kind === 'status') {
      sendError(
        res,
        scripted.status,
        scripted.message ?? `scripted HTTP ${scripted.status}`,
        scripted.headers,
      );
      return;
    }
    const content =
      typeof scripted.content === 'string' ? scripted.content : JSON.stringify(scripted.content);
    const usage = scripted.usage ?? {
      promptTokens: Math.ceil(requestLength / 4),
      completionTokens: Math.ceil(content.length / 4),
    };
    const usageJson = {
      prompt_tokens: usage.promptTokens,
      completion_tokens: usage.completionTokens,
      total_tokens: usage.promptTokens + usage.completionTokens,
    };
    const model = typeof body.model === 'string' ? body.model : 'fake-model';
    const finishReason = scripted.finishReason ?? 'stop';
    const base = { id: `chatcmpl-fake-${requests.length}`, created: Math.floor(Date.now() / 1000), model };

    if (body.stream !== true) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          ...base,
          object: 'chat.completion',
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content, refusal: null },
              finish_reason: finishReason,
              logprobs: null,
            },
          ],
          usage: usageJson,
        }),
      );
      return;
    }

    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
    const chunk = (delta: object, finish: string | null) =>
      send({
        ...base,
        object: 'chat.completion.chunk',
        choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
      });
    chunk({ role: 'assistant', content: '' }, null);
    const pieces = split(content, scripted.chunks ?? 8);
    for (const [i, piece] of pieces.entries()) {
      if (scripted.gate && i === Math.ceil(pieces.length / 2)) await scripted.gate;
      if (res.destroyed) return;
      chunk({ content: piece }, null);
    }
    chunk({}, finishReason);
    const options = body.stream_options as { include_usage?: boolean } | undefined;
    if (options?.include_usage)
      send({ ...base, object: 'chat.completion.chunk', choices: [], usage: usageJson });
    res.end('data: [DONE]\n\n');
  }

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...responses) => {
      queue.push(...responses);
    },
    pending: () => queue.length,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ error: { message, type: 'fake_error', code: status } }));
}

function split(text: string, parts: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / Math.max(1, parts)));
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length > 0 ? out : [''];
}
