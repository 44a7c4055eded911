'use client';

// Says which domain was just removed. Its row, and the button that removed it, are gone, so focus comes
// here: keyboard users carry on from where the row was, and screen readers read what happened.

import { useEffect, useRef } from 'react';

export function RemovedNotice({ host }: { host: string | undefined }) {
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (host) notice.current?.focus();
  }, [host]);
  return (
    <p ref={notice} role="status" tabIndex={-1} className="text-sm text-emerald-800 focus:outline-none">
      {host ? `${host} was removed. Its DNS TXT record is no longer needed.` : ''}
    </p>
  );
}
