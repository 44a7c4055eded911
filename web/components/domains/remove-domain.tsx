'use client';

// Removing a domain takes it offline at once, so it takes two steps: the first button only asks.

import { removeSiteDomain } from '@/app/(app)/sites/[siteId]/domains/actions.ts';
import { ConfirmStep } from '@/components/confirm-step.tsx';

export function RemoveDomain({ siteId, host, live }: { siteId: string; host: string; live: boolean }) {
  return (
    <ConfirmStep
      action={removeSiteDomain}
      fields={{ siteId, host }}
      ask={
        <>
          Remove<span className="sr-only"> {host}</span>
        </>
      }
      question={
        live
          ? `Remove ${host}? Visitors to it stop seeing your site at once, and the host is free for anyone to claim.`
          : `Remove ${host}? You can add it again later, with a new TXT record.`
      }
      confirm={
        <>
          Yes, remove<span className="sr-only"> {host}</span>
        </>
      }
      pending="Removing…"
    />
  );
}
