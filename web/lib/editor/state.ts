// The editor's state: the site document being edited, the document as last saved, and undo/redo history.
// A pure reducer with no React in it, so every edit is tested without a browser. Edits that the schema
// would refuse structurally (removing the home page, a page's last section) are refused here with a
// message saying why; edits that only make content invalid (an empty heading) are allowed and reported by
// validate(), so a person can clear a field and type a new value.

import {
  type Page,
  relativeLuminance,
  SECTION_TYPES,
  type Section,
  type SectionType,
  type SiteDocument,
  type Theme,
} from '@pagemagic/crds/site-document';
import {
  dropPageLinks,
  dropSectionAnchors,
  getIn,
  HOME_SLUG,
  insertAt,
  isSlug,
  locateSection,
  MAX_NAVIGATION_ITEMS,
  MAX_PAGES,
  MAX_SECTIONS_PER_PAGE,
  mapDefaultTree,
  mapPage,
  mapSection,
  mapTrees,
  moveTo,
  newSectionId,
  type PropPath,
  pageHref,
  removeAt,
  retargetPageLinks,
  sameJson,
  setIn,
  slugFromTitle,
  uniqueSlug,
  usedSectionIds,
} from './document.ts';
import { defaultSection, SECTION_TYPE_LABELS } from './section-defaults.ts';
import { describeField, humanizeKey } from './validation.ts';

export { type EditorIssue, validate } from './validation.ts';

/** How many steps undo can go back; older steps are forgotten. */
export const HISTORY_LIMIT = 200;

export interface HistoryStep {
  /** The document before (in `past`) or after (in `future`) the step. */
  document: SiteDocument;
  /** What the step did, for the Undo/Redo buttons: "Edit heading". */
  label: string;
}

export interface EditorState {
  document: SiteDocument;
  /** The document as stored in `revision`; `dirty` compares against it. */
  savedDocument: SiteDocument;
  /** The content revision `savedDocument` is stored as: the base of the next save. */
  revision: string;
  /** Steps to undo, the most recent last. */
  past: HistoryStep[];
  /** Steps to redo, the next one last. */
  future: HistoryStep[];
  /** The field the last edit typed into; a further edit of the same field joins that undo step. */
  typingIn?: string;
  /** Why the last action was refused, to show the person; cleared by the next action that applies. */
  refusal?: string;
}

export type PaletteKey = keyof Theme['palette'];
export type FontRole = keyof Theme['typography'];

export type EditorAction =
  /**
   * Sets a value inside a section's props (default locale); `undefined` removes an optional prop. Typing
   * into one field is one undo step; `discrete` (a checkbox, a choice in a list) makes every change its own.
   */
  | { type: 'setProp'; sectionId: string; path: PropPath; value: unknown; discrete?: boolean }
  /** Adds a row to an array inside a section's props, at `index` (default: the end). */
  | { type: 'insertItem'; sectionId: string; path: PropPath; item: unknown; index?: number }
  | { type: 'removeItem'; sectionId: string; path: PropPath; index: number }
  | { type: 'moveSection'; sectionId: string; to: number }
  | { type: 'addSection'; pageSlug: string; sectionType: SectionType; index?: number; id?: string }
  | { type: 'removeSection'; sectionId: string }
  /** The AI's rewrite of one section; `translations` carries its rewrite in other locales, when it made one. */
  | { type: 'replaceSection'; section: Section; translations?: Record<string, Section> }
  | { type: 'addPage'; title: string; slug?: string }
  | { type: 'renamePage'; slug: string; title?: string; newSlug?: string }
  | { type: 'setPageSeo'; slug: string; field: 'title' | 'description'; value: string }
  | { type: 'removePage'; slug: string }
  | { type: 'setSiteName'; name: string }
  | { type: 'setPalette'; key: PaletteKey; value: string }
  | { type: 'setFont'; role: FontRole; font: Theme['typography']['heading'] }
  | { type: 'setRadius'; radius: Theme['radius'] }
  | { type: 'setMode'; mode: Theme['mode'] }
  /** Ends the current typing step (the field lost focus): the next keystroke starts a new undo step. */
  | { type: 'endTyping' }
  | { type: 'undo' }
  | { type: 'redo' }
  /** `document` was stored as `revision` (it may be older than the current document if edits went on). */
  | { type: 'markSaved'; revision: string; document: SiteDocument }
  /** Start over from stored content (after someone else saved): history is dropped. */
  | { type: 'load'; revision: string; document: SiteDocument };

export function initialEditorState(document: SiteDocument, revision: string): EditorState {
  return { document, savedDocument: document, revision, past: [], future: [] };
}

/** Whether the document differs from the saved one (an edit undone back to the saved text is clean). */
export function isDirty(state: EditorState): boolean {
  return !sameJson(state.document, state.savedDocument);
}

export function canUndo(state: EditorState): boolean {
  return state.past.length > 0;
}

export function canRedo(state: EditorState): boolean {
  return state.future.length > 0;
}

/** The label of the step Undo would revert, or undefined. */
export function undoLabel(state: EditorState): string | undefined {
  return state.past.at(-1)?.label;
}

export function redoLabel(state: EditorState): string | undefined {
  return state.future.at(-1)?.label;
}

interface Edit {
  document: SiteDocument;
  label: string;
  /** Consecutive edits with the same key form one undo step. */
  typingKey?: string;
}

type Outcome = Edit | { refusal: string };

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'undo': {
      const step = state.past.at(-1);
      if (!step) return state;
      return {
        ...state,
        document: step.document,
        past: state.past.slice(0, -1),
        future: [...state.future, { document: state.document, label: step.label }],
        typingIn: undefined,
        refusal: undefined,
      };
    }
    case 'redo': {
      const step = state.future.at(-1);
      if (!step) return state;
      return {
        ...state,
        document: step.document,
        past: bounded([...state.past, { document: state.document, label: step.label }]),
        future: state.future.slice(0, -1),
        typingIn: undefined,
        refusal: undefined,
      };
    }
    case 'endTyping':
      return state.typingIn === undefined ? state : { ...state, typingIn: undefined };
    case 'markSaved':
      return { ...state, savedDocument: action.document, revision: action.revision, refusal: undefined };
    case 'load':
      return initialEditorState(action.document, action.revision);
    default:
      return apply(state, edit(state.document, action));
  }
}

function apply(state: EditorState, outcome: Outcome): EditorState {
  if ('refusal' in outcome) return { ...state, refusal: outcome.refusal, typingIn: undefined };
  if (outcome.document === state.document) {
    return state.refusal === undefined ? state : { ...state, refusal: undefined };
  }
  const joinsStep =
    outcome.typingKey !== undefined && outcome.typingKey === state.typingIn && state.past.length > 0;
  return {
    ...state,
    document: outcome.document,
    // Joining keeps the step's "before" document: undo returns to where the typing started.
    past: joinsStep
      ? state.past
      : bounded([...state.past, { document: state.document, label: outcome.label }]),
    future: [],
    typingIn: outcome.typingKey,
    refusal: undefined,
  };
}

function bounded(past: HistoryStep[]): HistoryStep[] {
  return past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past;
}

function refuse(refusal: string): Outcome {
  return { refusal };
}

type EditAction = Exclude<EditorAction, { type: 'undo' | 'redo' | 'endTyping' | 'markSaved' | 'load' }>;

function edit(doc: SiteDocument, action: EditAction): Outcome {
  switch (action.type) {
    case 'setProp':
      return setProp(doc, action.sectionId, action.path, action.value, action.discrete ?? false);
    case 'insertItem':
      return insertItem(doc, action.sectionId, action.path, action.item, action.index);
    case 'removeItem':
      return removeItem(doc, action.sectionId, action.path, action.index);
    case 'moveSection':
      return moveSection(doc, action.sectionId, action.to);
    case 'addSection':
      return addSection(doc, action.pageSlug, action.sectionType, action.index, action.id);
    case 'removeSection':
      return removeSection(doc, action.sectionId);
    case 'replaceSection':
      return replaceSection(doc, action.section, action.translations ?? {});
    case 'addPage':
      return addPage(doc, action.title, action.slug);
    case 'renamePage':
      return renamePage(doc, action.slug, action.title, action.newSlug);
    case 'setPageSeo':
      return setPageSeo(doc, action.slug, action.field, action.value);
    case 'removePage':
      return removePage(doc, action.slug);
    case 'setSiteName':
      return {
        document: doc.name === action.name ? doc : { ...doc, name: action.name },
        label: 'Edit site name',
        typingKey: 'site:name',
      };
    case 'setPalette':
      return setTheme(
        doc,
        { palette: { ...doc.theme.palette, [action.key]: action.value } },
        {
          label: `Change ${humanizeKey(action.key).toLowerCase()} colour`,
          // A colour picker reports every position of the drag; one drag is one undo step.
          typingKey: `theme:palette:${action.key}`,
        },
      );
    case 'setFont':
      return setTheme(
        doc,
        { typography: { ...doc.theme.typography, [action.role]: action.font } },
        {
          label: `Change ${action.role} font`,
        },
      );
    case 'setRadius':
      return setTheme(doc, { radius: action.radius }, { label: 'Change corners' });
    case 'setMode':
      return setMode(doc, action.mode);
  }
}

function missingSection(sectionId: string): Outcome {
  return refuse(
    `Section “${sectionId}” is no longer on any page (it may have been removed); pick another section.`,
  );
}

function missingPage(slug: string): Outcome {
  return refuse(`Page “${slug}” is no longer in the site (it may have been removed); pick another page.`);
}

// ---------------------------------------------------------------------------------------------------------
// Section content

function withProps(section: Section, props: unknown): Section {
  // The schema, not the type system, checks what an edit put into props: validate() reports it.
  return { ...section, props } as Section;
}

function setProp(
  doc: SiteDocument,
  sectionId: string,
  path: PropPath,
  value: unknown,
  discrete: boolean,
): Outcome {
  if (!locateSection(doc, sectionId)) return missingSection(sectionId);
  const next = mapDefaultTree(doc, (content) =>
    mapSection(content, sectionId, (section) =>
      sameJson(getIn(section.props, path), value)
        ? section
        : withProps(section, setIn(section.props, path, value)),
    ),
  );
  return {
    document: next,
    label: `Edit ${describeField(path).toLowerCase() || 'section'}`,
    ...(discrete ? {} : { typingKey: `prop:${sectionId}:${JSON.stringify(path)}` }),
  };
}

function arrayAt(doc: SiteDocument, sectionId: string, path: PropPath): unknown[] | undefined {
  const place = locateSection(doc, sectionId);
  const value = place ? getIn(place.section.props, path) : undefined;
  return Array.isArray(value) ? value : undefined;
}

function insertItem(
  doc: SiteDocument,
  sectionId: string,
  path: PropPath,
  item: unknown,
  index: number | undefined,
): Outcome {
  if (!locateSection(doc, sectionId)) return missingSection(sectionId);
  const items = arrayAt(doc, sectionId, path) ?? [];
  const next = mapDefaultTree(doc, (content) =>
    mapSection(content, sectionId, (section) =>
      withProps(section, setIn(section.props, path, insertAt(items, index ?? items.length, item))),
    ),
  );
  return { document: next, label: `Add to ${describeField(path).toLowerCase()}` };
}

function removeItem(doc: SiteDocument, sectionId: string, path: PropPath, index: number): Outcome {
  if (!locateSection(doc, sectionId)) return missingSection(sectionId);
  const items = arrayAt(doc, sectionId, path);
  if (!items || index < 0 || index >= items.length) {
    return refuse(`There is no item ${index + 1} in ${describeField(path).toLowerCase()} to remove.`);
  }
  const next = mapDefaultTree(doc, (content) =>
    mapSection(content, sectionId, (section) =>
      withProps(section, setIn(section.props, path, removeAt(items, index))),
    ),
  );
  return { document: next, label: `Remove from ${describeField(path).toLowerCase()}` };
}

// ---------------------------------------------------------------------------------------------------------
// Sections

function moveSection(doc: SiteDocument, sectionId: string, to: number): Outcome {
  const place = locateSection(doc, sectionId);
  if (!place) return missingSection(sectionId);
  const target = Math.max(0, Math.min(to, place.page.sections.length - 1));
  if (target === place.sectionIndex) return { document: doc, label: 'Move section' };
  const slug = place.page.slug;
  const next = mapTrees(doc, (content) =>
    mapPage(content, slug, (page) => {
      const from = page.sections.findIndex((section) => section.id === sectionId);
      return from < 0 ? page : { ...page, sections: moveTo(page.sections, from, target) };
    }),
  );
  return { document: next, label: 'Move section' };
}

function addSection(
  doc: SiteDocument,
  pageSlug: string,
  sectionType: SectionType,
  index: number | undefined,
  wantedId: string | undefined,
): Outcome {
  if (!SECTION_TYPES.includes(sectionType)) {
    return refuse(`“${String(sectionType)}” is not a kind of section; choose one from the list.`);
  }
  const page = doc.pages.find((candidate) => candidate.slug === pageSlug);
  if (!page) return missingPage(pageSlug);
  if (page.sections.length >= MAX_SECTIONS_PER_PAGE) {
    return refuse(
      `Page “${page.title}” already has ${MAX_SECTIONS_PER_PAGE} sections, the most a page can have; remove one first or add a new page.`,
    );
  }
  if (wantedId !== undefined && usedSectionIds(doc).has(wantedId)) {
    return refuse(`The section id “${wantedId}” is already used; leave it out to get a new one.`);
  }
  const id = wantedId ?? newSectionId(doc, sectionType);
  const section = defaultSection(sectionType, id, page.title);
  const at = index ?? page.sections.length;
  // Translations get the same section, untranslated, so every locale keeps the same section ids in order.
  const next = mapTrees(doc, (content) =>
    mapPage(content, pageSlug, (candidate) => ({
      ...candidate,
      sections: insertAt(candidate.sections, at, structuredClone(section)),
    })),
  );
  return { document: next, label: `Add ${SECTION_TYPE_LABELS[sectionType].toLowerCase()} section` };
}

function removeSection(doc: SiteDocument, sectionId: string): Outcome {
  const place = locateSection(doc, sectionId);
  if (!place) return missingSection(sectionId);
  if (place.page.sections.length <= 1) {
    return refuse(
      `“${sectionId}” is the only section on page “${place.page.title}”, and a page needs at least one; add another section first, or remove the page.`,
    );
  }
  const slug = place.page.slug;
  const next = mapTrees(doc, (content) =>
    dropSectionAnchors(
      mapPage(content, slug, (page) => ({
        ...page,
        sections: page.sections.filter((section) => section.id !== sectionId),
      })),
      slug,
      sectionId,
    ),
  );
  return { document: next, label: 'Remove section' };
}

function replaceSection(doc: SiteDocument, section: Section, translations: Record<string, Section>): Outcome {
  const place = locateSection(doc, section.id);
  if (!place) return missingSection(section.id);
  const typeChanged = place.section.type !== section.type;
  const next = mapTrees(doc, (content, locale, isDefault) => {
    if (isDefault) return mapSection(content, section.id, () => section);
    const translated = translations[locale];
    if (translated && translated.id === section.id && translated.type === section.type) {
      return mapSection(content, section.id, () => translated);
    }
    // A section that changed type must change in every locale too (the schema compares types); until it is
    // translated, the other locales show the default locale's text.
    return typeChanged ? mapSection(content, section.id, () => structuredClone(section)) : content;
  });
  return { document: next, label: 'Improve section' };
}

// ---------------------------------------------------------------------------------------------------------
// Pages

function addPage(doc: SiteDocument, title: string, wantedSlug: string | undefined): Outcome {
  const cleanTitle = title.trim();
  if (cleanTitle === '') return refuse('Give the new page a title, such as “Menu” or “About us”.');
  if (cleanTitle.length > 80) return refuse('A page title can be at most 80 characters; shorten it.');
  if (doc.pages.length >= MAX_PAGES) {
    return refuse(`The site already has ${MAX_PAGES} pages, the most it can have; remove one first.`);
  }
  if (wantedSlug !== undefined && (!isSlug(wantedSlug) || wantedSlug === HOME_SLUG)) {
    return refuse(
      `“${wantedSlug}” cannot be a page address: use lowercase letters, digits and single hyphens, such as “our-menu”.`,
    );
  }
  const slug = uniqueSlug(doc, wantedSlug ?? slugFromTitle(cleanTitle));
  const sectionId = newSectionId(doc, 'hero');
  const page: Page = {
    slug,
    title: cleanTitle,
    seo: {
      title: `${cleanTitle} | ${doc.name}`.slice(0, 70),
      description: `${cleanTitle} at ${doc.name}.`.slice(0, 160),
    },
    sections: [defaultSection('hero', sectionId, cleanTitle)],
  };
  const link = { label: cleanTitle.slice(0, 40), href: pageHref(slug) };
  // Every locale gets the page (untranslated until it is translated) and, while there is room, a menu entry.
  const next = mapTrees(doc, (content) => ({
    ...content,
    pages: [...content.pages, structuredClone(page)],
    navigation:
      content.navigation.items.length < MAX_NAVIGATION_ITEMS
        ? { ...content.navigation, items: [...content.navigation.items, { ...link }] }
        : content.navigation,
  }));
  return { document: next, label: 'Add page' };
}

function renamePage(
  doc: SiteDocument,
  slug: string,
  title: string | undefined,
  newSlug: string | undefined,
): Outcome {
  const page = doc.pages.find((candidate) => candidate.slug === slug);
  if (!page) return missingPage(slug);
  let next = doc;
  if (title !== undefined && title !== page.title) {
    next = mapDefaultTree(next, (content) => {
      // A menu entry that carried the page's old title follows the new one.
      const items = content.navigation.items.map((link) =>
        link.href === pageHref(slug) && link.label === page.title.slice(0, 40)
          ? { ...link, label: title.slice(0, 40) }
          : link,
      );
      const renamed = mapPage(content, slug, (candidate) => ({ ...candidate, title }));
      return { ...renamed, navigation: { ...content.navigation, items } };
    });
  }
  if (newSlug !== undefined && newSlug !== slug) {
    if (slug === HOME_SLUG) {
      return refuse('The home page’s address is always “/”; it cannot be changed.');
    }
    if (newSlug === HOME_SLUG) {
      return refuse('“index” is the home page’s address; choose another address for this page.');
    }
    if (!isSlug(newSlug)) {
      return refuse(
        `“${newSlug}” cannot be a page address: use lowercase letters, digits and single hyphens, such as “our-menu”.`,
      );
    }
    if (doc.pages.some((candidate) => candidate.slug === newSlug)) {
      return refuse(`Another page already uses the address “/${newSlug}”; choose a different one.`);
    }
    next = mapTrees(next, (content) =>
      retargetPageLinks(
        mapPage(content, slug, (candidate) => ({ ...candidate, slug: newSlug })),
        slug,
        newSlug,
      ),
    );
  }
  const label = newSlug !== undefined && newSlug !== slug ? 'Change page address' : 'Rename page';
  return {
    document: next,
    label,
    ...(newSlug === undefined ? { typingKey: `page:${slug}:title` } : {}),
  };
}

function setPageSeo(doc: SiteDocument, slug: string, field: 'title' | 'description', value: string): Outcome {
  if (!doc.pages.some((page) => page.slug === slug)) return missingPage(slug);
  const next = mapDefaultTree(doc, (content) =>
    mapPage(content, slug, (page) =>
      page.seo[field] === value ? page : { ...page, seo: { ...page.seo, [field]: value } },
    ),
  );
  return {
    document: next,
    label: field === 'title' ? 'Edit search title' : 'Edit search description',
    typingKey: `page:${slug}:seo:${field}`,
  };
}

function removePage(doc: SiteDocument, slug: string): Outcome {
  const page = doc.pages.find((candidate) => candidate.slug === slug);
  if (!page) return missingPage(slug);
  if (slug === HOME_SLUG) {
    return refuse('The home page cannot be removed: every site needs one. Change its sections instead.');
  }
  if (doc.pages.length <= 1) return refuse('A site needs at least one page; this is the last one.');
  const next = mapTrees(doc, (content) =>
    dropPageLinks({ ...content, pages: content.pages.filter((candidate) => candidate.slug !== slug) }, slug),
  );
  return { document: next, label: `Remove page “${page.title}”` };
}

// ---------------------------------------------------------------------------------------------------------
// Theme

function setTheme(doc: SiteDocument, change: Partial<Theme>, edit: Omit<Edit, 'document'>): Outcome {
  const theme = { ...doc.theme, ...change };
  return { ...edit, document: sameJson(theme, doc.theme) ? doc : { ...doc, theme } };
}

/** Whether a background reads as light: dark text on it has more contrast than light text. */
function isLight(hex: string): boolean {
  if (!/^#[0-9a-fA-F]{6}$/.test(hex)) return true;
  const l = relativeLuminance(hex);
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05);
}

/**
 * Switching between light and dark also turns the palette around when it does not match the mode:
 * background and text swap, and so do surface and muted text. Every pair the schema checks for contrast
 * (text and muted text on background and surface) keeps its exact ratio, so a valid palette stays valid.
 */
function setMode(doc: SiteDocument, mode: Theme['mode']): Outcome {
  const { palette } = doc.theme;
  const mismatched = isLight(palette.background) === (mode === 'dark');
  const swapped = mismatched
    ? {
        ...palette,
        background: palette.text,
        text: palette.background,
        surface: palette.mutedText,
        mutedText: palette.surface,
      }
    : palette;
  return setTheme(
    doc,
    { mode, palette: swapped },
    { label: mode === 'dark' ? 'Switch to dark' : 'Switch to light' },
  );
}
