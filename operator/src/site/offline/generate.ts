import type { SiteDocument } from '@pagemagic/crds/site-document';
import { understandBrief } from '../brief/index.ts';
import type { SiteBrief } from '../generator.ts';
import { generateFromFacts } from './write.ts';

export { assertValid, generateFromFacts } from './write.ts';

/** The offline generator: the brief read by understandBrief, written out in every locale asked for. */
export function generateOfflineSite(brief: SiteBrief): SiteDocument {
  return generateFromFacts(brief, understandBrief(brief.prompt));
}
