// `pagemagic_ai_tokens_total`, the model tokens a site's generations spent. Both processes that call the
// model count into it: the operator for whole-site generations, the API for section rewrites. The meter
// sums every series of the name, whichever process exported it, so one definition keeps them alike.

import { Counter, type Registry } from 'prom-client';
import type { TokenUsage } from './generator.ts';

export const AI_TOKENS_METRIC = 'pagemagic_ai_tokens_total';

type Labels = 'namespace' | 'website' | 'kind';

/** The counter in `registry`, registered on first use (prom-client refuses a name twice). */
export function aiTokensCounter(registry: Registry): Counter<Labels> {
  const existing = registry.getSingleMetric(AI_TOKENS_METRIC);
  if (existing instanceof Counter) return existing as Counter<Labels>;
  return new Counter({
    name: AI_TOKENS_METRIC,
    help: 'Model tokens spent generating sites, by kind (prompt, completion), as the model endpoint reported them',
    labelNames: ['namespace', 'website', 'kind'] as const,
    registers: [registry],
  });
}

/** Adds one spending to the site's series; a spending of nothing (a cached answer) adds no series. */
export function countAiTokens(
  counter: Counter<Labels>,
  site: { namespace: string; website: string },
  usage: TokenUsage,
): void {
  if (usage.promptTokens > 0) counter.inc({ ...site, kind: 'prompt' }, usage.promptTokens);
  if (usage.completionTokens > 0) counter.inc({ ...site, kind: 'completion' }, usage.completionTokens);
}
