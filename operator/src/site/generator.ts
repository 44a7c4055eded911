import type { SiteDocument } from '@pagemagic/crds/site-document';

/** What a site is generated from: the Website's spec.brief plus an optional name. */
export interface SiteBrief {
  prompt: string;
  /**
   * BCP 47 tags, the first is the default locale. Absent or empty: the brief's own language (as
   * understandBrief reads it) when the generator writes it, else English.
   */
  locales?: string[];
  /** Pages the owner asked for, e.g. "menu", "about"; the generator decides when empty. */
  pages?: string[];
  tone?: 'friendly' | 'professional' | 'playful' | 'elegant' | 'bold';
  /** The business name when the owner gave one; otherwise taken from the prompt. */
  name?: string;
  /**
   * Another take on the same brief: 0 or absent is the first, and each other number writes a different
   * site (copy, people, theme and artwork offline; a fresh answer, not the cached one, from a model).
   */
  variant?: number;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface GenerationResult {
  site: SiteDocument;
  usage: TokenUsage;
  /** True when the result came from the response cache and spent no tokens. */
  cached: boolean;
}

export type GenerationStage = 'writing' | 'repairing' | 'translating' | 'validating' | 'done';

export interface GenerationProgress {
  stage: GenerationStage;
  /** Characters or tokens received so far for the current request, when streaming. */
  received?: number;
  message?: string;
}

export interface GenerateOptions {
  onProgress?: (progress: GenerationProgress) => void;
  signal?: AbortSignal;
  /** Skip the response cache for this call (read and write). */
  bypassCache?: boolean;
}

/**
 * Both the AI generator and the offline one implement this, so the operator, the CLI and tests do not
 * care which one is configured.
 */
export interface SiteGenerator {
  readonly name: string;
  generateSite(brief: SiteBrief, options?: GenerateOptions): Promise<GenerationResult>;
  /** Rewrites one section following the instruction; every other part of the document stays identical. */
  improveSection(
    site: SiteDocument,
    sectionId: string,
    instruction: string,
    options?: GenerateOptions,
  ): Promise<GenerationResult>;
  /** Adds (or replaces) one locale's content, translated from the default locale. */
  translateSite(site: SiteDocument, locale: string, options?: GenerateOptions): Promise<GenerationResult>;
}
