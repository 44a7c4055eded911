'use client';

// The facts the brief did not give (an address, a phone number, opening hours, a price). The generator
// never invents them; it leaves a placeholder that the published page skips. Listed here, apart from the
// problems that stop saving, each with a way to the field that fills it in.

import { describeGenerator, type SiteDocument } from '@pagemagic/crds/site-document';
import { useId } from 'react';
import type { EditorIssue } from '@/lib/editor/validation.ts';

export interface MissingFactsProps {
  document: SiteDocument;
  facts: readonly EditorIssue[];
  onGoTo: (fact: EditorIssue) => void;
}

export function MissingFacts({ document, facts, onGoTo }: MissingFactsProps) {
  const headingId = useId();
  const writer = describeGenerator(document.generatedBy);
  return (
    <>
      {writer ? (
        <p className="text-sm text-slate-800" data-generated-by={document.generatedBy?.generator}>
          Written by {writer}.
          {document.generatedBy?.generator === 'offline'
            ? ' A first draft from your description: read every page before you publish.'
            : ''}
        </p>
      ) : null}
      {facts.length > 0 ? (
        <section
          aria-labelledby={headingId}
          className="rounded-lg border-2 border-dashed border-amber-500 bg-amber-50 p-4"
          data-missing-facts
        >
          <h2 id={headingId} className="text-base font-semibold text-amber-950">
            {facts.length === 1
              ? 'One fact to add: the published site leaves it out until you do'
              : `${facts.length} facts to add: the published site leaves them out until you do`}
          </h2>
          <ul className="mt-2 space-y-1 text-sm text-amber-950">
            {facts.map((fact) => (
              <li key={fact.path}>
                <button
                  type="button"
                  onClick={() => onGoTo(fact)}
                  className="text-left underline decoration-amber-700 underline-offset-2 hover:text-amber-950"
                >
                  {fact.where}
                </button>
                : {fact.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
