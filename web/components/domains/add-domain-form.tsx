'use client';

import { useActionState } from 'react';
import { type AddDomainState, addSiteDomain } from '@/app/(app)/sites/[siteId]/domains/actions.ts';
import { LimitNotice } from '@/components/billing/limit-notice.tsx';
import type { LimitReached } from '@/components/billing/plan-limit.ts';
import { FormFeedback } from '@/components/form-feedback.tsx';

/** `limit`: the plan has no room for another custom domain, so the button is disabled and says why. */
export function AddDomainForm({ siteId, limit }: { siteId: string; limit?: LimitReached }) {
  const [state, action, pending] = useActionState<AddDomainState, FormData>(addSiteDomain, {});
  const describedBy = state.error ? 'domain-host-hint domain-host-error' : 'domain-host-hint';
  return (
    <form action={action} noValidate className="max-w-xl">
      <input type="hidden" name="siteId" value={siteId} />
      <label htmlFor="domain-host" className="block text-sm font-medium text-slate-800">
        Domain
      </label>
      <p id="domain-host-hint" className="text-sm text-slate-700">
        The host name to serve your site on, such as www.example.com. You need to be able to add DNS records
        for it.
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          id="domain-host"
          name="host"
          type="text"
          inputMode="url"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={300}
          defaultValue={state.host}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={describedBy}
          className="min-w-0 flex-1 basis-56 rounded-md border border-slate-400 bg-white px-3 py-2 text-base shadow-sm"
        />
        <button
          type="submit"
          disabled={pending || limit !== undefined}
          aria-describedby={limit ? 'domain-limit' : undefined}
          className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-70"
        >
          {pending ? 'Adding…' : 'Add domain'}
        </button>
      </div>
      {limit ? (
        <div className="mt-2">
          <LimitNotice id="domain-limit" limit={limit} />
        </div>
      ) : null}
      <FormFeedback state={state} errorId="domain-host-error" />
    </form>
  );
}
