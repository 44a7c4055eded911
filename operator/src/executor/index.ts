// Executors run slow work that talks to the outside (AI generation) for the Website reconciler: `inline`
// in-process, `job` in a Kubernetes Job for isolation. Both run the same generator code. A reconcile asks
// again until the outcome is no longer pending, so neither ever blocks a worker for long on a Job.

import { randomUUID } from 'node:crypto';
import type { Website } from '@pagemagic/crds';
import { CONTENT_KEY } from '@pagemagic/crds/content';
import { type SiteDocument, validateSiteDocument } from '@pagemagic/crds/site-document';
import type { ExecutorKind, OperatorConfig } from '../config.ts';
import { ANNOTATION_TOKENS } from '../controllers/website/resources.ts';
import {
  isAlreadyExists,
  isNotFound,
  type KubeClient,
  type KubeObject,
  resources,
} from '../runtime/index.ts';
import { tokensSpentBy } from '../site/ai/errors.ts';
import type { SiteBrief, SiteGenerator, TokenUsage } from '../site/generator.ts';
import {
  GENERATION_ERROR_KEY,
  generationJob,
  generationJobName,
  generationResultName,
  generatorServiceAccount,
} from './job-resources.ts';
import { PullSecretCopies } from './registry-access.ts';

export {
  PullSecretCopies,
  pullSecretCopy,
  registryAccess,
  registrySecretConfig,
} from './registry-access.ts';

const RBAC = 'rbac.authorization.k8s.io/v1';
const generatorAccountResources = {
  ServiceAccount: { apiVersion: 'v1', plural: 'serviceaccounts', kind: 'ServiceAccount' },
  Role: { apiVersion: RBAC, plural: 'roles', kind: 'Role' },
  RoleBinding: { apiVersion: RBAC, plural: 'rolebindings', kind: 'RoleBinding' },
} as const;

export interface GenerationRequest {
  website: Website;
  briefHash: string;
  signal?: AbortSignal;
}

/** Tokens a failed generation spent, once per `id`: the model is paid whether or not its answer is used. */
export interface FailedSpending {
  id: string;
  usage: TokenUsage;
}

export type GenerationOutcome =
  | { state: 'done'; site: SiteDocument; usage: TokenUsage }
  | { state: 'pending'; message: string }
  | { state: 'failed'; message: string; spent?: FailedSpending };

export interface Executor {
  readonly kind: ExecutorKind;
  generate(request: GenerationRequest): Promise<GenerationOutcome>;
}

export function siteBrief(website: Website): SiteBrief {
  const { brief } = website.spec;
  return {
    prompt: brief.prompt,
    ...(brief.locales?.length ? { locales: brief.locales } : {}),
    ...(brief.pages?.length ? { pages: brief.pages } : {}),
    tone: brief.tone,
    ...(brief.revision ? { variant: brief.revision } : {}),
  };
}

function checked(site: unknown, usage: TokenUsage, source: string): GenerationOutcome {
  const validation = validateSiteDocument(site);
  if (validation.ok) return { state: 'done', site: validation.value, usage };
  const first = validation.errors
    .slice(0, 3)
    .map((error) => `${error.path || '/'}: ${error.message}`)
    .join('; ');
  return { state: 'failed', message: `${source} produced an invalid site document: ${first}` };
}

export function inlineExecutor(generator: SiteGenerator): Executor {
  return {
    kind: 'inline',
    async generate({ website, signal }) {
      try {
        const result = await generator.generateSite(siteBrief(website), { signal });
        return checked(result.site, result.usage, generator.name);
      } catch (error) {
        const usage = tokensSpentBy(error);
        return {
          state: 'failed',
          message: `${generator.name} failed: ${(error as Error).message}`,
          // Each inline attempt is a new call to the model, so each failed one is its own spending.
          ...(usage ? { spent: { id: randomUUID(), usage } } : {}),
        };
      }
    },
  };
}

interface JobObject extends KubeObject {
  status?: { conditions?: Array<{ type: string; status: string; message?: string }> };
}

interface ConfigMapObject extends KubeObject {
  data?: Record<string, string>;
}

/**
 * Reads what a generation Job left behind: the document or why there is none, and the tokens it spent
 * either way.
 */
export function readGenerationResult(configMap: ConfigMapObject): GenerationOutcome {
  const text = configMap.data?.[CONTENT_KEY];
  const failure = configMap.data?.[GENERATION_ERROR_KEY];
  let usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };
  try {
    const raw = configMap.metadata?.annotations?.[ANNOTATION_TOKENS];
    if (raw) usage = JSON.parse(raw) as TokenUsage;
    if (failure !== undefined) {
      return {
        state: 'failed',
        message: `the generation Job failed: ${failure}`,
        spent: { id: configMap.metadata?.uid ?? configMap.metadata?.name ?? '', usage },
      };
    }
    if (text === undefined) return { state: 'failed', message: `the result has no ${CONTENT_KEY}` };
    return checked(JSON.parse(text), usage, 'the generation Job');
  } catch (error) {
    return {
      state: 'failed',
      message: `the generation Job's result is not JSON: ${(error as Error).message}`,
    };
  }
}

export function jobExecutor(
  client: KubeClient,
  config: Pick<
    OperatorConfig,
    'operatorImage' | 'jobServiceAccount' | 'registrySecret' | 'insecureRegistries' | 'namespace'
  >,
  pullSecrets: PullSecretCopies = new PullSecretCopies(client, config),
): Executor {
  // Workspaces are namespaces the API creates at any time, so the operator gives each its generator
  // account the first time a Job starts there (applied, so a changed Role is corrected on restart).
  const accountsReady = new Set<string>();
  const ensureGeneratorAccount = async (namespace: string, signal?: AbortSignal) => {
    if (accountsReady.has(namespace)) return;
    for (const object of generatorServiceAccount(namespace, config.jobServiceAccount)) {
      const kind = object.kind as keyof typeof generatorAccountResources;
      await client.apply(generatorAccountResources[kind], object, { signal });
    }
    // The Job's pod names the registry Secret in imagePullSecrets; it must exist in its own namespace.
    await pullSecrets.ensure(namespace, signal);
    accountsReady.add(namespace);
  };
  return {
    kind: 'job',
    async generate({ website, briefHash, signal }) {
      const namespace = website.metadata.namespace ?? '';
      const jobName = generationJobName(website.metadata.name ?? '', briefHash);
      try {
        const result = await client.get<ConfigMapObject>(
          resources.configMaps,
          namespace,
          generationResultName(jobName),
          signal,
        );
        return readGenerationResult(result);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
      let job: JobObject;
      try {
        job = await client.get<JobObject>(resources.jobs, namespace, jobName, signal);
      } catch (error) {
        if (!isNotFound(error)) throw error;
        await ensureGeneratorAccount(namespace, signal);
        try {
          await client.create(resources.jobs, generationJob(website, briefHash, config), { signal });
        } catch (createError) {
          // Named after the brief, so a 409 means a previous reconcile already started this generation.
          if (!isAlreadyExists(createError)) throw createError;
        }
        return { state: 'pending', message: `generation Job ${jobName} started` };
      }
      const failed = job.status?.conditions?.find((c) => c.type === 'Failed' && c.status === 'True');
      if (failed) {
        return {
          state: 'failed',
          message: `generation Job ${jobName} failed: ${failed.message ?? 'no message'}`,
        };
      }
      const complete = job.status?.conditions?.some((c) => c.type === 'Complete' && c.status === 'True');
      return {
        state: complete ? 'failed' : 'pending',
        message: complete
          ? `generation Job ${jobName} completed without writing ${generationResultName(jobName)}`
          : `generation Job ${jobName} is running`,
      };
    },
  };
}
