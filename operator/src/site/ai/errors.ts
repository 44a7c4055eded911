import type { SiteDocumentError } from '@pagemagic/crds/site-document';
import type { FidelityViolation } from '../fidelity.ts';
import type { TokenUsage } from '../generator.ts';

/** Thrown before a request whose prompt, plus what was already spent, would not fit in the token budget. */
export class BudgetExceededError extends Error {
  override readonly name = 'BudgetExceededError';
  readonly budgetTokens: number;
  readonly usage: TokenUsage;
  readonly estimatedPromptTokens: number;
  /** What was still wrong with the last answer when the repair loop had to stop; empty before any answer. */
  readonly errors: SiteDocumentError[];

  constructor(init: {
    budgetTokens: number;
    usage: TokenUsage;
    estimatedPromptTokens: number;
    errors?: SiteDocumentError[];
  }) {
    const spent = init.usage.promptTokens + init.usage.completionTokens;
    const errors = init.errors ?? [];
    const what =
      spent === 0
        ? `the prompt alone needs about ${init.estimatedPromptTokens} tokens`
        : `${spent} tokens are spent and the next attempt's prompt needs about ${init.estimatedPromptTokens} more`;
    super(
      `Token budget of ${init.budgetTokens} exceeded: ${what}, leaving too little for an answer. ` +
        'Raise PAGEMAGIC_AI_BUDGET_TOKENS or shorten the input.' +
        (errors.length > 0 ? ` The last answer still had these problems:\n${formatErrors(errors)}` : ''),
    );
    this.budgetTokens = init.budgetTokens;
    this.usage = init.usage;
    this.estimatedPromptTokens = init.estimatedPromptTokens;
    this.errors = errors;
  }
}

/**
 * The model's answers could not be turned into a valid document within the allowed attempts, or its last
 * answer still stated facts the owner did not give (then `violations` lists them, in document paths).
 */
export class AiGenerationError extends Error {
  override readonly name = 'AiGenerationError';
  readonly errors: SiteDocumentError[];
  readonly violations: FidelityViolation[];
  readonly attempts: number;
  readonly usage: TokenUsage;

  constructor(init: {
    summary: string;
    errors: SiteDocumentError[];
    violations?: FidelityViolation[];
    attempts: number;
    usage: TokenUsage;
  }) {
    super(
      init.errors.length > 0
        ? `${init.summary}. Remaining problems:\n${formatErrors(init.errors)}`
        : init.summary,
    );
    this.errors = init.errors;
    this.violations = init.violations ?? [];
    this.attempts = init.attempts;
    this.usage = init.usage;
  }
}

/** The AI endpoint could not be reached, timed out, or answered with an HTTP error (after retries). */
export class AiRequestError extends Error {
  override readonly name = 'AiRequestError';
  readonly status: number | undefined;
  /** Tokens the generation had spent on earlier requests before this one failed; set by the generator. */
  usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };

  constructor(message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.status = options.status;
  }
}

/** A request the generator refuses before calling the model: unknown section, bad locale, invalid site. */
export class AiInputError extends Error {
  override readonly name = 'AiInputError';
}

export function formatErrors(errors: SiteDocumentError[], limit = 40): string {
  const lines = errors.slice(0, limit).map((e) => `- ${e.path || '(document)'}: ${e.message}`);
  if (errors.length > limit) lines.push(`- … and ${errors.length - limit} more`);
  return lines.join('\n');
}

/**
 * The tokens a failed generation spent before it failed, for the errors that know (the model was paid for
 * its answers even when they were thrown away); undefined for any other error.
 */
export function tokensSpentBy(error: unknown): TokenUsage | undefined {
  if (error instanceof AiGenerationError || error instanceof BudgetExceededError) return error.usage;
  if (error instanceof AiRequestError) return error.usage;
  return undefined;
}
