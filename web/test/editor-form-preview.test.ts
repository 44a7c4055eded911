import {
  exampleSiteDocument,
  SECTION_TYPES,
  type Section,
  type SiteDocument,
  validateSiteDocument,
} from '@pagemagic/crds/site-document';
import { renderSite } from '@pagemagic/operator/render';
import { describe, expect, it } from 'vitest';
import { previewPages } from '../lib/editor/preview-pages.ts';
import {
  defaultValue,
  type FieldSchema,
  sectionPropsSchema,
  singularLabel,
} from '../lib/editor/schema-form.ts';
import { defaultSection } from '../lib/editor/section-defaults.ts';
import { editorReducer, initialEditorState } from '../lib/editor/state.ts';
import { selfContainedPage } from '../lib/preview-html.ts';

/** Paths of every field a person can type or choose a value in, with list rows written as "*". */
function editablePaths(field: FieldSchema, path: string[] = []): string[] {
  switch (field.kind) {
    case 'text':
    case 'choice':
    case 'number':
    case 'boolean':
      return [path.join('.')];
    case 'fixed':
      return [];
    case 'fact':
      return editablePaths(field.value, path);
    case 'object':
      return field.fields.flatMap((child) => editablePaths(child.schema, [...path, child.key]));
    case 'list':
      return editablePaths(field.item, [...path, '*']);
    case 'variant':
      return [
        [...path, field.tag].join('.'),
        ...field.variants.flatMap((variant) => editablePaths(variant.schema, path)),
      ];
  }
}

/** Paths of every string, number and boolean in a value, list rows written as "*". */
function leafPaths(value: unknown, path: string[] = []): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => leafPaths(item, [...path, '*']));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  }
  return [path.join('.')];
}

function allSections(doc: SiteDocument): Section[] {
  return doc.pages.flatMap((page) => page.sections);
}

describe('section forms from the schema', () => {
  it('has a field for every value of every section in the example site', () => {
    const sections = allSections(exampleSiteDocument());
    // The example uses every section type, so this covers them all.
    expect(new Set(sections.map((s) => s.type))).toEqual(new Set(SECTION_TYPES));
    for (const section of sections) {
      const editable = new Set(editablePaths(sectionPropsSchema(section.type)));
      const missing = leafPaths(section.props).filter((path) => !editable.has(path));
      expect({ type: section.type, missing }).toEqual({ type: section.type, missing: [] });
    }
  });

  it('edits long text in a text area and short text in a field', () => {
    const about = sectionPropsSchema('about');
    const paragraphs = about.fields.find((f) => f.key === 'paragraphs')?.schema;
    expect(paragraphs?.kind === 'list' && paragraphs.item).toMatchObject({ kind: 'text', multiline: true });
    const heading = about.fields.find((f) => f.key === 'heading');
    expect(heading).toMatchObject({
      required: true,
      schema: { kind: 'text', multiline: false, maxLength: 100 },
    });
  });

  it('starts a new hero action as a link to the home page', () => {
    const actions = sectionPropsSchema('hero').fields.find((f) => f.key === 'actions')?.schema;
    if (actions?.kind !== 'list') throw new Error('hero actions are a list');
    expect(defaultValue(actions.item)).toEqual({ label: '', href: '/' });
    expect(singularLabel('actions')).toBe('Action');
  });

  it('adds an image that the schema accepts', () => {
    const gallery = sectionPropsSchema('gallery').fields.find((f) => f.key === 'items')?.schema;
    if (gallery?.kind !== 'list') throw new Error('gallery items are a list');
    const item = defaultValue(gallery.item) as { image: unknown };
    const doc = exampleSiteDocument();
    const section = doc.pages[1]?.sections[1];
    if (section?.type !== 'gallery') throw new Error('the menu page has a gallery second');
    section.props.items.push({ image: item.image as (typeof section.props.items)[number]['image'] });
    expect(validateSiteDocument(doc)).toMatchObject({ ok: true });
  });
});

describe('the preview', () => {
  const doc = exampleSiteDocument();
  const site = renderSite(doc, { baseUrl: 'https://preview.invalid' });
  const pages = previewPages(doc, site.pages);

  it('finds the file of each page in each locale', () => {
    expect(pages.fileOf('en', 'index')).toBe('/index.html');
    expect(pages.fileOf('en', 'menu')).toBe('/menu/index.html');
    expect(pages.fileOf('pt', 'menu')).toBe('/pt/menu/index.html');
    expect(pages.fileOf('en', 'nowhere')).toBeUndefined();
  });

  it('tells which page a link inside the preview goes to', () => {
    expect(pages.atPath('/pt/menu/')).toMatchObject({
      locale: 'pt',
      pageSlug: 'menu',
      file: '/pt/menu/index.html',
    });
    expect(pages.atPath('/contact')).toMatchObject({ locale: 'en', pageSlug: 'contact' });
    const post = pages.atPath('/blog/why-we-bake-at-4am/');
    expect(post?.file).toBe('/blog/why-we-bake-at-4am/index.html');
    expect(post?.pageSlug).toBeUndefined();
    expect(pages.atPath('/elsewhere/')).toBeUndefined();
  });

  it('renders sections with their ids, so a click in the preview can select one', () => {
    const html = selfContainedPage(site.files, '/index.html') ?? '';
    for (const section of doc.pages[0]?.sections ?? []) expect(html).toContain(`id="${section.id}"`);
    // The frame cannot fetch files: images the page refers to are inlined.
    expect(html).not.toMatch(/src="\/[^"]+\.svg"/);
  });

  it('shows an edit in the rendered page', () => {
    const edited = editorReducer(initialEditorState(doc, 'rev-1'), {
      type: 'setProp',
      sectionId: 'welcome',
      path: ['heading'],
      value: 'Warm bread by the river',
    }).document;
    const html = selfContainedPage(
      renderSite(edited, { baseUrl: 'https://preview.invalid' }).files,
      '/index.html',
    );
    expect(html).toContain('Warm bread by the river');
    expect(html).not.toContain('Bread worth crossing the bridge for');
  });

  it.each(SECTION_TYPES)('renders a newly added %s section', (type) => {
    const withNew = structuredClone(doc);
    withNew.pages[0]?.sections.push(defaultSection(type, `new-${type}`));
    withNew.translations.pt?.pages[0]?.sections.push(defaultSection(type, `new-${type}`));
    const html = selfContainedPage(
      renderSite(withNew, { baseUrl: 'https://preview.invalid' }).files,
      '/index.html',
    );
    expect(html).toContain(`id="new-${type}"`);
  });
});
