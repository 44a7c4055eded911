// Input normalisation, shared by the prompts and the cache key so that what is cached is exactly what was
// asked: two briefs that differ only in spacing or letter case where case means nothing get one answer.

import { canonicalJson, sha256Hex } from '@pagemagic/crds/content';
import { SITE_DOCUMENT_SCHEMA_VERSION } from '@pagemagic/crds/site-document';
import type { SiteBrief } from '../generator.ts';
import { AiInputError } from './errors.ts';
import { PROMPT_VERSION } from './prompts.ts';

export interface NormalisedBrief {
  prompt: string;
  name?: string;
  /** Canonical BCP 47 tags, the first is the default locale. */
  locales: string[];
  pages: string[];
  tone?: NonNullable<SiteBrief['tone']>;
  /** Absent for the first take, so the cache keys of existing briefs do not change. */
  variant?: number;
}

/** Trims and collapses every run of whitespace (newlines included) to one space. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The canonical form of a locale tag ("PT-pt" → "pt-PT"), or an AiInputError. */
export function canonicalLocale(locale: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(locale.trim());
    if (canonical) return canonical;
  } catch {
    // reported below
  }
  throw new AiInputError(`"${locale}" is not a locale tag; use one such as "en", "pt-PT" or "zh-Hant-TW"`);
}

export function normaliseBrief(brief: SiteBrief): NormalisedBrief {
  const prompt = normaliseText(brief.prompt ?? '');
  if (!prompt) throw new AiInputError('The brief is empty: describe the business in a sentence or more');
  const locales = [...new Set((brief.locales?.length ? brief.locales : ['en']).map(canonicalLocale))];
  // Page names are slugs in spirit ("Menu", " about ") and case-insensitive; order is kept, it may be the
  // owner's preferred navigation order.
  const pages = [...new Set((brief.pages ?? []).map((p) => normaliseText(p).toLowerCase()).filter(Boolean))];
  const name = brief.name === undefined ? '' : normaliseText(brief.name);
  return {
    prompt,
    ...(name ? { name } : {}),
    locales,
    pages,
    ...(brief.tone ? { tone: brief.tone } : {}),
    ...(brief.variant ? { variant: brief.variant } : {}),
  };
}

export type Operation = 'generateSite' | 'improveSection' | 'translateSite';

/**
 * The response-cache key: a hash of the model, the site-document schema version, the prompt version, the
 * operation and the normalised input. Anything that can change the answer is in it; the endpoint's URL is
 * not, since the same model behind another URL gives the same kind of answer.
 */
export function cacheKey(prefix: string, model: string, operation: Operation, input: unknown): string {
  const hash = sha256Hex(
    canonicalJson({
      model,
      schemaVersion: SITE_DOCUMENT_SCHEMA_VERSION,
      promptVersion: PROMPT_VERSION,
      operation,
      input,
    }),
  );
  return `${prefix}${operation}:${hash}`;
}
