'use client';

// Says which site was just deleted, on the list of sites it came from. The page it was deleted on is gone,
// so focus comes here: keyboard users carry on from the list, and screen readers read what happened.

import { useEffect, useRef } from 'react';

export function SiteDeletedNotice({ siteId }: { siteId: string | undefined }) {
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (siteId) notice.current?.focus();
  }, [siteId]);
  return (
    <p
      ref={notice}
      role="status"
      tabIndex={-1}
      className="text-sm text-emerald-800 not-empty:mb-6 not-empty:rounded-md not-empty:border not-empty:border-emerald-200 not-empty:bg-emerald-50 not-empty:px-3 not-empty:py-2 focus:outline-none"
    >
      {siteId
        ? `${siteId} is being deleted: it is offline, and its builds, content and hosting are going.`
        : ''}
    </p>
  );
}
