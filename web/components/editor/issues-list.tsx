'use client';

// Everything that stops the site from being saved, each with a way to the field it concerns.

import { useId } from 'react';
import type { EditorIssue } from '@/lib/editor/validation.ts';

export interface IssuesListProps {
  issues: readonly EditorIssue[];
  onGoTo: (issue: EditorIssue) => void;
}

/** Issues shown at once; the rest are counted, as fixing the first usually fixes many. */
const SHOWN = 20;

export function IssuesList({ issues, onGoTo }: IssuesListProps) {
  const headingId = useId();
  if (issues.length === 0) return null;
  const shown = issues.slice(0, SHOWN);
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-red-300 bg-red-50 p-4">
      <h2 id={headingId} className="text-base font-semibold text-red-900">
        {issues.length === 1
          ? 'One problem to fix before saving'
          : `${issues.length} problems to fix before saving`}
      </h2>
      <ul className="mt-2 space-y-1 text-sm text-red-900">
        {shown.map((issue) => (
          <li key={`${issue.path}\n${issue.message}`}>
            <button
              type="button"
              onClick={() => onGoTo(issue)}
              className="text-left underline decoration-red-700 underline-offset-2 hover:text-red-950"
            >
              {issue.where}
            </button>
            : {issue.message}
            {issue.locale ? ` (in the ${issue.locale} translation, which this editor does not change)` : ''}
          </li>
        ))}
      </ul>
      {issues.length > SHOWN ? (
        <p className="mt-2 text-sm text-red-900">…and {issues.length - SHOWN} more.</p>
      ) : null}
    </section>
  );
}
