'use client';

// "Improve this section": the person says how the section should change, the AI rewrites just that
// section of the document being edited (nothing is stored), and the rewrite lands as one step Undo reverts.

import type { SiteDocument } from '@pagemagic/crds/site-document';
import { type FormEvent, useId, useState, useTransition } from 'react';
import { type ImproveResult, improveSection } from '@/app/(app)/sites/[siteId]/edit/actions.ts';
import { INPUT, LABEL, PRIMARY_BUTTON } from './styles.ts';

export interface ImproveSectionProps {
  siteId: string;
  document: SiteDocument;
  sectionId: string;
  /** The AI works on a valid document only; until then the form says what to do. */
  documentIsValid: boolean;
  onImproved: (result: Extract<ImproveResult, { ok: true }>) => void;
}

export function ImproveSection({
  siteId,
  document,
  sectionId,
  documentIsValid,
  onImproved,
}: ImproveSectionProps) {
  const [instruction, setInstruction] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();
  const instructionId = useId();
  const noteId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setDone(false);
    startTransition(async () => {
      const result = await improveSection(siteId, document, sectionId, instruction);
      if (result.ok) {
        onImproved(result);
        setDone(true);
        setInstruction('');
      } else {
        setError(result.error);
      }
    });
  };

  return (
    <form onSubmit={submit} className="space-y-2 rounded-md border border-brand-100 bg-brand-50 p-3">
      <label htmlFor={instructionId} className={LABEL}>
        How should this section change?
      </label>
      <textarea
        id={instructionId}
        data-native-undo
        rows={2}
        maxLength={2000}
        value={instruction}
        placeholder="For example: shorter, friendlier, mention free delivery"
        aria-describedby={documentIsValid ? undefined : noteId}
        onChange={(event) => setInstruction(event.target.value)}
        className={INPUT}
      />
      <button
        type="submit"
        className={PRIMARY_BUTTON}
        disabled={pending || !documentIsValid || instruction.trim() === ''}
      >
        {pending ? 'Improving…' : 'Improve this section'}
      </button>
      {documentIsValid ? null : (
        <p id={noteId} className="text-sm text-slate-700">
          Fix the problems listed above first: the AI rewrites sections of a site that is otherwise complete.
        </p>
      )}
      <p role="status" className="text-sm text-slate-800">
        {pending
          ? 'The AI is rewriting this section…'
          : done
            ? 'Section rewritten. Undo brings back the previous text.'
            : ''}
      </p>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
