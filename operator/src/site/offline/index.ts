// The offline site generator: the default when no AI key is configured, and what tests and the local demo
// use. It writes a complete, valid site in en, pt, es, fr and de from the brief alone, with no network, the
// same brief always giving the same bytes, and it states nothing the brief did not say: a fact a page needs
// but the brief lacks (a street, a phone number, hours, a price on a menu) is a placeholder for the owner.

import type { SiteDocument } from '@pagemagic/crds/site-document';
import type {
  GenerateOptions,
  GenerationProgress,
  GenerationResult,
  SiteBrief,
  SiteGenerator,
} from '../generator.ts';
import { generateOfflineSite } from './generate.ts';
import { improveOfflineSection } from './improve.ts';
import { translateOfflineSite } from './translate.ts';

export { generateOfflineSite } from './generate.ts';
export { parseInstruction } from './improve.ts';
export { normalizeLocale, UnsupportedLocaleError } from './locales.ts';

const NO_TOKENS = { promptTokens: 0, completionTokens: 0 } as const;

function run(
  options: GenerateOptions | undefined,
  stage: GenerationProgress['stage'],
  work: () => SiteDocument,
): Promise<GenerationResult> {
  try {
    options?.signal?.throwIfAborted();
    options?.onProgress?.({ stage });
    const site = work();
    options?.onProgress?.({ stage: 'validating' });
    options?.onProgress?.({ stage: 'done' });
    return Promise.resolve({ site, usage: { ...NO_TOKENS }, cached: false });
  } catch (error) {
    return Promise.reject(error);
  }
}

export function createOfflineGenerator(): SiteGenerator {
  return {
    name: 'offline',
    generateSite: (brief: SiteBrief, options?: GenerateOptions) =>
      run(options, 'writing', () => generateOfflineSite(brief)),
    improveSection: (site: SiteDocument, sectionId: string, instruction: string, options?: GenerateOptions) =>
      run(options, 'writing', () => improveOfflineSection(site, sectionId, instruction)),
    translateSite: (site: SiteDocument, locale: string, options?: GenerateOptions) =>
      run(options, 'translating', () => translateOfflineSite(site, locale)),
  };
}
