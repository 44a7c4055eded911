'use client';

// The site's pages: choose one to edit, add one, and change the chosen page's title, address and search
// engine text, or remove it. The home page keeps its address and cannot be removed.

import type { Page, SiteDocument } from '@pagemagic/crds/site-document';
import { type FormEvent, useId, useState } from 'react';
import { HOME_SLUG, isSlug, pageHref, slugFromTitle, uniqueSlug } from '@/lib/editor/document.ts';
import type { EditorAction } from '@/lib/editor/state.ts';
import type { EditorIssue } from '@/lib/editor/validation.ts';
import { BUTTON, DANGER_BUTTON, INPUT, LABEL, PANEL, PANEL_HEADING } from './styles.ts';

export interface PagesPanelProps {
  document: SiteDocument;
  selectedSlug: string;
  issues: readonly EditorIssue[];
  onSelect: (slug: string) => void;
  dispatch: (action: EditorAction) => void;
}

export function PagesPanel({ document, selectedSlug, issues, onSelect, dispatch }: PagesPanelProps) {
  const [newTitle, setNewTitle] = useState('');
  const headingId = useId();
  const newTitleId = useId();
  const selected = document.pages.find((page) => page.slug === selectedSlug);

  const addPage = (event: FormEvent) => {
    event.preventDefault();
    const title = newTitle.trim();
    dispatch({ type: 'addPage', title });
    if (title !== '' && title.length <= 80) {
      // The reducer picks the same address from the same title and pages.
      onSelect(uniqueSlug(document, slugFromTitle(title)));
      setNewTitle('');
    }
  };

  return (
    <section aria-labelledby={headingId} className={PANEL}>
      <h2 id={headingId} className={PANEL_HEADING}>
        Pages
      </h2>
      <ul className="mt-3 space-y-1">
        {document.pages.map((page) => {
          const current = page.slug === selectedSlug;
          const problems = issues.filter((issue) => issue.pageSlug === page.slug).length;
          return (
            <li key={page.slug}>
              <button
                type="button"
                aria-current={current ? 'true' : undefined}
                onClick={() => onSelect(page.slug)}
                className={`flex w-full items-center justify-between gap-2 rounded-md px-2 py-1.5 text-left text-sm ${
                  current ? 'bg-brand-100 font-semibold text-brand-800' : 'text-slate-800 hover:bg-slate-100'
                }`}
              >
                <span className="truncate">
                  {page.title || page.slug}
                  {page.slug === HOME_SLUG ? ' (home)' : ''}
                </span>
                <span className="shrink-0 text-xs font-normal text-slate-700">{pageHref(page.slug)}</span>
                {problems > 0 ? (
                  <span className="shrink-0 rounded-full bg-red-100 px-2 text-xs font-semibold text-red-900">
                    {problems} {problems === 1 ? 'problem' : 'problems'}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
      <form onSubmit={addPage} className="mt-4 flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={newTitleId} className={LABEL}>
            New page title
          </label>
          <input
            id={newTitleId}
            data-native-undo
            value={newTitle}
            maxLength={80}
            onChange={(event) => setNewTitle(event.target.value)}
            className={INPUT}
          />
        </div>
        <button type="submit" className={BUTTON}>
          Add page
        </button>
      </form>
      {selected ? (
        <PageSettings
          key={selected.slug}
          page={selected}
          document={document}
          onSelect={onSelect}
          dispatch={dispatch}
        />
      ) : null}
    </section>
  );
}

function PageSettings({
  page,
  document,
  onSelect,
  dispatch,
}: {
  page: Page;
  document: SiteDocument;
  onSelect: (slug: string) => void;
  dispatch: (action: EditorAction) => void;
}) {
  const [address, setAddress] = useState(page.slug);
  const ids = { title: useId(), address: useId(), seoTitle: useId(), seoDescription: useId() };
  const isHome = page.slug === HOME_SLUG;
  const endTyping = () => dispatch({ type: 'endTyping' });

  const changeAddress = (event: FormEvent) => {
    event.preventDefault();
    const wanted = address.trim();
    dispatch({ type: 'renamePage', slug: page.slug, newSlug: wanted });
    const accepted =
      isSlug(wanted) && wanted !== HOME_SLUG && !document.pages.some((other) => other.slug === wanted);
    if (accepted) onSelect(wanted);
  };

  return (
    <details className="mt-4 rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">
        Settings of “{page.title || page.slug}”
      </summary>
      <div className="mt-3 space-y-3">
        <div>
          <label htmlFor={ids.title} className={LABEL}>
            Page title
          </label>
          <input
            id={ids.title}
            value={page.title}
            maxLength={80}
            onChange={(event) => dispatch({ type: 'renamePage', slug: page.slug, title: event.target.value })}
            onBlur={endTyping}
            className={INPUT}
          />
        </div>
        {isHome ? (
          <p className="text-sm text-slate-700">The home page’s address is always “/”.</p>
        ) : (
          <form onSubmit={changeAddress} className="flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1">
              <label htmlFor={ids.address} className={LABEL}>
                Address (after “/”)
              </label>
              <input
                id={ids.address}
                data-native-undo
                value={address}
                maxLength={64}
                onChange={(event) => setAddress(event.target.value)}
                className={INPUT}
              />
            </div>
            <button type="submit" className={BUTTON} disabled={address.trim() === page.slug}>
              Change address
            </button>
          </form>
        )}
        <div>
          <label htmlFor={ids.seoTitle} className={LABEL}>
            Title in search results
          </label>
          <input
            id={ids.seoTitle}
            value={page.seo.title}
            maxLength={70}
            onChange={(event) =>
              dispatch({ type: 'setPageSeo', slug: page.slug, field: 'title', value: event.target.value })
            }
            onBlur={endTyping}
            className={INPUT}
          />
        </div>
        <div>
          <label htmlFor={ids.seoDescription} className={LABEL}>
            Description in search results
          </label>
          <textarea
            id={ids.seoDescription}
            value={page.seo.description}
            maxLength={160}
            rows={3}
            onChange={(event) =>
              dispatch({
                type: 'setPageSeo',
                slug: page.slug,
                field: 'description',
                value: event.target.value,
              })
            }
            onBlur={endTyping}
            className={INPUT}
          />
        </div>
        {isHome ? null : (
          <button
            type="button"
            className={DANGER_BUTTON}
            onClick={() => dispatch({ type: 'removePage', slug: page.slug })}
          >
            Remove page
          </button>
        )}
      </div>
    </details>
  );
}
