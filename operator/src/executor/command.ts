// `pagemagic-operator executor generate`: what a generation Job runs. It generates the site with the same
// generator the inline executor uses and hands the document back by creating a ConfigMap, the one thing
// its ServiceAccount may do.

import { KubeConfig } from '@kubernetes/client-node';
import { API_VERSION } from '@pagemagic/crds';
import { CONTENT_KEY, canonicalJson, LABEL_COMPONENT, LABEL_WEBSITE } from '@pagemagic/crds/content';
import type { SiteDocument } from '@pagemagic/crds/site-document';
import { Command } from 'commander';
import { chooseGenerator, type Io } from '../commands/site.ts';
import { OPERATOR_FIELD_MANAGER } from '../config.ts';
import { ANNOTATION_TOKENS } from '../controllers/website/resources.ts';
import { isAlreadyExists, KubeClient, resources } from '../runtime/index.ts';
import { tokensSpentBy } from '../site/ai/errors.ts';
import type { SiteBrief, TokenUsage } from '../site/generator.ts';
import { GENERATION_ERROR_KEY } from './job-resources.ts';

export interface GenerateToConfigMapFlags {
  brief: string;
  locale?: string[];
  page?: string[];
  tone?: SiteBrief['tone'];
  namespace: string;
  resultConfigmap: string;
  website: string;
  websiteUid: string;
}

/**
 * The result ConfigMap: labelled for the operator's cache, owned by the Website so it goes with it. It holds
 * the document, or, when generation failed, why; the tokens spent are in its annotation either way.
 */
export function generationResultConfigMap(
  flags: GenerateToConfigMapFlags,
  outcome: { site: SiteDocument; usage: TokenUsage } | { error: string; usage: TokenUsage },
) {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: flags.resultConfigmap,
      namespace: flags.namespace,
      labels: { [LABEL_WEBSITE]: flags.website, [LABEL_COMPONENT]: 'generation-result' },
      annotations: { [ANNOTATION_TOKENS]: JSON.stringify(outcome.usage) },
      ownerReferences: [
        {
          apiVersion: API_VERSION,
          kind: 'Website',
          name: flags.website,
          uid: flags.websiteUid,
          controller: false,
        },
      ],
    },
    immutable: true,
    data:
      'site' in outcome
        ? { [CONTENT_KEY]: canonicalJson(outcome.site) }
        : { [GENERATION_ERROR_KEY]: outcome.error },
  };
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function executorCommand(io: Io): Command {
  const executor = new Command('executor').description('work the job executor runs inside a Kubernetes Job');
  executor
    .command('generate')
    .description('generate a site from a brief and store it in a ConfigMap for the operator')
    .requiredOption('--brief <text>', 'what the business is')
    .option('--locale <tag>', 'a locale, repeatable; the first is the default', collect)
    .option('--page <hint>', 'a page the site should have, repeatable', collect)
    .option('--tone <tone>', 'the voice of the copy')
    .requiredOption('--namespace <name>', 'where to create the result')
    .requiredOption('--result-configmap <name>', 'the ConfigMap to create')
    .requiredOption('--website <name>', 'the Website generated for')
    .requiredOption('--website-uid <uid>', "the Website's uid, for the owner reference")
    .action(async (flags: GenerateToConfigMapFlags) => {
      const generator = chooseGenerator(io.env, false);
      let outcome: Parameters<typeof generationResultConfigMap>[1];
      try {
        const result = await generator.generateSite({
          prompt: flags.brief,
          ...(flags.locale?.length ? { locales: flags.locale } : {}),
          ...(flags.page?.length ? { pages: flags.page } : {}),
          ...(flags.tone ? { tone: flags.tone } : {}),
        });
        outcome = { site: result.site, usage: result.usage };
      } catch (error) {
        // A failure that spent tokens is stored as the result, so they are metered and a retried pod does
        // not spend them again; one that spent nothing fails the pod, and the Job tries again.
        const usage = tokensSpentBy(error);
        if (!usage || usage.promptTokens + usage.completionTokens === 0) throw error;
        outcome = { error: (error as Error).message, usage };
      }
      const kubeConfig = new KubeConfig();
      kubeConfig.loadFromDefault();
      try {
        await new KubeClient(kubeConfig, { fieldManager: OPERATOR_FIELD_MANAGER }).create(
          resources.configMaps,
          generationResultConfigMap(flags, outcome),
        );
      } catch (error) {
        // A retried pod finds the first attempt's result already stored.
        if (!isAlreadyExists(error)) throw error;
      }
      // The Job's work is to store an outcome; a failed generation is one, and the operator reports it.
      io.stderr(
        'error' in outcome
          ? `generation failed (${outcome.error}); stored why in ${flags.namespace}/${flags.resultConfigmap}\n`
          : `stored ${flags.namespace}/${flags.resultConfigmap}\n`,
      );
    });
  return executor;
}
