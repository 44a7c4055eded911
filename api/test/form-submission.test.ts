// A contact form post checked against the form's definition and the spam defences, with no I/O.

import { exampleSiteDocument } from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import {
  checkFields,
  DEFAULT_BLOCKLIST,
  FIELD_LIMITS,
  findForm,
  spamReason,
} from '../src/forms/submission.ts';

const doc = exampleSiteDocument();
const SPAM = { maxLinks: 2, blocklist: DEFAULT_BLOCKLIST };

describe('findForm', () => {
  it("finds a contact section's form in the language named, else in the default one", () => {
    expect(findForm(doc, 'visit', 'pt')?.locale).toBe('pt');
    expect(findForm(doc, 'visit', 'pt')?.form.submitLabel).not.toBe(
      findForm(doc, 'visit', 'en')?.form.submitLabel,
    );
    expect(findForm(doc, 'visit', 'xx')?.locale).toBe('en');
  });

  it('finds nothing for a section that is not a contact form', () => {
    expect(findForm(doc, 'menu', 'en')).toBeUndefined();
    expect(findForm(doc, 'nope', 'en')).toBeUndefined();
  });
});

describe('checkFields', () => {
  const form = findForm(doc, 'visit', 'en')?.form;
  if (!form) throw new Error('the example has a form');
  const good = { name: 'Ana', email: 'ana@example.com', order: 'Cake', message: 'Hi' };

  it('keeps the defined fields in order, drops the rest, and takes the email for Reply-To', () => {
    expect(checkFields(form, { ...good, role: 'admin', _section: 'visit' })).toEqual({
      ok: true,
      values: [
        { name: 'name', label: 'Your name', value: 'Ana' },
        { name: 'email', label: 'Email', value: 'ana@example.com' },
        { name: 'order', label: 'What would you like?', value: 'Cake' },
        { name: 'message', label: 'Message', value: 'Hi' },
      ],
      replyTo: 'ana@example.com',
    });
  });

  it('leaves out an empty optional field', () => {
    const checked = checkFields(form, { ...good, message: '  ' });
    expect(checked.ok && checked.values.map((v) => v.name)).toEqual(['name', 'email', 'order']);
  });

  it('names every field that is missing, too long or not of its type', () => {
    expect(
      checkFields(form, { name: 'x'.repeat(FIELD_LIMITS.text + 1), email: 'ana@', order: 'Pizza' }),
    ).toEqual({
      ok: false,
      problems: [
        { field: 'name', label: 'Your name', code: 'tooLong', n: FIELD_LIMITS.text },
        { field: 'email', label: 'Email', code: 'email' },
        { field: 'order', label: 'What would you like?', code: 'choice' },
      ],
    });
    expect(checkFields(form, {})).toMatchObject({
      ok: false,
      problems: [{ field: 'name' }, { field: 'email' }, { field: 'order' }],
    });
  });
});

describe('spamReason', () => {
  it('takes a filled trap for a robot', () => {
    expect(spamReason({ website_url: 'x' }, SPAM)).toBe('trap');
    expect(spamReason({ website_url: '  ' }, SPAM)).toBeUndefined();
  });

  it("counts links in every field, not in the form's own hidden ones", () => {
    expect(spamReason({ message: 'https://a.example and www.b.example' }, SPAM)).toBeUndefined();
    expect(spamReason({ message: 'https://a.example', name: 'http://b.example www.c.example' }, SPAM)).toBe(
      'links',
    );
    expect(spamReason({ _page: 'https://a https://b https://c', message: 'hi' }, SPAM)).toBeUndefined();
  });

  it('blocks listed words whole, in any case, and nothing that merely contains them', () => {
    expect(spamReason({ message: 'Best CASINO bonus' }, SPAM)).toBe('blocklist');
    expect(spamReason({ message: 'Occasional orders welcome' }, SPAM)).toBeUndefined();
    expect(spamReason({ message: 'cheap watches (c++)' }, { maxLinks: 2, blocklist: ['c++'] })).toBe(
      'blocklist',
    );
  });
});
