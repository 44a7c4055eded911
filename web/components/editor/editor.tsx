'use client';

// The visual editor: pages, sections, the selected section's fields and the theme on the left, the site
// rendered in the browser on the right, undo/redo and save on top. The document lives in a reducer
// (web/lib/editor/state.ts); this component holds only what is on screen (which page, section and preview).

import type { SiteDocument } from '@pagemagic/crds/site-document';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useMemo, useReducer, useRef, useState, useTransition } from 'react';
import {
  type ImproveResult,
  loadSiteContent,
  saveSiteContent,
} from '@/app/(app)/sites/[siteId]/edit/actions.ts';
import { HOME_SLUG, locateSection } from '@/lib/editor/document.ts';
import { previewPages } from '@/lib/editor/preview-pages.ts';
import { SECTION_TYPE_LABELS } from '@/lib/editor/section-defaults.ts';
import {
  canRedo,
  canUndo,
  editorReducer,
  initialEditorState,
  isDirty,
  redoLabel,
  undoLabel,
  validate,
} from '@/lib/editor/state.ts';
import { type EditorIssue, missingFacts } from '@/lib/editor/validation.ts';
import { ImproveSection } from './improve-section.tsx';
import { IssuesList } from './issues-list.tsx';
import { MissingFacts } from './missing-facts.tsx';
import { type NarrowView, NarrowViewToggle, shownWhen } from './narrow-view.tsx';
import { PagesPanel } from './pages-panel.tsx';
import { PinNotice, UnpinnedNotice } from './pin-notice.tsx';
import { Preview } from './preview.tsx';
import { fieldId, SectionForm } from './section-form.tsx';
import { SectionsPanel } from './sections-panel.tsx';
import { type Shortcut, shortcutOf, wantsNativeUndo } from './shortcuts.ts';
import { BUTTON, INPUT, LABEL, PANEL, PANEL_HEADING, PRIMARY_BUTTON } from './styles.ts';
import { ThemePanel } from './theme-panel.tsx';
import { useRenderedSite } from './use-rendered-site.ts';
import { LEAVE_QUESTION, useUnsavedChangesGuard } from './use-unsaved-changes-guard.ts';

export interface EditorProps {
  siteId: string;
  revision: string;
  document: SiteDocument;
  /** The Build pinned as live when the editor opened, if any. */
  pinnedBuild?: string;
}

interface SaveProblem {
  error: string;
  /** Someone else saved since this editor loaded: offer to load their version. */
  conflict: boolean;
}

function firstSectionOf(doc: SiteDocument, slug: string): string | undefined {
  return doc.pages.find((page) => page.slug === slug)?.sections[0]?.id;
}

export function Editor({ siteId, revision, document: initialDocument, pinnedBuild }: EditorProps) {
  const router = useRouter();
  const [state, dispatch] = useReducer(editorReducer, undefined, () =>
    initialEditorState(initialDocument, revision),
  );
  const doc = state.document;
  const startSlug = initialDocument.pages.some((page) => page.slug === HOME_SLUG)
    ? HOME_SLUG
    : (initialDocument.pages[0]?.slug ?? HOME_SLUG);
  const [selectedSlug, setSelectedSlug] = useState(startSlug);
  const [selectedSectionId, setSelectedSectionId] = useState(firstSectionOf(initialDocument, startSlug));
  const [previewLocale, setPreviewLocale] = useState(initialDocument.defaultLocale);
  /** A file the preview shows that is not one of the pages in the panel (a blog post). */
  const [previewFileOverride, setPreviewFileOverride] = useState<string>();
  const [revealToken, setRevealToken] = useState(0);
  const [pendingFocus, setPendingFocus] = useState<string>();
  const [saving, startSaving] = useTransition();
  const [saveProblem, setSaveProblem] = useState<SaveProblem>();
  const [savedHere, setSavedHere] = useState(false);
  const [pinned, setPinned] = useState(pinnedBuild);
  const [keepPin, setKeepPin] = useState(false);
  const [unpinned, setUnpinned] = useState<string>();
  const [narrowView, setNarrowView] = useState<NarrowView>('form');
  const rootRef = useRef<HTMLDivElement>(null);
  const languageId = useId();
  const previewHeadingId = useId();
  const sectionHeadingId = useId();

  // A page or section removed (or undone away) is no longer selected: fall back to what is there.
  const page = doc.pages.find((candidate) => candidate.slug === selectedSlug) ?? doc.pages[0];
  const section =
    page?.sections.find((candidate) => candidate.id === selectedSectionId) ?? page?.sections[0] ?? undefined;

  const issues = validate(doc);
  const valid = issues.length === 0;
  const dirty = isDirty(state);
  const defaultIssues = issues.filter((issue) => issue.locale === undefined);
  useUnsavedChangesGuard(dirty, rootRef);

  const rendered = useRenderedSite(doc);
  const pages = useMemo(
    () =>
      rendered.site && rendered.rendered ? previewPages(rendered.rendered, rendered.site.pages) : undefined,
    [rendered.site, rendered.rendered],
  );
  const previewFile =
    previewFileOverride ??
    (page
      ? (pages?.fileOf(previewLocale, page.slug) ?? pages?.fileOf(doc.defaultLocale, page.slug))
      : undefined) ??
    '/index.html';
  const sectionIds = useMemo(
    () => new Set(doc.pages.flatMap((p) => p.sections.map((s) => s.id))),
    [doc.pages],
  );

  const runShortcut = useCallback((shortcut: Shortcut) => dispatch({ type: shortcut }), []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (wantsNativeUndo(event.target)) return;
      const shortcut = shortcutOf(event);
      if (!shortcut) return;
      event.preventDefault();
      runShortcut(shortcut);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [runShortcut]);

  // "Go to" a problem: the field exists only once its section is selected and rendered.
  useEffect(() => {
    if (!pendingFocus) return;
    const element = window.document.getElementById(pendingFocus);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus();
    }
    setPendingFocus(undefined);
  }, [pendingFocus]);

  const selectPage = (slug: string) => {
    setSelectedSlug(slug);
    setSelectedSectionId(firstSectionOf(doc, slug));
    setPreviewFileOverride(undefined);
  };

  const selectSection = (sectionId: string) => {
    setSelectedSectionId(sectionId);
    setRevealToken((token) => token + 1);
  };

  const openPreviewFile = (file: string) => {
    const target = pages?.atFile(file);
    if (!target) return;
    setPreviewLocale(target.locale);
    if (target.pageSlug && doc.pages.some((candidate) => candidate.slug === target.pageSlug)) {
      setSelectedSlug(target.pageSlug);
      setSelectedSectionId(firstSectionOf(doc, target.pageSlug));
      setPreviewFileOverride(undefined);
    } else {
      setPreviewFileOverride(file);
    }
  };

  const selectFromPreview = (sectionId: string) => {
    const place = locateSection(doc, sectionId);
    if (!place) return;
    // On a phone, tapping a section in the preview is asking to change it: its fields come up.
    setNarrowView('form');
    setSelectedSlug(place.page.slug);
    setSelectedSectionId(sectionId);
  };

  /** Shows the form or the preview on a narrow screen, from its start (the other one may have been long). */
  const showNarrowView = (view: NarrowView) => {
    setNarrowView(view);
    window.requestAnimationFrame(() => rootRef.current?.scrollIntoView({ block: 'start' }));
  };

  const goToIssue = (issue: EditorIssue) => {
    setNarrowView('form');
    if (issue.area === 'theme' || issue.path === '/name') {
      setPendingFocus(undefined);
      // After the frame that shows the form, in case the preview was shown instead.
      window.requestAnimationFrame(() =>
        rootRef.current?.querySelector<HTMLElement>('[data-theme-panel]')?.scrollIntoView({ block: 'start' }),
      );
      return;
    }
    if (issue.pageSlug && doc.pages.some((candidate) => candidate.slug === issue.pageSlug)) {
      setSelectedSlug(issue.pageSlug);
      setPreviewFileOverride(undefined);
    }
    if (issue.sectionId) {
      setSelectedSectionId(issue.sectionId);
      setRevealToken((token) => token + 1);
      if (issue.locale === undefined) setPendingFocus(fieldId(issue.sectionId, issue.field ?? []));
    }
  };

  const save = () => {
    const sent = state.document;
    const base = state.revision;
    setSaveProblem(undefined);
    startSaving(async () => {
      const result = await saveSiteContent(siteId, sent, base, keepPin);
      if (result.ok) {
        dispatch({ type: 'markSaved', revision: result.revision, document: sent });
        setSavedHere(true);
        setUnpinned(result.unpinned);
        if (result.unpinned) setPinned(undefined);
        router.refresh();
      } else {
        setSaveProblem({ error: result.error, conflict: result.conflict });
      }
    });
  };

  const reload = () => {
    if (dirty && !window.confirm(LEAVE_QUESTION)) return;
    startSaving(async () => {
      const result = await loadSiteContent(siteId);
      if (result.ok) {
        dispatch({ type: 'load', revision: result.revision, document: result.document });
        setSaveProblem(undefined);
        setSavedHere(false);
      } else {
        setSaveProblem({ error: result.error, conflict: true });
      }
    });
  };

  const applyImprovement = (result: Extract<ImproveResult, { ok: true }>) => {
    dispatch({ type: 'replaceSection', section: result.section, translations: result.translations });
    setRevealToken((token) => token + 1);
  };

  const status = saving
    ? 'Saving…'
    : dirty
      ? valid
        ? 'Unsaved changes'
        : `Unsaved changes: fix ${issues.length === 1 ? 'one problem' : `${issues.length} problems`} to save`
      : savedHere
        ? 'Saved'
        : 'No changes yet';

  const sectionIssues = section
    ? defaultIssues.filter((issue) => issue.sectionId === section.id && issue.area === 'section')
    : [];
  const themeIssues = issues.filter((issue) => issue.area === 'theme' || issue.path === '/name');

  return (
    <div ref={rootRef} className="space-y-4">
      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center gap-2 border-b border-slate-200 bg-slate-50/95 px-4 py-2 backdrop-blur">
        <button
          type="button"
          className={BUTTON}
          disabled={!canUndo(state)}
          onClick={() => dispatch({ type: 'undo' })}
          title={canUndo(state) ? `Undo: ${undoLabel(state)} (Ctrl+Z)` : 'Nothing to undo'}
        >
          Undo
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={!canRedo(state)}
          onClick={() => dispatch({ type: 'redo' })}
          title={canRedo(state) ? `Redo: ${redoLabel(state)} (Shift+Ctrl+Z)` : 'Nothing to redo'}
        >
          Redo
        </button>
        <button type="button" className={PRIMARY_BUTTON} disabled={saving || !dirty || !valid} onClick={save}>
          Save
        </button>
        <p role="status" aria-live="polite" className="text-sm text-slate-800">
          {status}
        </p>
        <NarrowViewToggle view={narrowView} onChange={showNarrowView} />
      </div>

      {state.refusal ? (
        <p
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {state.refusal}
        </p>
      ) : null}
      {saveProblem ? (
        <div
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          <p>
            {saveProblem.conflict
              ? `Not saved: someone else saved this site after you opened the editor. ${saveProblem.error}`
              : `Not saved: ${saveProblem.error}`}
          </p>
          {saveProblem.conflict ? (
            <p className="mt-2">
              <button type="button" className={BUTTON} onClick={reload} disabled={saving}>
                Load the latest version
              </button>{' '}
              <span>Your changes here will be replaced; note down what you want to keep first.</span>
            </p>
          ) : null}
        </div>
      ) : null}

      {pinned ? (
        <PinNotice siteId={siteId} pinnedBuild={pinned} keepPin={keepPin} onKeepPinChange={setKeepPin} />
      ) : null}
      {unpinned && !dirty ? <UnpinnedNotice siteId={siteId} unpinned={unpinned} /> : null}

      <IssuesList issues={issues} onGoTo={goToIssue} />
      <MissingFacts document={doc} facts={missingFacts(doc)} onGoTo={goToIssue} />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <div className={`min-w-0 space-y-4 ${shownWhen('form', narrowView)}`}>
          <PagesPanel
            document={doc}
            selectedSlug={page?.slug ?? ''}
            issues={defaultIssues}
            onSelect={selectPage}
            dispatch={dispatch}
          />
          {page ? (
            <SectionsPanel
              document={doc}
              page={page}
              selectedSectionId={section?.id}
              issues={defaultIssues}
              onSelect={selectSection}
              dispatch={dispatch}
            />
          ) : null}
          {section ? (
            <section aria-labelledby={sectionHeadingId} className={PANEL}>
              <h2 id={sectionHeadingId} className={PANEL_HEADING}>
                {SECTION_TYPE_LABELS[section.type]} “{section.id}”
              </h2>
              <div className="mt-3 space-y-4">
                <SectionForm key={section.id} section={section} issues={sectionIssues} dispatch={dispatch} />
                <ImproveSection
                  key={`improve-${section.id}`}
                  siteId={siteId}
                  document={doc}
                  sectionId={section.id}
                  documentIsValid={valid}
                  onImproved={applyImprovement}
                />
              </div>
            </section>
          ) : null}
          <div data-theme-panel>
            <ThemePanel document={doc} issues={themeIssues} dispatch={dispatch} />
          </div>
        </div>

        <section
          aria-labelledby={previewHeadingId}
          className={`min-w-0 self-start lg:sticky lg:top-16 ${shownWhen('preview', narrowView)}`}
        >
          <div className="mb-2 flex flex-wrap items-end justify-between gap-2">
            <h2 id={previewHeadingId} className={PANEL_HEADING}>
              Preview
            </h2>
            {doc.locales.length > 1 ? (
              <div className="flex items-center gap-2">
                <label htmlFor={languageId} className={LABEL}>
                  Preview language
                </label>
                <select
                  id={languageId}
                  value={previewLocale}
                  onChange={(event) => {
                    setPreviewLocale(event.target.value);
                    setPreviewFileOverride(undefined);
                  }}
                  className={`${INPUT} mt-0 w-auto`}
                >
                  {doc.locales.map((locale) => (
                    <option key={locale} value={locale}>
                      {locale}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
          </div>
          <Preview
            site={rendered.site}
            renderError={rendered.error}
            pages={pages}
            file={previewFile}
            siteName={doc.name}
            selectedSectionId={section?.id}
            revealToken={revealToken}
            sectionIds={sectionIds}
            onOpenFile={openPreviewFile}
            onSelectSection={selectFromPreview}
            onShortcut={runShortcut}
          />
        </section>
      </div>
    </div>
  );
}
