// Token accounting without a tokenizer: the endpoint may be any model, so no single tokenizer is right.
// The estimate deliberately errs high, because it is what keeps a call inside its budget: the completion
// allowance is "budget - spent - estimated prompt", so an estimate that is too low could overspend.
//
// Estimate: one token per 3 UTF-8 bytes, plus 4 tokens of framing per message. English prose runs about 4
// characters a token and JSON about 3, so ASCII is over-counted; a CJK character is 3 bytes and usually
// 1-2 tokens, so it lands close. The JSON schema sent as response_format is counted too: endpoints bill it
// as prompt.
//
// The guarantee is as good as the endpoint: one that bills more prompt tokens than the estimate, or ignores
// max_completion_tokens, can overspend on that one request; the next request is then refused.

import type { TokenUsage } from '../generator.ts';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

const BYTES_PER_TOKEN = 3;
const TOKENS_PER_MESSAGE = 4;

/**
 * Too small an allowance cannot hold even a short section, and a truncated answer is wasted: refuse
 * instead of sending a request that is bound to be cut off.
 */
export const MIN_COMPLETION_TOKENS = 256;

export function estimateTokens(text: string): number {
  return Math.ceil(Buffer.byteLength(text, 'utf8') / BYTES_PER_TOKEN);
}

export function estimatePromptTokens(messages: readonly ChatMessage[], responseFormat?: unknown): number {
  const framing = messages.length * TOKENS_PER_MESSAGE;
  const text = messages.reduce((sum, m) => sum + estimateTokens(m.content), 0);
  return framing + text + (responseFormat === undefined ? 0 : estimateTokens(JSON.stringify(responseFormat)));
}

export function totalTokens(usage: TokenUsage): number {
  return usage.promptTokens + usage.completionTokens;
}

export function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  return {
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
  };
}

export const NO_USAGE: TokenUsage = Object.freeze({ promptTokens: 0, completionTokens: 0 });

/**
 * The completion allowance for the next request, or undefined when the request must not be sent: the
 * estimated prompt plus a minimal answer would not fit in what is left of the budget.
 */
export function completionAllowance(
  budgetTokens: number,
  spent: TokenUsage,
  estimatedPromptTokens: number,
): number | undefined {
  const left = budgetTokens - totalTokens(spent) - estimatedPromptTokens;
  return left >= MIN_COMPLETION_TOKENS ? left : undefined;
}
