import {
  exampleSiteDocument,
  type HeroSection,
  SECTION_TYPES,
  type Section,
  type SiteDocument,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  type EditorAction,
  type EditorState,
  editorReducer,
  HISTORY_LIMIT,
  initialEditorState,
  isDirty,
  redoLabel,
  undoLabel,
  validate,
} from '../lib/editor/state.ts';

function run(state: EditorState, ...actions: EditorAction[]): EditorState {
  return actions.reduce(editorReducer, state);
}

function start(doc: SiteDocument = exampleSiteDocument()): EditorState {
  return initialEditorState(doc, 'rev-1');
}

/** The example bakery in English only: the same site, one locale. */
function englishOnly(): SiteDocument {
  return { ...exampleSiteDocument(), locales: ['en'], translations: {} };
}

function heroHeading(doc: SiteDocument, locale?: string): string {
  const pages = locale ? doc.translations[locale]?.pages : doc.pages;
  const hero = pages?.[0]?.sections.find((s) => s.id === 'welcome') as HeroSection | undefined;
  return hero?.props.heading ?? '(missing)';
}

function sectionIdsOf(doc: SiteDocument, slug: string, locale?: string): string[] {
  const pages = locale ? doc.translations[locale]?.pages : doc.pages;
  return pages?.find((p) => p.slug === slug)?.sections.map((s) => s.id) ?? [];
}

function allHrefs(doc: SiteDocument): string[] {
  return (
    JSON.stringify(doc)
      .match(/"href":"[^"]*"/g)
      ?.map((h) => h.slice(8, -1)) ?? []
  );
}

function expectValid(doc: SiteDocument): void {
  const result = validateSiteDocument(doc);
  expect(result.ok ? [] : result.errors).toEqual([]);
}

const setHeading = (value: string): EditorAction => ({
  type: 'setProp',
  sectionId: 'welcome',
  path: ['heading'],
  value,
});

describe('undo and redo', () => {
  it('undoes and redoes an edit', () => {
    const edited = run(start(), setHeading('Fresh bread daily'));
    expect(heroHeading(edited.document)).toBe('Fresh bread daily');
    expect(canUndo(edited)).toBe(true);
    expect(undoLabel(edited)).toBe('Edit heading');

    const undone = run(edited, { type: 'undo' });
    expect(heroHeading(undone.document)).toBe('Bread worth crossing the bridge for');
    expect(canUndo(undone)).toBe(false);
    expect(canRedo(undone)).toBe(true);
    expect(redoLabel(undone)).toBe('Edit heading');

    const redone = run(undone, { type: 'redo' });
    expect(heroHeading(redone.document)).toBe('Fresh bread daily');
    expect(canRedo(redone)).toBe(false);
  });

  it('makes consecutive keystrokes in one field a single undo step', () => {
    const typed = run(start(), setHeading('F'), setHeading('Fr'), setHeading('Fre'), setHeading('Fresh'));
    expect(typed.past).toHaveLength(1);
    const undone = run(typed, { type: 'undo' });
    expect(heroHeading(undone.document)).toBe('Bread worth crossing the bridge for');
  });

  it('starts a new step when another field is edited or the field is left', () => {
    const subheading: EditorAction = {
      type: 'setProp',
      sectionId: 'welcome',
      path: ['subheading'],
      value: 'x',
    };
    const twoFields = run(start(), setHeading('A'), subheading, setHeading('AB'));
    expect(twoFields.past).toHaveLength(3);

    const leftAndCameBack = run(start(), setHeading('A'), { type: 'endTyping' }, setHeading('AB'));
    expect(leftAndCameBack.past).toHaveLength(2);
    expect(heroHeading(run(leftAndCameBack, { type: 'undo' }).document)).toBe('A');
  });

  it('does not join discrete changes of one field into one step', () => {
    const toggle = (value: boolean): EditorAction => ({
      type: 'setProp',
      sectionId: 'club-plans',
      path: ['plans', 0, 'highlighted'],
      value,
      discrete: true,
    });
    expect(run(start(), toggle(true), toggle(false)).past).toHaveLength(2);
  });

  it('clears redo when a new edit is made', () => {
    const state = run(start(), setHeading('One'), { type: 'endTyping' }, setHeading('Two'), { type: 'undo' });
    expect(canRedo(state)).toBe(true);
    const edited = run(state, setHeading('Three'));
    expect(canRedo(edited)).toBe(false);
    expect(run(edited, { type: 'redo' }).document).toBe(edited.document);
  });

  it('does not record an edit that changes nothing', () => {
    const state = run(start(), setHeading('Bread worth crossing the bridge for'));
    expect(state.past).toHaveLength(0);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps`, () => {
    let state = start();
    for (let i = 0; i < HISTORY_LIMIT + 25; i++)
      state = run(state, setHeading(`Heading ${i}`), { type: 'endTyping' });
    expect(state.past).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT; i++) state = run(state, { type: 'undo' });
    expect(canUndo(state)).toBe(false);
    // The oldest steps were forgotten: undo stops at the 25th edit, not the original heading.
    expect(heroHeading(state.document)).toBe('Heading 24');
  });
});

describe('reordering sections', () => {
  it('moves a section down, up and to an index, in every locale', () => {
    const down = run(start(), { type: 'moveSection', sectionId: 'welcome', to: 1 });
    expect(sectionIdsOf(down.document, 'index')).toEqual([
      'why-us',
      'welcome',
      'numbers',
      'reviews',
      'visit-cta',
    ]);
    expect(sectionIdsOf(down.document, 'index', 'pt')).toEqual(sectionIdsOf(down.document, 'index'));
    expectValid(down.document);

    const toEnd = run(down, { type: 'moveSection', sectionId: 'why-us', to: 99 });
    expect(sectionIdsOf(toEnd.document, 'index')).toEqual([
      'welcome',
      'numbers',
      'reviews',
      'visit-cta',
      'why-us',
    ]);
    expect(sectionIdsOf(toEnd.document, 'index', 'pt')).toEqual(sectionIdsOf(toEnd.document, 'index'));
    expectValid(toEnd.document);

    const undone = run(toEnd, { type: 'undo' }, { type: 'undo' });
    expect(undone.document).toEqual(exampleSiteDocument());
  });

  it('moves a section only within its own page', () => {
    const state = run(start(), { type: 'moveSection', sectionId: 'gallery', to: 0 });
    expect(sectionIdsOf(state.document, 'menu')).toEqual(['gallery', 'menu']);
    expect(sectionIdsOf(state.document, 'index')).toEqual(sectionIdsOf(exampleSiteDocument(), 'index'));
  });
});

describe('adding and removing sections', () => {
  it.each(SECTION_TYPES)('adds a valid %s section with a new id to every locale', (type) => {
    const state = run(start(), { type: 'addSection', pageSlug: 'about', sectionType: type, index: 1 });
    const ids = sectionIdsOf(state.document, 'about');
    expect(ids).toHaveLength(4);
    const added = state.document.pages.find((p) => p.slug === 'about')?.sections[1];
    expect(added?.type).toBe(type);
    expect(sectionIdsOf(exampleSiteDocument(), 'about')).not.toContain(added?.id);
    expect(sectionIdsOf(state.document, 'about', 'pt')).toEqual(ids);
    expectValid(state.document);
  });

  it('never reuses an id, even one the example already has', () => {
    // The example has sections "faq" and "gallery": new ones must be told apart.
    const state = run(
      start(),
      { type: 'addSection', pageSlug: 'index', sectionType: 'faq' },
      { type: 'addSection', pageSlug: 'index', sectionType: 'faq' },
    );
    const ids = sectionIdsOf(state.document, 'index');
    expect(ids.slice(-2)).toEqual(['faq-2', 'faq-3']);
    expectValid(state.document);
  });

  it('removes a section from every locale and points links to it at its page', () => {
    // The footer and the home page link to "/contact#visit" in both languages.
    expect(allHrefs(exampleSiteDocument())).toContain('/contact#visit');
    const state = run(start(), { type: 'removeSection', sectionId: 'visit' });
    expect(sectionIdsOf(state.document, 'contact')).toEqual(['faq']);
    expect(sectionIdsOf(state.document, 'contact', 'pt')).toEqual(['faq']);
    expect(allHrefs(state.document)).not.toContain('/contact#visit');
    expect(allHrefs(state.document)).toContain('/contact');
    expectValid(state.document);
  });

  it("refuses to remove a page's only section, and says why", () => {
    const state = run(start(), { type: 'removeSection', sectionId: 'journal' });
    expect(state.document).toEqual(exampleSiteDocument());
    expect(sectionIdsOf(state.document, 'blog')).toEqual(['journal']);
    expect(state.refusal).toMatch(/only section on page “Journal”/);
    expect(state.past).toHaveLength(0);
    // The next edit that applies clears the message.
    expect(run(state, setHeading('New')).refusal).toBeUndefined();
  });
});

describe('pages', () => {
  it('adds a page to every locale with a menu entry', () => {
    const state = run(start(), { type: 'addPage', title: 'Catering' });
    const page = state.document.pages.at(-1);
    expect(page?.slug).toBe('catering');
    expect(page?.sections).toHaveLength(1);
    expect(state.document.translations.pt?.pages.at(-1)?.slug).toBe('catering');
    expect(state.document.navigation.items.at(-1)).toEqual({ label: 'Catering', href: '/catering' });
    expectValid(state.document);
  });

  it('gives a new page an unused address', () => {
    const state = run(start(), { type: 'addPage', title: 'Menu' }, { type: 'addPage', title: 'Início' });
    expect(state.document.pages.map((p) => p.slug).slice(-2)).toEqual(['menu-2', 'inicio']);
    expectValid(state.document);
  });

  it('refuses a page without a title', () => {
    const state = run(start(), { type: 'addPage', title: '   ' });
    expect(state.document.pages).toHaveLength(exampleSiteDocument().pages.length);
    expect(state.refusal).toMatch(/title/);
  });

  it('renames a page and moves every link to its new address', () => {
    const state = run(start(), { type: 'renamePage', slug: 'menu', title: 'Our bakes', newSlug: 'bakes' });
    const page = state.document.pages.find((p) => p.slug === 'bakes');
    expect(page?.title).toBe('Our bakes');
    expect(state.document.translations.pt?.pages.some((p) => p.slug === 'bakes')).toBe(true);
    expect(allHrefs(state.document)).not.toContain('/menu');
    expect(state.document.navigation.items[1]).toEqual({ label: 'Our bakes', href: '/bakes' });
    expectValid(state.document);
  });

  it("refuses to change the home page's address or to reuse one", () => {
    const home = run(start(), { type: 'renamePage', slug: 'index', newSlug: 'home' });
    expect(home.refusal).toMatch(/home page/);
    const taken = run(start(), { type: 'renamePage', slug: 'menu', newSlug: 'about' });
    expect(taken.refusal).toMatch(/already uses/);
    const bad = run(start(), { type: 'renamePage', slug: 'menu', newSlug: 'Our Menu' });
    expect(bad.refusal).toMatch(/lowercase/);
    for (const state of [home, taken, bad]) expect(state.document).toEqual(exampleSiteDocument());
  });

  it('removes a page from every locale with the links that led to it', () => {
    const state = run(start(), { type: 'removePage', slug: 'menu' });
    expect(state.document.pages.map((p) => p.slug)).not.toContain('menu');
    expect(state.document.translations.pt?.pages.map((p) => p.slug)).not.toContain('menu');
    expect(state.document.navigation.items.map((l) => l.href)).not.toContain('/menu');
    // The hero's "See the menu" button now goes home instead of nowhere.
    const hero = state.document.pages[0]?.sections[0] as HeroSection;
    expect(hero.props.actions[0]).toEqual({ label: 'See the menu', href: '/' });
    expectValid(state.document);
  });

  it('never removes the home page', () => {
    const state = run(start(englishOnly()), { type: 'removePage', slug: 'index' });
    expect(state.document.pages[0]?.slug).toBe('index');
    expect(state.refusal).toMatch(/home page cannot be removed/);
  });
});

describe('one locale and two', () => {
  it('keeps a single-locale document valid through structural edits', () => {
    const state = run(
      start(englishOnly()),
      { type: 'addPage', title: 'Catering' },
      { type: 'addSection', pageSlug: 'catering', sectionType: 'pricing' },
      { type: 'moveSection', sectionId: 'pricing', to: 0 },
      { type: 'removeSection', sectionId: 'reviews' },
      { type: 'renamePage', slug: 'about', newSlug: 'our-story' },
      { type: 'removePage', slug: 'bread-club' },
    );
    expect(state.refusal).toBeUndefined();
    expect(state.document.translations).toEqual({});
    expectValid(state.document);
  });

  it('keeps translations in step through the same edits, and edits text only in the default locale', () => {
    const state = run(
      start(),
      setHeading('Fresh bread'),
      { type: 'addPage', title: 'Catering' },
      { type: 'addSection', pageSlug: 'catering', sectionType: 'pricing' },
      { type: 'moveSection', sectionId: 'pricing', to: 0 },
      { type: 'removeSection', sectionId: 'reviews' },
      { type: 'renamePage', slug: 'about', newSlug: 'our-story' },
      { type: 'removePage', slug: 'bread-club' },
    );
    expect(state.refusal).toBeUndefined();
    expect(heroHeading(state.document)).toBe('Fresh bread');
    expect(heroHeading(state.document, 'pt')).toBe('Pão que vale a travessia da ponte');
    for (const page of state.document.pages) {
      expect(sectionIdsOf(state.document, page.slug, 'pt')).toEqual(sectionIdsOf(state.document, page.slug));
    }
    expectValid(state.document);
  });
});

describe('theme', () => {
  it('changes colours (one step per picker drag), fonts and corners', () => {
    const state = run(
      start(),
      { type: 'setPalette', key: 'primary', value: '#112233' },
      { type: 'setPalette', key: 'primary', value: '#223344' },
      { type: 'setFont', role: 'heading', font: 'didone' },
      { type: 'setRadius', radius: 'full' },
    );
    expect(state.document.theme.palette.primary).toBe('#223344');
    expect(state.document.theme.typography.heading).toBe('didone');
    expect(state.document.theme.radius).toBe('full');
    expect(state.past.map((step) => step.label)).toEqual([
      'Change primary colour',
      'Change heading font',
      'Change corners',
    ]);
  });

  it('turns a light palette around for dark mode and back, keeping the contrast the schema checks', () => {
    const original = exampleSiteDocument().theme;
    const dark = run(start(), { type: 'setMode', mode: 'dark' });
    expect(dark.document.theme.mode).toBe('dark');
    expect(dark.document.theme.palette.background).toBe(original.palette.text);
    expect(dark.document.theme.palette.text).toBe(original.palette.background);
    expectValid(dark.document);

    const light = run(dark, { type: 'setMode', mode: 'light' });
    expect(light.document.theme).toEqual(original);
  });

  it('reports a colour with too little contrast in the theme', () => {
    const state = run(start(), { type: 'setPalette', key: 'text', value: '#fffaf0' });
    const issues = validate(state.document);
    expect(issues.some((i) => i.area === 'theme' && i.path === '/theme/palette/text')).toBe(true);
    expect(issues[0]?.where).toBe('Theme › Palette › Text');
  });
});

describe('validation', () => {
  it('accepts the example document', () => {
    expect(validate(exampleSiteDocument())).toEqual([]);
  });

  it('reports an empty required heading with the page, section and field', () => {
    const state = run(start(), setHeading(''));
    const issues = validate(state.document);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      path: '/pages/0/sections/0/props/heading',
      message: 'must not be empty',
      area: 'section',
      pageSlug: 'index',
      sectionId: 'welcome',
      field: ['heading'],
      where: 'Page “Home” › Hero banner “welcome” › Heading',
    });
  });

  it('places a problem inside a list item and in a translation', () => {
    const doc = exampleSiteDocument();
    const features = doc.translations.pt?.pages[0]?.sections[1];
    if (features?.type !== 'features') throw new Error('the example has a Portuguese features section');
    features.props.items[2] = { title: '', body: 'x' };
    const [issue] = validate(doc);
    expect(issue).toMatchObject({
      locale: 'pt',
      pageSlug: 'index',
      sectionId: 'why-us',
      field: ['items', 2, 'title'],
      where: 'pt translation › Page “Início” › Features “why-us” › Items 3 › Title',
    });
  });

  it('reports a link to a page that does not exist', () => {
    const state = run(start(), {
      type: 'setProp',
      sectionId: 'visit-cta',
      path: ['actions', 0, 'href'],
      value: '/prices',
    });
    const [issue] = validate(state.document);
    expect(issue?.sectionId).toBe('visit-cta');
    expect(issue?.message).toMatch(/links to page "\/prices", which does not exist/);
  });
});

describe('dirty tracking', () => {
  it('is clean at first, dirty after an edit, clean again when undone or saved', () => {
    const clean = start();
    expect(isDirty(clean)).toBe(false);
    const edited = run(clean, setHeading('Fresh'));
    expect(isDirty(edited)).toBe(true);
    expect(isDirty(run(edited, { type: 'undo' }))).toBe(false);

    const saved = run(edited, { type: 'markSaved', revision: 'rev-2', document: edited.document });
    expect(isDirty(saved)).toBe(false);
    expect(saved.revision).toBe('rev-2');
    // Undo after saving goes back to the old text, which now differs from what is stored.
    expect(isDirty(run(saved, { type: 'undo' }))).toBe(true);
  });

  it('stays dirty when edits continued while a save was under way', () => {
    const sent = run(start(), setHeading('Fresh'));
    const typedOn = run(sent, setHeading('Fresh bread'));
    const saved = run(typedOn, { type: 'markSaved', revision: 'rev-2', document: sent.document });
    expect(isDirty(saved)).toBe(true);
    expect(saved.revision).toBe('rev-2');
  });

  it('treats removing an optional prop and restoring it as no change', () => {
    const state = run(
      start(),
      { type: 'setProp', sectionId: 'welcome', path: ['eyebrow'], value: undefined },
      { type: 'setProp', sectionId: 'welcome', path: ['eyebrow'], value: 'Porto · since 1962' },
    );
    expect(isDirty(state)).toBe(false);
  });

  it('starts over from stored content on load', () => {
    const other = exampleSiteDocument();
    other.name = 'Someone else saved this';
    const state = run(start(), setHeading('Mine'), { type: 'load', revision: 'rev-9', document: other });
    expect(state.document.name).toBe('Someone else saved this');
    expect(isDirty(state)).toBe(false);
    expect(canUndo(state)).toBe(false);
  });
});

describe('improving a section', () => {
  const improved = (): HeroSection => ({
    id: 'welcome',
    type: 'hero',
    props: { heading: 'Warm bread from 7 am', subheading: 'Shorter and friendlier.', actions: [] },
  });

  it('applies the rewrite as one undoable step', () => {
    const state = run(start(), { type: 'replaceSection', section: improved() });
    expect(heroHeading(state.document)).toBe('Warm bread from 7 am');
    expect(heroHeading(state.document, 'pt')).toBe('Pão que vale a travessia da ponte');
    expect(state.past).toHaveLength(1);
    expect(run(state, { type: 'undo' }).document).toEqual(exampleSiteDocument());
    expectValid(state.document);
  });

  it("applies the translations' rewrites too when there are some", () => {
    const pt: HeroSection = { ...improved(), props: { heading: 'Pão quente desde as 7h', actions: [] } };
    const state = run(start(), { type: 'replaceSection', section: improved(), translations: { pt } });
    expect(heroHeading(state.document, 'pt')).toBe('Pão quente desde as 7h');
  });

  it('keeps locales in step when the rewrite changes the section type', () => {
    const asText: Section = {
      id: 'welcome',
      type: 'text',
      props: { heading: 'Welcome', blocks: [{ kind: 'paragraph', text: 'Fresh bread.' }] },
    };
    const state = run(start(), { type: 'replaceSection', section: asText });
    expect(state.document.translations.pt?.pages[0]?.sections[0]?.type).toBe('text');
    expectValid(state.document);
  });

  it('refuses a rewrite of a section that is gone', () => {
    const state = run(start(), { type: 'replaceSection', section: { ...improved(), id: 'nowhere' } });
    expect(state.refusal).toMatch(/no longer on any page/);
  });
});
