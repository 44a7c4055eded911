'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { BILLING_PAGE, LimitNotice } from '@/components/billing/limit-notice.tsx';
import type { LimitReached } from '@/components/billing/plan-limit.ts';
import { type CreateSiteState, createSiteFromPrompt } from './actions.ts';
import { LOCALE_CHOICES, PROMPT_EXAMPLES } from './locales.ts';

/** `limit`: the plan has no room for another site, so the button is disabled and says why. */
export function CreateSiteForm({ limit }: { limit?: LimitReached }) {
  const [state, action, pending] = useActionState<CreateSiteState, FormData>(createSiteFromPrompt, {});
  const [prompt, setPrompt] = useState(state.prompt ?? '');
  const chosen = new Set(state.locales ?? []);
  return (
    <form action={action} className="space-y-6">
      <div>
        <label htmlFor="prompt" className="block text-lg font-semibold">
          Describe your business in a sentence
        </label>
        <textarea
          id="prompt"
          name="prompt"
          rows={4}
          required
          maxLength={4000}
          value={prompt}
          onChange={(event) => setPrompt(event.target.value)}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? 'prompt-error' : 'prompt-help'}
          className="mt-2 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base shadow-sm"
          placeholder="What you do, for whom, and where"
        />
        <p id="prompt-help" className="mt-1 text-sm text-slate-700">
          Page Magic writes the pages, picks a look, builds the site and puts it online.
        </p>
      </div>
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">Or start from an example</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {PROMPT_EXAMPLES.map((example) => (
            <button
              key={example}
              type="button"
              onClick={() => setPrompt(example)}
              className="rounded-full border border-slate-400 bg-white px-3 py-1 text-left text-sm text-slate-800 hover:bg-slate-100"
            >
              {example}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">Languages (optional)</legend>
        <p id="locales-help" className="mt-1 text-sm text-slate-700">
          Leave these empty to get the site in the language you describe it in. With several, the first in
          this list is the main language.
        </p>
        <div className="mt-2 flex flex-wrap gap-4">
          {LOCALE_CHOICES.map((locale) => (
            <label key={locale.tag} className="inline-flex items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                name="locales"
                value={locale.tag}
                defaultChecked={chosen.has(locale.tag)}
                className="h-4 w-4"
              />
              {locale.label}
            </label>
          ))}
        </div>
      </fieldset>
      {state.error ? (
        <div
          id="prompt-error"
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800"
        >
          <p>{state.error}</p>
          {state.planLimit ? (
            <p className="mt-1 text-sm">
              <Link href={BILLING_PAGE} className="font-semibold underline">
                See plans and usage on the Billing page
              </Link>
            </p>
          ) : (
            <p className="mt-1 text-sm">
              Your description is kept; change it if needed and press Create again.
            </p>
          )}
        </div>
      ) : null}
      {limit ? <LimitNotice id="site-limit" limit={limit} /> : null}
      <button
        type="submit"
        disabled={pending || limit !== undefined}
        aria-describedby={limit ? 'site-limit' : undefined}
        className="rounded-md bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-70"
      >
        {pending ? 'Creating…' : 'Create my site'}
      </button>
    </form>
  );
}
