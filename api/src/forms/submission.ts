// What a contact form post is checked against, with no I/O: the form's definition in the site document
// (only fields it defines are kept, each within the limits of its type), and the spam defences that need no
// JavaScript: the trap field people never see, the number of links, and a blocklist of words.

import {
  type ContactForm,
  contentForLocale,
  FORM_TRAP_FIELD,
  type SiteDocument,
} from '@pagemagic/crds/site-document';
import type { FormProblemCode } from '@pagemagic/operator/render';

export interface FoundForm {
  form: ContactForm;
  /** The locale the form was sent in: the one named, if the site has it, else the default. */
  locale: string;
}

/** The contact form of section `sectionId` in `locale`, or undefined when the site has none there. */
export function findForm(doc: SiteDocument, sectionId: string, locale: string): FoundForm | undefined {
  const chosen = contentForLocale(doc, locale) ? locale : doc.defaultLocale;
  const content = contentForLocale(doc, chosen);
  for (const page of content?.pages ?? []) {
    for (const section of page.sections) {
      if (section.id === sectionId && section.type === 'contact' && section.props.form) {
        return { form: section.props.form, locale: chosen };
      }
    }
  }
  return undefined;
}

/** The longest value each type of field takes, in characters. */
export const FIELD_LIMITS: Readonly<Record<ContactForm['fields'][number]['type'], number>> = {
  text: 200,
  email: 254,
  tel: 40,
  textarea: 5000,
  select: 120,
  date: 10,
  number: 20,
  checkbox: 3,
};

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
const TEL = /^[+()0-9 .\-/]{3,40}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

export interface FieldProblem {
  field: string;
  label: string;
  /** The renderer words it in the page's language (FormProblemCode); `n` is the length limit. */
  code: FormProblemCode;
  n?: number;
}

export type Checked =
  | {
      ok: true;
      /** The defined fields' values, in the form's order; an empty optional field is left out. */
      values: Array<{ name: string; label: string; value: string }>;
      /** The sender's address, from the form's email field, for Reply-To. */
      replyTo?: string;
    }
  | { ok: false; problems: FieldProblem[] };

/** Checks what was posted against the form's fields. */
export function checkFields(form: ContactForm, body: Readonly<Record<string, string>>): Checked {
  const values: Array<{ name: string; label: string; value: string }> = [];
  const problems: FieldProblem[] = [];
  let replyTo: string | undefined;
  for (const field of form.fields) {
    const value = (body[field.name] ?? '').trim();
    const problem = (code: FormProblemCode, n?: number) =>
      problems.push({ field: field.name, label: field.label, code, ...(n === undefined ? {} : { n }) });
    if (value === '') {
      if (field.required) problem('required');
      continue;
    }
    const limit = FIELD_LIMITS[field.type];
    if (value.length > limit) {
      problem('tooLong', limit);
      continue;
    }
    if (field.type === 'email' && !EMAIL.test(value)) problem('email');
    else if (field.type === 'tel' && !TEL.test(value)) problem('tel');
    else if (field.type === 'date' && (!DATE.test(value) || Number.isNaN(Date.parse(value)))) problem('date');
    else if (field.type === 'number' && !NUMBER.test(value)) problem('number');
    else if (field.type === 'select' && !(field.options ?? []).includes(value)) problem('choice');
    else if (field.type === 'checkbox' && value !== 'yes') problem('checkbox');
    else {
      values.push({ name: field.name, label: field.label, value });
      if (field.type === 'email' && replyTo === undefined) replyTo = value;
    }
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, values, ...(replyTo ? { replyTo } : {}) };
}

/** Words that mark a message as spam; an owner adds their own with PAGEMAGIC_FORM_BLOCKLIST. */
export const DEFAULT_BLOCKLIST: readonly string[] = [
  'viagra',
  'cialis',
  'casino',
  'crypto investment',
  'forex signals',
  'seo services',
  'backlinks',
  'payday loan',
];

export type SpamReason = 'trap' | 'links' | 'blocklist';

const LINK = /\b(?:https?:\/\/|www\.)/gi;

/** Why a post is taken for spam, or undefined. Checked before the fields, on everything that was posted. */
export function spamReason(
  body: Readonly<Record<string, string>>,
  options: { maxLinks: number; blocklist: readonly string[] },
): SpamReason | undefined {
  if ((body[FORM_TRAP_FIELD] ?? '').trim() !== '') return 'trap';
  const text = Object.entries(body)
    .filter(([name]) => !name.startsWith('_'))
    .map(([, value]) => value)
    .join('\n');
  if ((text.match(LINK) ?? []).length > options.maxLinks) return 'links';
  const lower = text.toLowerCase();
  // Whole words: not preceded or followed by a letter or digit, whatever the word ends in ("c++" too).
  const whole = (word: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u');
  if (options.blocklist.some((word) => whole(word).test(lower))) return 'blocklist';
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
