'use client';

// The site's look: its name, palette, fonts, corners, and light or dark. Every change shows in the preview
// at once; a colour pair that reads badly is reported under the colour.

import { FONT_STACKS, type FontKey, type SiteDocument, type Theme } from '@pagemagic/crds/site-document';
import { useId } from 'react';
import type { EditorAction, FontRole, PaletteKey } from '@/lib/editor/state.ts';
import { type EditorIssue, humanizeKey } from '@/lib/editor/validation.ts';
import { INPUT, LABEL, PANEL, PANEL_HEADING } from './styles.ts';

const PALETTE_LABELS: ReadonlyArray<[PaletteKey, string]> = [
  ['primary', 'Main colour'],
  ['accent', 'Accent colour'],
  ['background', 'Background'],
  ['surface', 'Cards and bands'],
  ['text', 'Text'],
  ['mutedText', 'Secondary text'],
];

const FONT_ROLES: ReadonlyArray<[FontRole, string]> = [
  ['heading', 'Font for titles'],
  ['body', 'Font for text'],
];

const RADII: ReadonlyArray<[Theme['radius'], string]> = [
  ['none', 'Square'],
  ['small', 'Slightly rounded'],
  ['medium', 'Rounded'],
  ['large', 'Very rounded'],
  ['full', 'Pill buttons'],
];

const FONT_KEYS = Object.keys(FONT_STACKS) as FontKey[];

export interface ThemePanelProps {
  document: SiteDocument;
  /** Problems with the theme or the site's name. */
  issues: readonly EditorIssue[];
  dispatch: (action: EditorAction) => void;
}

export function ThemePanel({ document, issues, dispatch }: ThemePanelProps) {
  const { theme } = document;
  const headingId = useId();
  const nameId = useId();
  const radiusId = useId();
  const idPrefix = useId();
  const endTyping = () => dispatch({ type: 'endTyping' });
  const problemsAt = (path: string) => issues.filter((issue) => issue.path === path);
  const nameProblems = problemsAt('/name');

  return (
    <section aria-labelledby={headingId} className={PANEL}>
      <h2 id={headingId} className={PANEL_HEADING}>
        Name and look
      </h2>
      <div className="mt-3 space-y-4">
        <div>
          <label htmlFor={nameId} className={LABEL}>
            Site name
          </label>
          <input
            id={nameId}
            value={document.name}
            maxLength={80}
            aria-invalid={nameProblems.length > 0 ? true : undefined}
            aria-describedby={nameProblems.length > 0 ? `${nameId}-errors` : undefined}
            onChange={(event) => dispatch({ type: 'setSiteName', name: event.target.value })}
            onBlur={endTyping}
            className={INPUT}
          />
          <div id={`${nameId}-errors`}>
            {nameProblems.map((issue) => (
              <p key={issue.message} className="mt-1 text-sm text-red-700">
                The site name {issue.message}
              </p>
            ))}
          </div>
        </div>

        <fieldset>
          <legend className="text-sm font-semibold text-slate-900">Colours</legend>
          <div className="mt-2 grid grid-cols-2 gap-3">
            {PALETTE_LABELS.map(([key, label]) => {
              const id = `${idPrefix}-${key}`;
              const problems = problemsAt(`/theme/palette/${key}`);
              return (
                <div key={key} className={problems.length > 0 ? 'col-span-2' : undefined}>
                  <label htmlFor={id} className={LABEL}>
                    {label}
                  </label>
                  <div className="mt-1 flex items-center gap-2">
                    <input
                      id={id}
                      type="color"
                      value={theme.palette[key].toLowerCase()}
                      aria-invalid={problems.length > 0 ? true : undefined}
                      aria-describedby={problems.length > 0 ? `${id}-errors` : undefined}
                      onChange={(event) => dispatch({ type: 'setPalette', key, value: event.target.value })}
                      onBlur={endTyping}
                      className="h-8 w-12 cursor-pointer rounded border border-slate-400 bg-white"
                    />
                    <span className="font-mono text-xs text-slate-700">{theme.palette[key]}</span>
                  </div>
                  <div id={`${id}-errors`}>
                    {problems.map((issue) => (
                      <p key={issue.message} className="mt-1 text-sm text-red-700">
                        {label} {issue.message}
                      </p>
                    ))}
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>

        {FONT_ROLES.map(([role, label]) => {
          const id = `${idPrefix}-font-${role}`;
          return (
            <div key={role}>
              <label htmlFor={id} className={LABEL}>
                {label}
              </label>
              <select
                id={id}
                value={theme.typography[role]}
                onChange={(event) => dispatch({ type: 'setFont', role, font: event.target.value as FontKey })}
                className={INPUT}
                // Each list shows its font. Set through the DOM, not as a style attribute: the page's
                // Content-Security-Policy refuses an inline style attribute in the server's HTML.
                ref={(select) => {
                  if (select) select.style.fontFamily = FONT_STACKS[theme.typography[role]];
                }}
              >
                {FONT_KEYS.map((font) => (
                  <option key={font} value={font}>
                    {humanizeKey(font)}
                  </option>
                ))}
              </select>
            </div>
          );
        })}

        <div>
          <label htmlFor={radiusId} className={LABEL}>
            Corners
          </label>
          <select
            id={radiusId}
            value={theme.radius}
            onChange={(event) =>
              dispatch({ type: 'setRadius', radius: event.target.value as Theme['radius'] })
            }
            className={INPUT}
          >
            {RADII.map(([radius, label]) => (
              <option key={radius} value={radius}>
                {label}
              </option>
            ))}
          </select>
        </div>

        <fieldset>
          <legend className="text-sm font-semibold text-slate-900">Light or dark</legend>
          <div className="mt-2 flex gap-4">
            {(['light', 'dark'] as const).map((mode) => (
              <label key={mode} className="flex items-center gap-2 text-sm text-slate-800">
                <input
                  type="radio"
                  name={`${idPrefix}-mode`}
                  value={mode}
                  checked={theme.mode === mode}
                  onChange={() => dispatch({ type: 'setMode', mode })}
                />
                {mode === 'light' ? 'Light' : 'Dark'}
              </label>
            ))}
          </div>
          <p className="mt-1 text-xs text-slate-700">
            Switching turns the colours around when they do not suit the mode, keeping text readable.
          </p>
        </fieldset>
      </div>
    </section>
  );
}
