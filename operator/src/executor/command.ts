// `pagemagic-operator executor generate`: what a generation Job runs. It generates the site with the same
// generator the inline executor uses and hands the document back by creating a ConfigMap, the one thing
// its ServiceAccount may do.

import { KubeConfig } from '@kubernetes/client-node';
import { API_VERSION } from '@pagemagic/crds';
import { CONTENT_KEY, canonicalJson, LABEL_COMPONENT, LABEL_WEBSITE } from '@pagemagic/crds/content';
import { Command } from 'commander';
import { chooseGenerator, type Io } from '../commands/site.ts';
import { OPERATOR_FIELD_MANAGER } from '../config.ts';
import { ANNOTATION_TOKENS } from '../controllers/website/resources.ts';
import { isAlreadyExists, KubeClient, resources } from '../runtime/index.ts';
import type { GenerationResult, SiteBrief } from '../site/generator.ts';

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

/** The result ConfigMap: labelled for the operator's cache, owned by the Website so it goes with it. */
export function generationResultConfigMap(flags: GenerateToConfigMapFlags, result: GenerationResult) {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: flags.resultConfigmap,
      namespace: flags.namespace,
      labels: { [LABEL_WEBSITE]: flags.website, [LABEL_COMPONENT]: 'generation-result' },
      annotations: { [ANNOTATION_TOKENS]: JSON.stringify(result.usage) },
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
    data: { [CONTENT_KEY]: canonicalJson(result.site) },
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
      const result = await generator.generateSite({
        prompt: flags.brief,
        ...(flags.locale?.length ? { locales: flags.locale } : {}),
        ...(flags.page?.length ? { pages: flags.page } : {}),
        ...(flags.tone ? { tone: flags.tone } : {}),
      });
      const kubeConfig = new KubeConfig();
      kubeConfig.loadFromDefault();
      try {
        await new KubeClient(kubeConfig, { fieldManager: OPERATOR_FIELD_MANAGER }).create(
          resources.configMaps,
          generationResultConfigMap(flags, result),
        );
      } catch (error) {
        // A retried pod finds the first attempt's result already stored.
        if (!isAlreadyExists(error)) throw error;
      }
      io.stderr(`stored ${flags.namespace}/${flags.resultConfigmap}\n`);
    });
  return executor;
}
