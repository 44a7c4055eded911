// The site engine: Kubernetes-free, so the operator, its Job executor, the API and tests share it.
export {
  type AiConfig,
  type AiGenerator,
  aiConfigFromEnv,
  BudgetExceededError,
  createAiGenerator,
  guardOtherContent,
  withoutSection,
} from './ai/index.ts';
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
  type HeaderRule,
  headersForPath,
  parseHeadersFile,
  RENDERER_VERSION,
  type RenderedFile,
  type RenderedSite,
  type RenderOptions,
  renderSite,
} from './render/index.ts';
export { compressFor, resolveSitePath, type ServableSite, type SiteAnswer } from './serve.ts';
