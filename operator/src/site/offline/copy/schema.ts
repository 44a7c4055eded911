import { KIND_FAMILIES, type KindFamily } from '@pagemagic/crds/site-document';
import { type Static, Type } from '@sinclair/typebox';

// The shape of a language's copy file (en.json, pt.json, …): every word the offline generator writes.
// Each file is checked against this schema when it is loaded, and a parity test checks that every
// language has every key and lists of the same length as English (lists line up by position: the
// translator maps the n-th English heading to the n-th Portuguese one).
//
// Templates. Text may contain variables in braces; which ones a field may use is part of its schema (the
// pattern refuses any other). The values:
//   {name}       the business name; unknown when the brief gave none (the site is then called after what
//                it is and where, "Heating engineer in Leeds", which never stands inside a sentence)
//   {noun}       what the business is, lower case, in this language ("bakery", "padaria")
//   {Noun}       the same, capitalised
//   {aNoun}      the noun with its indefinite article where the language has one ("a bakery", "an inn");
//                languages whose article depends on gender may simply not use it
//   {where}      " in Porto" with its leading space (from common.where), or nothing when no place is known
//   {since}      " since 1987" with its leading space (from common.since), or nothing without a year
// Only in texts (see TextSchema), because they may be unknown:
//   {city}       the city                           {year}        the founding year
//   {offerings}  what the brief says it offers, as written, joined as a list ("bread, cakes and coffee")
//   {Offerings}  the same, capitalised, to open a sentence
//   {attributes} qualities the brief gives ("dog friendly and gluten-free"), joined as a list
//   {Attributes} the same, capitalised
//   {people}     people the brief names, with their roles as written, joined as a list
//   {counts}     what the brief counts, in its own words ("9 rooms", "15 years in the trade"), as a list
//   {Counts}     the same, capitalised
// And a few fields have their own: {title} (a page title), {street}, {year} (common.since), {city}
// (common.where). A sentence that uses a variable the brief did not give is left out, so no sentence ever
// has a hole; fields that are plain strings use only the always-known variables other than {name}, or
// {name} where the field is written only for a named business.

export const ALWAYS_VARS = ['name', 'noun', 'Noun', 'aNoun', 'where', 'since'] as const;
export const SENTENCE_VARS = [
  ...ALWAYS_VARS,
  'city',
  'year',
  'offerings',
  'Offerings',
  'attributes',
  'Attributes',
  'people',
  'counts',
  'Counts',
] as const;
export type TemplateVar = (typeof SENTENCE_VARS)[number] | 'title' | 'street';

/** A string whose variables are limited to `vars`; without vars, plain text with no braces at all. */
function template(vars: readonly string[], description: string, maxLength = 300) {
  const allowed = vars.length > 0 ? String.raw`|\{(?:${vars.join('|')})\}` : '';
  return Type.String({
    minLength: 1,
    maxLength,
    pattern: `^(?:[^{}]${allowed})*$`,
    description:
      vars.length > 0 ? `${description} (variables: ${vars.map((v) => `{${v}}`).join(' ')})` : description,
  });
}

const Plain = (description: string, maxLength = 300) => template([], description, maxLength);
const Always = (description: string, maxLength = 300) => template(ALWAYS_VARS, description, maxLength);
// For fields every site uses, named or not.
const General = (description: string, maxLength = 300) =>
  template(
    ALWAYS_VARS.filter((v) => v !== 'name'),
    description,
    maxLength,
  );
const Texts = (description: string) => ({ ...TextSchema, description });

/**
 * A text written from the facts: parts joined with a space. A part is a sentence, kept only when every
 * variable it uses is known; or a list of alternatives, of which the first that can be written is used
 * (an unnamed business has no {name}: its alternative says "we" instead; a text that would only repeat
 * the site's name is passed over too). At least one part must always be writable, or the text is empty
 * (a test holds every family to that for the texts that must not be).
 */
const Sentence = template(SENTENCE_VARS, 'a sentence', 400);
export const TextSchema = Type.Array(
  Type.Union([Sentence, Type.Array(Sentence, { minItems: 2, maxItems: 5 })]),
  { minItems: 1, maxItems: 8 },
);
export type Text = Static<typeof TextSchema>;

const TitleBody = Type.Object(
  { title: Plain('a title', 80), body: Plain('its text', 400) },
  { additionalProperties: false },
);
const QuestionAnswer = Type.Object(
  {
    question: Plain('a question', 200),
    answer: Plain('its answer, asserting nothing the owner did not say', 1200),
  },
  { additionalProperties: false },
);

const FamilyCopySchema = Type.Object(
  {
    noun: Plain('what a business of this family is when its kind has no noun of its own, lower case', 60),
    hero: Type.Object(
      {
        eyebrow: Texts('the short line above the heading (60 characters at most once written)'),
        headings: Type.Array(Always('a hero heading; one is picked per site', 100), {
          minItems: 2,
          maxItems: 3,
        }),
        subheading: Texts('the line under the heading: what the business does, from the brief'),
        action: Plain('the button to the offer page ("See the menu")', 40),
      },
      { additionalProperties: false },
    ),
    highlights: Type.Object(
      {
        heading: General('heading of the highlights', 100),
        intro: Texts('intro of the highlights'),
        items: Type.Array(TitleBody, { minItems: 3, maxItems: 3 }),
      },
      { additionalProperties: false },
    ),
    offer: Type.Object(
      {
        title: Plain('the offer page title and navigation label ("Menu", "Rooms")', 40),
        heading: Texts('heading of the offer list'),
        intro: Texts('intro of the offer list'),
      },
      { additionalProperties: false },
    ),
    about: Type.Object(
      {
        heading: Texts('heading of the story'),
        paragraphs: Type.Array(TextSchema, { minItems: 2, maxItems: 4 }),
      },
      { additionalProperties: false },
    ),
    values: Type.Object(
      {
        heading: General('heading of the values', 100),
        intro: Texts('intro of the values'),
        items: Type.Array(Plain('a value', 300), { minItems: 3, maxItems: 4 }),
      },
      { additionalProperties: false },
    ),
    faq: Type.Array(QuestionAnswer, { minItems: 3, maxItems: 4 }),
    cta: Type.Object(
      {
        heading: General('heading of the call to action', 100),
        body: Texts('body of the call to action'),
        action: Plain('its button', 40),
      },
      { additionalProperties: false },
    ),
    contactIntro: Texts('intro of the contact section'),
    topics: Type.Array(Plain('an option of the contact form topic field', 80), { minItems: 3, maxItems: 3 }),
    imageAlt: Type.Object(
      { hero: Texts('alt text of the hero art'), story: Texts('alt text of the story art') },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type FamilyCopy = Static<typeof FamilyCopySchema>;

const perRecord = (what: string) => ({
  hour: Plain(`${what} hour`, 40),
  day: Plain(`${what} day`, 40),
  night: Plain(`${what} night`, 40),
  week: Plain(`${what} week`, 40),
  person: Plain(`${what} person`, 40),
  session: Plain(`${what} session`, 40),
  month: Plain(`${what} month`, 40),
  year: Plain(`${what} year`, 40),
});

const CommonCopySchema = Type.Object(
  {
    where: Type.Object(
      {
        default: template(['city'], 'being in a city ("in {city}")', 80),
        // Portuguese says "no Porto" but "em Lisboa": cities (as the gazetteer or the brief spells them)
        // that take another form.
        special: Type.Array(
          Type.Object(
            {
              template: template(['city'], 'the other form', 80),
              cities: Type.Array(Plain('a city', 80), { minItems: 1, maxItems: 200 }),
            },
            { additionalProperties: false },
          ),
          { maxItems: 4 },
        ),
      },
      { additionalProperties: false },
    ),
    since: template(['year'], '"since {year}"', 40),
    unnamed: General('the site name when the brief gives none', 80),
    pages: Type.Object(
      {
        home: Plain('home page title', 40),
        about: Plain('about page title', 40),
        faq: Plain('questions page title', 40),
        contact: Plain('contact page title', 40),
      },
      { additionalProperties: false },
    ),
    seo: Type.Object(
      {
        home: Always('home page <title> of a named business', 70),
        page: template(['title', 'name'], 'other pages’ <title>', 70),
        about: Texts('about page description'),
        faq: Texts('questions page description'),
        contact: Texts('contact page description'),
      },
      { additionalProperties: false },
    ),
    footer: Texts('the line under the name in the footer; never the name again'),
    links: Type.Object(
      {
        call: Plain('footer link to call', 40),
        email: Plain('footer link to email', 40),
        contact: Plain('footer link to the contact section', 40),
      },
      { additionalProperties: false },
    ),
    actions: Type.Object(
      { contact: Plain('hero button to the contact section', 40) },
      { additionalProperties: false },
    ),
    goodToKnow: Type.Object(
      { heading: General('heading of the list of the brief’s attributes', 100), intro: Texts('its intro') },
      { additionalProperties: false },
    ),
    stats: Type.Object(
      {
        heading: Texts('heading of the brief’s numbers'),
        founded: Plain('label of the founding year', 60),
      },
      { additionalProperties: false },
    ),
    team: Type.Object(
      {
        heading: Texts('heading of the people the brief names'),
        intro: General('its intro'),
        role: Plain('role of a person the brief names without one', 80),
      },
      { additionalProperties: false },
    ),
    faqHeading: General('heading of the questions', 100),
    offer: Type.Object(
      {
        groupPrices: Plain('name of the group of prices the brief gives for nothing in particular', 80),
        priceItem: Type.Object(
          {
            ...perRecord('name of a price the brief gives per'),
            none: Plain('name of a price the brief gives for nothing in particular', 80),
          },
          { additionalProperties: false },
        ),
      },
      { additionalProperties: false },
    ),
    priceNotes: Type.Object(
      {
        ...perRecord('note on a price per'),
        from: Plain('note on a price floor ("from")', 40),
        free: Plain('note on a free item', 40),
      },
      { additionalProperties: false },
    ),
    contact: Type.Object(
      {
        heading: General('heading of the contact section', 100),
        alwaysOpen: Plain('note when the brief says open 24/7', 160),
        form: Type.Object(
          {
            name: Plain('label', 80),
            email: Plain('label', 80),
            phone: Plain('label', 80),
            topic: Plain('label', 80),
            message: Plain('label', 80),
            messagePlaceholder: Plain('placeholder', 120),
            submit: Plain('button', 40),
            success: Plain('message after sending', 200),
          },
          { additionalProperties: false },
        ),
      },
      { additionalProperties: false },
    ),
    placeholders: Type.Object(
      {
        'street-address': Plain('what the owner should add', 160),
        'street-without-city': template(['street'], 'the brief gave a street but no town', 160),
        phone: Plain('what the owner should add', 160),
        email: Plain('what the owner should add', 160),
        'opening-hours': Plain('what the owner should add', 160),
        price: Plain('what the owner should add', 160),
      },
      { additionalProperties: false },
    ),
    // improveSection's register swaps: [pattern, replacement], the pattern a case-insensitive RegExp source.
    improve: Type.Object(
      {
        formal: Type.Array(Type.Tuple([Type.String({ minLength: 1 }), Type.String()]), { maxItems: 60 }),
        friendly: Type.Array(Type.Tuple([Type.String({ minLength: 1 }), Type.String()]), { maxItems: 60 }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type CommonCopy = Static<typeof CommonCopySchema>;

export const CopyFileSchema = Type.Object(
  {
    language: Type.String({ pattern: '^[a-z]{2}$' }),
    common: CommonCopySchema,
    families: Type.Object(
      Object.fromEntries(KIND_FAMILIES.map((f) => [f, FamilyCopySchema])) as Record<
        KindFamily,
        typeof FamilyCopySchema
      >,
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type CopyFile = Static<typeof CopyFileSchema>;
