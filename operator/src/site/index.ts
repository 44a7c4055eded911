// The site engine: Kubernetes-free, so the operator, its Job executor, the API and tests share it.
export {
  AI_ENV,
  type AiConfig,
  type AiGenerator,
  aiConfigFromEnv,
  aiConfigFromValues,
  BudgetExceededError,
  createAiGenerator,
  guardOtherContent,
  tokensSpentBy,
  withoutSection,
} from './ai/index.ts';
export { AI_TOKENS_METRIC, aiTokensCounter, countAiTokens } from './ai-tokens-metric.ts';
export { type BriefFacts, understandBrief } from './brief/index.ts';
export { COPY_LANGUAGES as OFFLINE_LANGUAGES, offlineWrites } from './brief/types.ts';
export type {
  GenerateOptions,
  GenerationProgress,
  GenerationResult,
  SiteBrief,
  SiteGenerator,
  TokenUsage,
} from './generator.ts';
export { createOfflineGenerator } from './offline/index.ts';
export {
  headersForPath,
  parseHeadersFile,
  RENDERER_VERSION,
  type RenderedFile,
  type RenderedSite,
  type RenderOptions,
  renderSite,
} from './render/index.ts';
export { encodeBody, resolveSitePath, type SiteAnswer } from './resolve.ts';
