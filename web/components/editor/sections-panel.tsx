'use client';

// The sections of the chosen page, in order: choose one to edit, move it up or down, remove it, or add a
// section of any type after the chosen one.

import { type Page, SECTION_TYPES, type SectionType, type SiteDocument } from '@pagemagic/crds/site-document';
import { useId, useState } from 'react';
import { MAX_SECTIONS_PER_PAGE, newSectionId } from '@/lib/editor/document.ts';
import { sectionTitle } from '@/lib/editor/schema-form.ts';
import { SECTION_TYPE_LABELS } from '@/lib/editor/section-defaults.ts';
import type { EditorAction } from '@/lib/editor/state.ts';
import type { EditorIssue } from '@/lib/editor/validation.ts';
import { BUTTON, INPUT, LABEL, PANEL, PANEL_HEADING, SMALL_BUTTON } from './styles.ts';

export interface SectionsPanelProps {
  document: SiteDocument;
  page: Page;
  selectedSectionId: string | undefined;
  issues: readonly EditorIssue[];
  onSelect: (sectionId: string) => void;
  dispatch: (action: EditorAction) => void;
}

export function SectionsPanel({
  document,
  page,
  selectedSectionId,
  issues,
  onSelect,
  dispatch,
}: SectionsPanelProps) {
  const [newType, setNewType] = useState<SectionType>('text');
  const headingId = useId();
  const typeId = useId();
  const selectedIndex = page.sections.findIndex((section) => section.id === selectedSectionId);
  const full = page.sections.length >= MAX_SECTIONS_PER_PAGE;

  const addSection = () => {
    const id = newSectionId(document, newType);
    const index = selectedIndex >= 0 ? selectedIndex + 1 : page.sections.length;
    dispatch({ type: 'addSection', pageSlug: page.slug, sectionType: newType, index, id });
    if (!full) onSelect(id);
  };

  return (
    <section aria-labelledby={headingId} className={PANEL}>
      <h2 id={headingId} className={PANEL_HEADING}>
        Sections on “{page.title || page.slug}”
      </h2>
      <ol className="mt-3 space-y-1">
        {page.sections.map((section, index) => {
          const current = section.id === selectedSectionId;
          const name = `${SECTION_TYPE_LABELS[section.type]}: ${sectionTitle(section)}`;
          // The buttons' names use the id, not the text being edited, so no name changes while typing.
          const handle = `${SECTION_TYPE_LABELS[section.type]} “${section.id}”`;
          const problems = issues.filter((issue) => issue.sectionId === section.id).length;
          return (
            <li key={section.id} className="flex items-center gap-1">
              <button
                type="button"
                aria-current={current ? 'true' : undefined}
                onClick={() => onSelect(section.id)}
                className={`min-w-0 flex-1 rounded-md px-2 py-1.5 text-left text-sm ${
                  current ? 'bg-brand-100 font-semibold text-brand-800' : 'text-slate-800 hover:bg-slate-100'
                }`}
              >
                <span className="block truncate">{name}</span>
                {problems > 0 ? (
                  <span className="text-xs font-semibold text-red-800">
                    {problems} {problems === 1 ? 'problem' : 'problems'}
                  </span>
                ) : null}
              </button>
              <button
                type="button"
                className={SMALL_BUTTON}
                disabled={index === 0}
                aria-label={`Move ${handle} up`}
                title="Move up"
                onClick={() => dispatch({ type: 'moveSection', sectionId: section.id, to: index - 1 })}
              >
                ↑
              </button>
              <button
                type="button"
                className={SMALL_BUTTON}
                disabled={index === page.sections.length - 1}
                aria-label={`Move ${handle} down`}
                title="Move down"
                onClick={() => dispatch({ type: 'moveSection', sectionId: section.id, to: index + 1 })}
              >
                ↓
              </button>
              <button
                type="button"
                className={SMALL_BUTTON}
                disabled={page.sections.length <= 1}
                aria-label={`Remove ${handle}`}
                title="Remove"
                onClick={() => dispatch({ type: 'removeSection', sectionId: section.id })}
              >
                ✕
              </button>
            </li>
          );
        })}
      </ol>
      <div className="mt-4 flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={typeId} className={LABEL}>
            Kind of section to add
          </label>
          <select
            id={typeId}
            value={newType}
            onChange={(event) => setNewType(event.target.value as SectionType)}
            className={INPUT}
          >
            {SECTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {SECTION_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className={BUTTON} onClick={addSection} disabled={full}>
          Add section
        </button>
      </div>
      {full ? (
        <p className="mt-2 text-sm text-slate-700">
          A page can have at most {MAX_SECTIONS_PER_PAGE} sections; remove one to add another.
        </p>
      ) : null}
    </section>
  );
}
