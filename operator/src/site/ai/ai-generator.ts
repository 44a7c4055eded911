// The AI site generator: the SiteGenerator contract on top of an OpenAI-compatible chat completions API.
// Each operation is one "ask" (or, for a multilingual generateSite, one per locale): a structured-output
// request, then a bounded repair loop that sends the validation errors back, all inside one token budget,
// with the final document cached in Redis.
//
// Honesty. generateSite reads the brief's facts once (understandBrief, the step the offline generator
// shares), shows them and the honesty rule to the model, and holds every answer to them with
// checkFidelity(): an invented review, phone number, price… goes back to the model with its path like any
// schema error. An answer that still invents after the last repair is rejected with the list, rather than
// scrubbed into placeholders here: a scrub can blank a structured field (a phone becomes a placeholder), but
// not a claim inside a sentence ("rated 4.9 by 300 guests") without leaving broken copy or a dangling link
// behind, and a half-scrubbed site would publish what nobody, neither the model nor the checker, has read
// as a whole. The owner gets a clear error instead (add the fact to the brief if it is true, try again, or
// use the offline draft). Section edits are held to the same rule for the section they change.

import {
  contentForLocale,
  findSection,
  LocaleTagSchema,
  SITE_DOCUMENT_SCHEMA_VERSION,
  type SiteDocument,
  type SiteDocumentError,
  sectionIds,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import { OpenAI } from 'openai';
import type { BriefFacts } from '../brief/types.ts';
import { checkFidelity, type FidelityViolation } from '../fidelity.ts';
import type {
  GenerateOptions,
  GenerationResult,
  GenerationStage,
  SiteBrief,
  SiteGenerator,
  TokenUsage,
} from '../generator.ts';
import { addUsage, type ChatMessage, completionAllowance, estimatePromptTokens, NO_USAGE } from './budget.ts';
import { createRedisCache, type ResponseCache } from './cache.ts';
import { type CompletionSettings, complete, type ResponseFormat } from './chat.ts';
import type { AiConfig } from './config.ts';
import {
  AiGenerationError,
  AiInputError,
  AiRequestError,
  BudgetExceededError,
  formatErrors,
} from './errors.ts';
import {
  cacheKey,
  canonicalLocale,
  type NormalisedBrief,
  normaliseBrief,
  normaliseText,
  type Operation,
} from './input.ts';
import { generateSiteMessages, improveSectionMessages, repairMessage, translateMessages } from './prompts.ts';
import {
  generatedSiteSchema,
  improvedSectionSchema,
  type JsonSchema,
  localizedContentSchema,
  withoutNulls,
} from './schema.ts';
import { applyImprovedSection, currentSection } from './section-edit.ts';

export interface AiGenerator extends SiteGenerator {
  /** Closes the response cache's Redis connection, if there is one. */
  close(): Promise<void>;
}

type Check<T> =
  | { ok: true; value: T }
  | { ok: false; errors: SiteDocumentError[]; violations?: FidelityViolation[] };

/** What the generator is built with besides its configuration; tests swap the brief reader for fixtures. */
export interface AiGeneratorDeps {
  understandBrief?: (text: string) => BriefFacts;
}

interface Ask<T> {
  stage: Extract<GenerationStage, 'writing' | 'translating'>;
  /** What the answer is, for messages: "site", "translation into pt". */
  what: string;
  schemaName: string;
  schema: JsonSchema;
  messages: ChatMessage[];
  check(answer: unknown): Check<T>;
}

/** One generator call: its options and what it has spent so far. */
interface Run {
  options: GenerateOptions;
  spent: TokenUsage;
}

const LOCALE_TAG = new RegExp(LocaleTagSchema.pattern ?? '^$');
const MAX_LOCALES = 10;
const MAX_NAME = 80;
const MAX_MODEL_NAME = 120;

// Loaded on first use: the brief reader's language tables and gazetteer take seconds to load, and most
// importers of this module (configuration, schemas, the cache) never read a brief.
let defaultReader: Promise<(text: string) => BriefFacts> | undefined;
function loadBriefReader(): Promise<(text: string) => BriefFacts> {
  defaultReader ??= import('../brief/index.ts').then((brief) => brief.understandBrief);
  return defaultReader;
}

export function createAiGenerator(config: AiConfig, deps: AiGeneratorDeps = {}): AiGenerator {
  const understand = async (text: string): Promise<BriefFacts> =>
    (deps.understandBrief ?? (await loadBriefReader()))(text);
  // Recorded on every site generateSite writes. improveSection and translateSite keep the site's own record:
  // their callers hold an edit to "only this section changed" and "only this locale was added". At most 120
  // characters of the model's name, since a longer one would fail validation in a way no repair could fix.
  const generatedBy = { generator: 'ai', model: config.model.slice(0, MAX_MODEL_NAME) } as const;
  const client = new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
  });
  const cache: ResponseCache | undefined = config.redisUrl ? createRedisCache(config.redisUrl) : undefined;
  const settings: CompletionSettings = {
    baseURL: config.baseURL,
    model: config.model,
    stream: config.stream,
    timeoutMs: config.timeoutMs,
    maxRetries: config.maxRetries,
  };

  async function ask<T>(run: Run, spec: Ask<T>): Promise<T> {
    const { onProgress, signal } = run.options;
    let messages = spec.messages;
    let errors: SiteDocumentError[] = [];
    let violations: FidelityViolation[] = [];
    for (let attempt = 1; attempt <= config.maxAttempts; attempt++) {
      signal?.throwIfAborted();
      const responseFormat: ResponseFormat = {
        type: 'json_schema',
        json_schema: { name: spec.schemaName, schema: spec.schema, strict: config.strict },
      };
      const estimate = estimatePromptTokens(messages, responseFormat);
      const allowance = completionAllowance(config.budgetTokens, run.spent, estimate);
      if (allowance === undefined) {
        throw new BudgetExceededError({
          budgetTokens: config.budgetTokens,
          usage: run.spent,
          estimatedPromptTokens: estimate,
          errors,
        });
      }
      const stage = attempt === 1 ? spec.stage : 'repairing';
      onProgress?.(
        attempt === 1
          ? { stage, received: 0 }
          : { stage, received: 0, message: `attempt ${attempt} of ${config.maxAttempts}` },
      );
      const answer = await complete(
        client,
        settings,
        { messages, responseFormat, maxCompletionTokens: allowance, estimatedPromptTokens: estimate, stage },
        { onProgress, signal },
      );
      run.spent = addUsage(run.spent, answer.usage);
      onProgress?.({ stage: 'validating' });
      if (answer.refusal) {
        throw new AiGenerationError({
          summary: `The model declined to write the ${spec.what}: ${answer.refusal}`,
          errors: [],
          attempts: attempt,
          usage: run.spent,
        });
      }
      if (answer.finishReason === 'length') {
        // A repair would get no more room than this answer had, so it would be cut off again.
        throw new AiGenerationError({
          summary: `The model's ${spec.what} was cut off at ${allowance} completion tokens, all the token budget of ${config.budgetTokens} left room for. Raise PAGEMAGIC_AI_BUDGET_TOKENS`,
          errors: [],
          attempts: attempt,
          usage: run.spent,
        });
      }
      const parsed = parseAnswer(answer.content);
      const result: Check<T> = parsed.ok ? spec.check(withoutNulls(parsed.value)) : parsed;
      if (result.ok) return result.value;
      errors = result.errors;
      violations = result.violations ?? [];
      messages = [
        ...spec.messages,
        { role: 'assistant', content: answer.content },
        { role: 'user', content: repairMessage(errors) },
      ];
    }
    const attempts = `${config.maxAttempts} ${config.maxAttempts === 1 ? 'attempt' : 'attempts'}`;
    throw new AiGenerationError({
      summary:
        violations.length > 0
          ? `The model's ${spec.what} still states facts the owner did not give after ${attempts}, so it was rejected. If a fact below is true, add it to the brief and generate again; otherwise generate again, or start from the offline draft`
          : `The model did not write a valid ${spec.what} in ${attempts}`,
      errors,
      violations,
      attempts: config.maxAttempts,
      usage: run.spent,
    });
  }

  async function cached(
    operation: Operation,
    input: unknown,
    options: GenerateOptions,
    work: (run: Run) => Promise<SiteDocument>,
  ): Promise<GenerationResult> {
    const key =
      cache && !options.bypassCache
        ? cacheKey(config.cacheKeyPrefix, config.model, operation, input)
        : undefined;
    if (cache && key) {
      const hit = fromCache(await cache.get(key));
      if (hit) {
        options.onProgress?.({ stage: 'done', message: 'from the response cache' });
        return { site: hit, usage: { ...NO_USAGE }, cached: true };
      }
    }
    const run: Run = { options, spent: { ...NO_USAGE } };
    let site: SiteDocument;
    try {
      site = await work(run);
    } catch (error) {
      // A request that failed after earlier answers were paid for: the caller meters what was spent.
      if (error instanceof AiRequestError) error.usage = run.spent;
      throw error;
    }
    if (cache && key) await cache.set(key, JSON.stringify(site), config.cacheTtlSeconds);
    options.onProgress?.({ stage: 'done' });
    return { site, usage: run.spent, cached: false };
  }

  /**
   * Adds `locale` to the site. Given the brief's facts (during generateSite), the translation is held to
   * them too; a translation of an existing site has no brief, and keeps to the source by the prompt alone.
   */
  function translate(
    run: Run,
    site: SiteDocument,
    locale: string,
    fidelity?: { facts: BriefFacts; name?: string },
  ): Promise<SiteDocument> {
    const content = contentForLocale(site, site.defaultLocale);
    const base = `/translations/${locale}`;
    return ask(run, {
      stage: 'translating',
      what: `translation into ${locale}`,
      schemaName: 'site_content',
      schema: localizedContentSchema(),
      messages: translateMessages(site, content, locale),
      check(answer) {
        const candidate = {
          ...site,
          locales: site.locales.includes(locale) ? site.locales : [...site.locales, locale],
          translations: { ...site.translations, [locale]: answer },
        };
        const relative = (e: SiteDocumentError) =>
          e.path === base || e.path.startsWith(`${base}/`) ? { ...e, path: e.path.slice(base.length) } : e;
        const validation = validateSiteDocument(candidate);
        if (!validation.ok) return { ok: false, errors: validation.errors.map(relative) };
        if (fidelity) {
          // The default locale passed already; what is new is in this locale's tree.
          const violations = checkFidelity(validation.value, fidelity.facts, namedBy(fidelity.name)).filter(
            (v) => v.path === base || v.path.startsWith(`${base}/`),
          );
          if (violations.length > 0) {
            return { ok: false, errors: violations.map((v) => relative(toError(v))), violations };
          }
        }
        return validation;
      },
    });
  }

  return {
    name: `ai:${config.model}`,

    async generateSite(brief: SiteBrief, options: GenerateOptions = {}) {
      const input = normaliseBrief(brief);
      for (const locale of input.locales) checkLocaleTag(locale);
      if (input.locales.length > MAX_LOCALES) {
        throw new AiInputError(
          `A site has at most ${MAX_LOCALES} locales (the brief asks for ${input.locales.length})`,
        );
      }
      if (input.name && input.name.length > MAX_NAME) {
        throw new AiInputError(`The business name is longer than ${MAX_NAME} characters; shorten it`);
      }
      const facts = await understand(input.prompt);
      // The owner's name wins over the model's: given apart from the brief, else read from it.
      const fromBrief = facts.name?.value;
      const name = input.name ?? (fromBrief && fromBrief.length <= MAX_NAME ? fromBrief : undefined);
      // A name read from the brief that no document could hold is not held against the model.
      const { name: _tooLong, ...nameless } = facts;
      const checked = name === undefined ? nameless : facts;
      // Without locales asked for, the site is in the language the brief is written in.
      const asked = brief.locales?.length ? input : { ...input, locales: [briefLocale(facts)] };
      return cached('generateSite', { ...asked, facts }, options, async (run) => {
        let site = await ask(run, {
          stage: 'writing',
          what: 'site',
          schemaName: 'site',
          schema: generatedSiteSchema(),
          messages: generateSiteMessages(asked, facts),
          check: (answer) => {
            const result = checkGeneratedSite(answer, asked, name, generatedBy);
            if (!result.ok) return result;
            const violations = checkFidelity(result.value, checked, namedBy(name));
            return violations.length > 0
              ? { ok: false, errors: violations.map(toError), violations }
              : result;
          },
        });
        for (const locale of asked.locales.slice(1)) {
          site = await translate(run, site, locale, { facts: checked, ...(name ? { name } : {}) });
        }
        return site;
      });
    },

    async improveSection(
      site: SiteDocument,
      sectionId: string,
      instruction: string,
      options: GenerateOptions = {},
    ) {
      requireValid(site);
      const found = findSection(site, sectionId);
      if (!found) {
        throw new AiInputError(
          `There is no section "${sectionId}" in this site; its sections are: ${sectionIds(site).join(', ')}`,
        );
      }
      const text = normaliseText(instruction);
      if (!text) throw new AiInputError('The instruction is empty: say how the section should change');
      const others = site.locales.filter((l) => l !== site.defaultLocale);
      // The instruction is the owner's too: a phone number or a price it gives may go into the section.
      const instructionFacts = await understand(text);
      return cached('improveSection', { site, sectionId, instruction: text }, options, (run) =>
        ask(run, {
          stage: 'writing',
          what: `section "${sectionId}"`,
          schemaName: 'section',
          schema: improvedSectionSchema(found.section.type, sectionId, others),
          messages: improveSectionMessages({
            site,
            sectionId,
            pageSlug: found.page.slug,
            current: currentSection(site, sectionId),
            instruction: text,
          }),
          check: (answer) => applyImprovedSection(site, sectionId, answer, instructionFacts),
        }),
      );
    },

    async translateSite(site: SiteDocument, locale: string, options: GenerateOptions = {}) {
      requireValid(site);
      const target = canonicalLocale(locale);
      checkLocaleTag(target);
      if (target === site.defaultLocale) {
        throw new AiInputError(
          `"${target}" is the site's default locale: its content is the source of translations, not one of them`,
        );
      }
      if (!site.locales.includes(target) && site.locales.length >= MAX_LOCALES) {
        throw new AiInputError(`The site already has the maximum of ${MAX_LOCALES} locales`);
      }
      return cached('translateSite', { site, locale: target }, options, (run) =>
        translate(run, site, target),
      );
    },

    async close() {
      await cache?.close();
    },
  };
}

function namedBy(name: string | undefined): { name?: string } {
  return name ? { name } : {};
}

function toError(violation: FidelityViolation): SiteDocumentError {
  return { path: violation.path, message: violation.message };
}

/** The brief's language as a locale tag; English when it is not one a site can have. */
function briefLocale(facts: BriefFacts): string {
  try {
    const locale = canonicalLocale(facts.language.code);
    return LOCALE_TAG.test(locale) ? locale : 'en';
  } catch {
    return 'en';
  }
}

function checkGeneratedSite(
  answer: unknown,
  brief: NormalisedBrief,
  ownerName: string | undefined,
  generatedBy: NonNullable<SiteDocument['generatedBy']>,
): Check<SiteDocument> {
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
    return { ok: false, errors: [{ path: '', message: 'must be a JSON object: the site' }] };
  }
  // The code owns schemaVersion, locales, defaultLocale, translations and generatedBy, and the owner's name
  // wins over the model's; unknown keys are kept so that the validator names them.
  const {
    schemaVersion: _version,
    locales: _locales,
    defaultLocale: _default,
    translations: _translations,
    name,
    kind,
    theme,
    navigation,
    footer,
    pages,
    posts,
    ...unknown
  } = answer as Record<string, unknown>;
  const [defaultLocale = 'en'] = brief.locales;
  const site = {
    schemaVersion: SITE_DOCUMENT_SCHEMA_VERSION,
    name: ownerName ?? name,
    kind,
    locales: [defaultLocale],
    defaultLocale,
    theme,
    navigation,
    footer,
    pages,
    posts,
    translations: {},
    ...unknown,
    generatedBy: { ...generatedBy },
  };
  // A missing field should read "is required", not "must be a string (got nothing)".
  return validateSiteDocument(Object.fromEntries(Object.entries(site).filter(([, v]) => v !== undefined)));
}

type Parsed = { ok: true; value: unknown } | { ok: false; errors: SiteDocumentError[] };

/** JSON.parse, tolerating the Markdown code fence some models put around JSON when not held to a schema. */
export function parseAnswer(content: string): Parsed {
  const text = content
    .trim()
    .replace(/^```(?:json)?\s*\n?/i, '')
    .replace(/\n?```$/, '');
  if (!text) return { ok: false, errors: [{ path: '', message: 'is empty: answer with the JSON object' }] };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `is not valid JSON (${reason}); answer with one complete JSON object and nothing else`,
        },
      ],
    };
  }
}

function fromCache(text: string | undefined): SiteDocument | undefined {
  if (text === undefined) return undefined;
  try {
    const validation = validateSiteDocument(JSON.parse(text));
    // An entry from an older schema that no longer validates is a miss, not an error.
    return validation.ok ? validation.value : undefined;
  } catch {
    return undefined;
  }
}

function requireValid(site: SiteDocument): void {
  const validation = validateSiteDocument(site);
  if (!validation.ok) {
    throw new AiInputError(
      `The site document is not valid; fix it first:\n${formatErrors(validation.errors)}`,
    );
  }
}

function checkLocaleTag(locale: string): void {
  if (!LOCALE_TAG.test(locale)) {
    throw new AiInputError(
      `"${locale}" is not a supported locale tag; use one such as "en", "pt-PT" or "zh-Hant-TW"`,
    );
  }
}
