// The site engine: Kubernetes-free, so the operator, its Job executor, the API and tests share it.
export {
  type AiConfig,
  type AiGenerator,
  aiConfigFromEnv,
  BudgetExceededError,
  createAiGenerator,
} from './ai/index.ts';
export type {
  GenerateOptions,
  GenerationProgress,
  GenerationResult,
  SiteBrief,
  SiteGenerator,
  TokenUsage,
} from './generator.ts';
export { createOfflineGenerator, detectBusinessKind, extractBriefFacts } from './offline/index.ts';
export {
  headersForPath,
  parseHeadersFile,
  RENDERER_VERSION,
  type RenderedFile,
  type RenderedSite,
  type RenderOptions,
  renderSite,
} from './render/index.ts';
