// AI generation of site documents against any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, …).
// Without an API key aiConfigFromEnv() returns undefined and the caller uses the offline generator.
// The design choices (strict schemas, budget estimate, cache key, section guard, holding answers to the
// brief's facts) are explained at the top of schema.ts, budget.ts, input.ts, section-edit.ts and
// ai-generator.ts.

export {
  type AiGenerator,
  type AiGeneratorDeps,
  createAiGenerator,
  parseAnswer,
} from './ai-generator.ts';
export {
  type ChatMessage,
  completionAllowance,
  estimatePromptTokens,
  estimateTokens,
  MIN_COMPLETION_TOKENS,
} from './budget.ts';
export { createRedisCache, type ResponseCache } from './cache.ts';
export { AI_DEFAULTS, AI_ENV, type AiConfig, aiConfigFromEnv, aiConfigFromValues } from './config.ts';
export {
  AiGenerationError,
  AiInputError,
  AiRequestError,
  BudgetExceededError,
  tokensSpentBy,
} from './errors.ts';
export {
  cacheKey,
  type NormalisedBrief,
  normaliseBrief,
  normaliseText,
  type Operation,
} from './input.ts';
export { compactFacts, PROMPT_VERSION } from './prompts.ts';
export {
  generatedSiteSchema,
  improvedSectionSchema,
  type JsonSchema,
  localizedContentSchema,
  PLACEHOLDER_DESCRIPTION,
  toStrictSchema,
  withoutNulls,
} from './schema.ts';
export { applyImprovedSection, guardOtherContent, withoutSection } from './section-edit.ts';
