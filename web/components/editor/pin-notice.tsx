'use client';

// While a Build is pinned as live (by publish or roll back), a saved edit would be built but never go
// live. The editor says so before saving, and lets the person choose: by default saving removes the pin
// and the edit goes live; ticking the box keeps the pinned Build live and lets the edit wait.

import Link from 'next/link';
import { useId } from 'react';

export function PinNotice({
  siteId,
  pinnedBuild,
  keepPin,
  onKeepPinChange,
}: {
  siteId: string;
  pinnedBuild: string;
  keepPin: boolean;
  onKeepPinChange: (keep: boolean) => void;
}) {
  const boxId = useId();
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <p>
        Build <span className="font-mono">{pinnedBuild}</span> is pinned as the live version.{' '}
        {keepPin ? (
          <>
            Your saved changes will be built but will not go live until you remove the pin in{' '}
            <Link href={`/sites/${siteId}/history`} className="font-medium underline">
              History
            </Link>
            .
          </>
        ) : (
          'Saving removes the pin, so your changes go live.'
        )}
      </p>
      <p className="mt-1 flex items-center gap-2">
        <input
          id={boxId}
          type="checkbox"
          checked={keepPin}
          onChange={(event) => onKeepPinChange(event.target.checked)}
        />
        <label htmlFor={boxId}>Keep this Build live; my changes wait</label>
      </p>
    </div>
  );
}

/** What the status line says after a save that removed a pin. */
export function UnpinnedNotice({ siteId, unpinned }: { siteId: string; unpinned: string }) {
  return (
    <p
      role="status"
      className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-950"
    >
      Saved, and going live: Build <span className="font-mono">{unpinned}</span> was pinned, and the pin is
      removed. To put it back, publish it again from{' '}
      <Link href={`/sites/${siteId}/history`} className="font-medium underline">
        History
      </Link>
      .
    </p>
  );
}
