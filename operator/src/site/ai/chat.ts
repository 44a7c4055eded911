// One structured-output chat completion against an OpenAI-compatible endpoint: the edge that does I/O.
//
// Retries and the per-request timeout are the openai client's own: it retries 408/409/429/5xx and
// connection failures up to maxRetries times, waits what Retry-After / retry-after-ms ask (up to a minute,
// else exponential backoff), and times out a request that has not started answering within `timeout`
// (timeouts are retried too). A streamed body is not covered by that timeout, so a stall guard here aborts
// a stream that goes quiet for as long.

import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  type OpenAI,
} from 'openai';
import type { GenerationProgress, GenerationStage, TokenUsage } from '../generator.ts';
import { type ChatMessage, estimateTokens } from './budget.ts';
import { AiRequestError } from './errors.ts';
import type { JsonSchema } from './schema.ts';

export interface ResponseFormat {
  type: 'json_schema';
  json_schema: { name: string; schema: JsonSchema; strict: boolean };
}

export interface CompletionSettings {
  baseURL: string;
  model: string;
  stream: boolean;
  timeoutMs: number;
  maxRetries: number;
}

export interface CompletionRequest {
  messages: ChatMessage[];
  responseFormat: ResponseFormat;
  maxCompletionTokens: number;
  /** Used as the prompt's usage when the endpoint reports none. */
  estimatedPromptTokens: number;
  stage: GenerationStage;
}

export interface CompletionAnswer {
  content: string;
  usage: TokenUsage;
  finishReason: string | null;
  refusal: string | undefined;
}

export interface CompletionOptions {
  onProgress?: ((progress: GenerationProgress) => void) | undefined;
  signal?: AbortSignal | undefined;
}

export async function complete(
  client: OpenAI,
  settings: CompletionSettings,
  request: CompletionRequest,
  options: CompletionOptions = {},
): Promise<CompletionAnswer> {
  const body = {
    model: settings.model,
    messages: request.messages,
    response_format: request.responseFormat,
    max_completion_tokens: request.maxCompletionTokens,
  };
  const requestOptions = { timeout: settings.timeoutMs, maxRetries: settings.maxRetries };
  try {
    if (!settings.stream) {
      const completion = await client.chat.completions.create(
        { ...body, stream: false },
        { ...requestOptions, signal: options.signal },
      );
      const choice = completion.choices[0];
      const content = choice?.message.content ?? '';
      options.onProgress?.({ stage: request.stage, received: content.length });
      return {
        content,
        usage: usageOf(completion.usage, request, content),
        finishReason: choice?.finish_reason ?? null,
        refusal: choice?.message.refusal ?? undefined,
      };
    }
    return await completeStreaming(client, settings, request, body, requestOptions, options);
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    throw requestError(error, settings);
  }
}

async function completeStreaming(
  client: OpenAI,
  settings: CompletionSettings,
  request: CompletionRequest,
  body: Record<string, unknown> & { model: string; messages: ChatMessage[] },
  requestOptions: { timeout: number; maxRetries: number },
  options: CompletionOptions,
): Promise<CompletionAnswer> {
  const stall = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stall.signal]) : stall.signal;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stall.abort(), settings.timeoutMs);
  };
  let content = '';
  let refusal = '';
  let finishReason: string | null = null;
  let usage: TokenUsage | undefined;
  try {
    const stream = await client.chat.completions.create(
      { ...body, stream: true, stream_options: { include_usage: true } },
      { ...requestOptions, signal },
    );
    arm();
    for await (const chunk of stream) {
      arm();
      if (chunk.usage)
        usage = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
      const choice = chunk.choices[0];
      if (choice?.delta.refusal) refusal += choice.delta.refusal;
      if (choice?.finish_reason) finishReason = choice.finish_reason;
      if (choice?.delta.content) {
        content += choice.delta.content;
        options.onProgress?.({ stage: request.stage, received: content.length });
      }
    }
    // An aborted stream may simply end, as if the answer were complete.
    options.signal?.throwIfAborted();
    if (stall.signal.aborted) throw stalled(settings);
  } catch (error) {
    if (stall.signal.aborted && !options.signal?.aborted) throw stalled(settings, error);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return {
    content,
    usage: usage ?? usageOf(undefined, request, content),
    finishReason,
    refusal: refusal || undefined,
  };
}

function stalled(settings: CompletionSettings, cause?: unknown): AiRequestError {
  return new AiRequestError(
    `The AI endpoint ${settings.baseURL} went silent for ${seconds(settings.timeoutMs)} in the middle of its answer. ` +
      'Try again, or raise PAGEMAGIC_AI_TIMEOUT_MS for a slow model.',
    { cause },
  );
}

function usageOf(
  reported: { prompt_tokens: number; completion_tokens: number } | undefined | null,
  request: CompletionRequest,
  content: string,
): TokenUsage {
  // Some compatible servers report no usage; the estimates stand in so that the budget still counts.
  if (!reported)
    return { promptTokens: request.estimatedPromptTokens, completionTokens: estimateTokens(content) };
  return { promptTokens: reported.prompt_tokens, completionTokens: reported.completion_tokens };
}

function requestError(error: unknown, settings: CompletionSettings): Error {
  if (error instanceof AiRequestError) return error;
  const where = `The AI endpoint ${settings.baseURL}`;
  const attempts = `${settings.maxRetries + 1} ${settings.maxRetries === 0 ? 'attempt' : 'attempts'}`;
  if (error instanceof APIConnectionTimeoutError) {
    return new AiRequestError(
      `${where} did not answer within ${seconds(settings.timeoutMs)} (${attempts}). ` +
        'Check that it is up and reachable, or raise PAGEMAGIC_AI_TIMEOUT_MS for a slow model.',
      { cause: error },
    );
  }
  if (error instanceof APIUserAbortError) {
    return new AiRequestError(`${where}: the request was cancelled`, { cause: error });
  }
  if (error instanceof APIConnectionError) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return new AiRequestError(
      `Could not connect to ${settings.baseURL}${cause} (${attempts}). Check PAGEMAGIC_AI_BASE_URL.`,
      { cause: error },
    );
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status;
    const detail = errorDetail(error);
    const message =
      status === 401 || status === 403
        ? `${where} refused the API key (HTTP ${status}${detail}). Check PAGEMAGIC_AI_API_KEY.`
        : status === 404
          ? `${where} answered HTTP 404${detail}. Check PAGEMAGIC_AI_MODEL ("${settings.model}") and PAGEMAGIC_AI_BASE_URL (it usually ends in /v1).`
          : status === 429
            ? `${where} is rate-limiting (HTTP 429${detail}), still after ${attempts}. Try again later, or raise PAGEMAGIC_AI_MAX_RETRIES.`
            : status >= 500
              ? `${where} failed with HTTP ${status}${detail} (${attempts}). Try again later.`
              : `${where} rejected the request with HTTP ${status}${detail}.`;
    return new AiRequestError(message, { status, cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}

function errorDetail(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  const message = typeof body?.message === 'string' ? body.message : undefined;
  return message ? `: ${message.slice(0, 300)}` : '';
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
