// Section-scoped regeneration, the pure part: what the model is shown, how its answer goes into the
// document, and the guard that nothing but that one section changed.
//
// The answer is a patch: `section` (default locale) and `translations[locale]` (every other locale) each
// replace the section with the same id in their locale's tree, or, for an id the tree does not have, the
// section being rewritten. The fidelity check then holds the rewritten section, in every locale, to the
// honesty rule: it may keep what the site already states (the owner has seen it, or it came from the
// original brief), and may add facts only from the owner's instruction, never invent them. The guard compares the patched document with the original, both with the
// rewritten section taken out, and checks that section kept its id and type. So an answer that reuses
// another section's id (models copy ids from the outline they are shown) is caught as overwriting that
// section, and an answer with a new id or another type as changing the section's identity.

import { isDeepStrictEqual } from 'node:util';
import {
  contentForLocale,
  findSection,
  pagePath,
  type SiteDocument,
  type SiteDocumentError,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import type { BriefFacts } from '../brief/types.ts';
import { type FidelityViolation, newFidelityViolations } from '../fidelity.ts';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface LocaleTree {
  locale: string;
  /** Where this locale's section sits in the model's answer. */
  answerPath: string;
}

function localeTrees(site: SiteDocument): LocaleTree[] {
  return site.locales.map((locale) => ({
    locale,
    answerPath: locale === site.defaultLocale ? '/section' : `/translations/${locale}`,
  }));
}

/** The section as the model is shown it, in the shape it answers in. */
export function currentSection(site: SiteDocument, sectionId: string): Json {
  const others = site.locales.filter((l) => l !== site.defaultLocale);
  const current: Json = { section: findSection(site, sectionId)?.section };
  if (others.length > 0) {
    current.translations = Object.fromEntries(
      others.map((l) => [l, findSection(site, sectionId, l)?.section]),
    );
  }
  return current;
}

export type SectionCheck =
  | { ok: true; value: SiteDocument }
  | { ok: false; errors: SiteDocumentError[]; violations?: FidelityViolation[] };

/**
 * Splices the answer into a copy of the site, guards it, validates it and, given the facts of the owner's
 * instruction, checks that the section invents nothing the site did not already say; errors point into
 * the answer.
 */
export function applyImprovedSection(
  site: SiteDocument,
  sectionId: string,
  answer: unknown,
  facts?: BriefFacts,
): SectionCheck {
  if (!isRecord(answer)) {
    return {
      ok: false,
      errors: [{ path: '', message: 'must be a JSON object with the rewritten "section"' }],
    };
  }
  const candidate = structuredClone(site);
  const errors: SiteDocumentError[] = [];
  const translations = isRecord(answer.translations) ? answer.translations : {};
  for (const { locale, answerPath } of localeTrees(site)) {
    const value = locale === site.defaultLocale ? answer.section : translations[locale];
    if (!isRecord(value)) {
      errors.push({
        path: answerPath,
        message: `is required: section "${sectionId}" in ${locale}, as an object with id, type and props`,
      });
      continue;
    }
    const target = findSection(candidate, sectionId, locale);
    const sameId = typeof value.id === 'string' ? findSection(candidate, value.id, locale) : undefined;
    const at = sameId ?? target;
    const page = at && contentForLocale(candidate, locale)?.pages[at.pageIndex];
    if (page && at) page.sections[at.sectionIndex] = value as (typeof page.sections)[number];
  }
  if (errors.length > 0) return { ok: false, errors };

  const guard = guardOtherContent(site, candidate, sectionId);
  if (guard.length > 0) return { ok: false, errors: guard };

  const validation = validateSiteDocument(candidate);
  if (!validation.ok) {
    return { ok: false, errors: validation.errors.map((e) => toAnswerPath(site, sectionId, e)) };
  }
  if (facts) {
    const paths = site.locales.flatMap((locale) => findSection(site, sectionId, locale)?.path ?? []);
    // The section edit cannot rename the site, so the name check holds the name the site already has.
    const violations = newFidelityViolations(site, validation.value, facts, { name: site.name, paths });
    if (violations.length > 0) {
      return {
        ok: false,
        errors: violations.map((v) => toAnswerPath(site, sectionId, { path: v.path, message: v.message })),
        violations,
      };
    }
  }
  return validation;
}

/**
 * Everything but `sectionId` must be deep-equal in `before` and `after`, and that section must keep its id and
 * type in every locale. Errors point at the part of the answer that caused the change.
 */
export function guardOtherContent(
  before: SiteDocument,
  after: SiteDocument,
  sectionId: string,
): SiteDocumentError[] {
  const errors: SiteDocumentError[] = [];
  for (const { locale, answerPath } of localeTrees(before)) {
    const original = findSection(before, sectionId, locale);
    const pages = contentForLocale(before, locale)?.pages ?? [];
    const afterPages = contentForLocale(after, locale)?.pages ?? [];
    for (const [p, page] of pages.entries()) {
      for (const [s, section] of page.sections.entries()) {
        const now = afterPages[p]?.sections[s];
        if (p === original?.pageIndex && s === original.sectionIndex) {
          if (now?.id !== sectionId) {
            errors.push({
              path: `${answerPath}/id`,
              message: `must stay "${sectionId}" (got ${JSON.stringify(now?.id)}): the rewritten section keeps its id`,
            });
          } else if (now.type !== section.type) {
            errors.push({
              path: `${answerPath}/type`,
              message: `must stay "${section.type}" (got ${JSON.stringify(now.type)}): the rewritten section keeps its type`,
            });
          }
        } else if (!isDeepStrictEqual(section, now)) {
          errors.push({
            path: `${answerPath}/id`,
            message: `is "${section.id}", the id of another section (on page ${pagePath(page.slug)}): the answer would overwrite that section, but only section "${sectionId}" may change`,
          });
        }
      }
    }
  }
  if (
    errors.length === 0 &&
    !isDeepStrictEqual(withoutSection(before, sectionId), withoutSection(after, sectionId))
  ) {
    // Unreachable by splicing alone; kept so the guard holds whatever the splice becomes.
    errors.push({ path: '', message: `changes the site outside section "${sectionId}"` });
  }
  return errors;
}

/** The document with `sectionId` removed from every locale's tree: what must not change. */
export function withoutSection(site: SiteDocument, sectionId: string): SiteDocument {
  const copy = structuredClone(site);
  for (const locale of copy.locales) {
    for (const page of contentForLocale(copy, locale)?.pages ?? []) {
      page.sections = page.sections.filter((s) => s.id !== sectionId);
    }
  }
  return copy;
}

function toAnswerPath(site: SiteDocument, sectionId: string, error: SiteDocumentError): SiteDocumentError {
  for (const { locale, answerPath } of localeTrees(site)) {
    const base = findSection(site, sectionId, locale)?.path;
    if (base !== undefined && (error.path === base || error.path.startsWith(`${base}/`))) {
      return { path: answerPath + error.path.slice(base.length), message: error.message };
    }
  }
  return error;
}
