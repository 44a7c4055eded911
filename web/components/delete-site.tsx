'use client';

// Deleting a site takes its pages offline and removes its builds, content and hosting for good, so it
// asks twice: a first button opens the question, and the site's name must be typed to confirm.

import { useId } from 'react';
import { deleteSiteAction } from '@/app/(app)/sites/[siteId]/actions.ts';
import { ConfirmStep } from '@/components/confirm-step.tsx';

const ASK =
  'rounded-md border border-red-700 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50';

export function DeleteSite({ siteId, title }: { siteId: string; title: string }) {
  const id = useId();
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="rounded-lg border border-red-200 bg-white p-6 shadow-sm"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Delete this site
      </h2>
      <p className="mt-2 mb-4 text-sm text-slate-700">
        Takes the site offline and deletes its builds, content and hosting. This cannot be undone.
      </p>
      <ConfirmStep
        action={deleteSiteAction.bind(null, siteId)}
        ask="Delete site…"
        askClassName={ASK}
        question={`Delete ${title}? Visitors stop seeing it at once, and every build and edit of it is gone.`}
        typeToConfirm={{
          expected: siteId,
          label: (
            <>
              Type the site's name, <span className="font-mono font-semibold">{siteId}</span>, to confirm
            </>
          ),
        }}
        confirm="Delete this site"
        pending="Deleting…"
      />
    </section>
  );
}
