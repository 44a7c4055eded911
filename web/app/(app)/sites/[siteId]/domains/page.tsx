// Domains: the site on host names of its owner's. Each one shows where it is (waiting for its TXT record,
// verified, live over HTTPS or failed), the exact record to publish, and the certificate's progress.

import { listDomains } from '@pagemagic/api/contract/domains';
import type { Metadata } from 'next';
import { limitReached } from '@/components/billing/plan-limit.ts';
import { readBilling } from '@/components/billing/read-billing.ts';
import { AddDomainForm } from '@/components/domains/add-domain-form.tsx';
import { CopyButton } from '@/components/domains/copy-button.tsx';
import {
  certificateStatus,
  DOMAIN_STATUS,
  looksLikeHost,
  sentence,
} from '@/components/domains/domain-words.ts';
import { RemoveDomain } from '@/components/domains/remove-domain.tsx';
import { RemovedNotice } from '@/components/domains/removed-notice.tsx';
import { AutoRefresh } from '@/components/history/auto-refresh.tsx';
import { notFoundWhenMissing } from '@/components/history/not-found-when-missing.ts';
import { readOrSignIn, serverClient } from '@/lib/api.ts';
import { currentWorkspace } from '@/lib/workspace.ts';

export const metadata: Metadata = { title: 'Domains' };

const REFRESH_SECONDS = 5;

export default async function DomainsPage({
  params,
  searchParams,
}: {
  params: Promise<{ siteId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ siteId }, search] = await Promise.all([params, searchParams]);
  const client = await serverClient();
  const [{ items: domains }, billing] = await Promise.all([
    readOrSignIn(
      () => client.call(listDomains, { query: { siteId } }).catch(notFoundWhenMissing),
      `/sites/${siteId}/domains`,
    ),
    currentWorkspace(`/sites/${siteId}/domains`).then(({ workspace }) => readBilling(client, workspace?.id)),
  ]);
  const removed =
    typeof search.removed === 'string' && looksLikeHost(search.removed) ? search.removed : undefined;
  const settling = domains.some((domain) => domain.status !== 'ready');

  return (
    <section aria-labelledby="domains-heading" className="space-y-6">
      <div className="space-y-2">
        <h2 id="domains-heading" className="text-xl font-semibold">
          Domains
        </h2>
        <p className="text-slate-700">
          Put your site on a domain of your own. Add the host name, publish the TXT record shown for it at
          your DNS provider, and Page Magic checks it, then serves your site there over HTTPS.
        </p>
      </div>

      <section aria-labelledby="add-domain-heading" className="space-y-2">
        <h3 id="add-domain-heading" className="text-lg font-semibold">
          Add a domain
        </h3>
        <AddDomainForm siteId={siteId} limit={billing ? limitReached(billing, 'domains') : undefined} />
      </section>

      <section aria-labelledby="domain-list-heading" className="space-y-3">
        <h3 id="domain-list-heading" className="text-lg font-semibold">
          This site&apos;s domains
        </h3>
        <RemovedNotice host={removed} />
        {settling ? <AutoRefresh seconds={REFRESH_SECONDS} waitingFor="your domains are checked" /> : null}
        {domains.length === 0 ? (
          <p className="text-slate-700">No domains yet. The site is served at its Page Magic address.</p>
        ) : (
          <ul className="space-y-4">
            {domains.map((domain) => {
              const status = DOMAIN_STATUS[domain.status];
              const record = domain.verification;
              const ids = {
                type: `txt-type-${domain.host}`,
                name: `txt-name-${domain.host}`,
                value: `txt-value-${domain.host}`,
              };
              return (
                <li key={domain.host} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <h4 className="mr-auto break-all font-semibold">{domain.host}</h4>
                    <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${status.badge}`}>
                      {status.label}
                    </span>
                  </div>
                  {domain.status === 'failed' && domain.message ? (
                    <p className="mt-2 text-sm text-red-800">{sentence(domain.message)}</p>
                  ) : null}

                  <p className="mt-3 text-sm font-medium text-slate-800">
                    {domain.status === 'pending' || domain.status === 'failed'
                      ? 'Publish this TXT record at your DNS provider:'
                      : 'TXT record (keep it published: removing it takes the domain offline):'}
                  </p>
                  {record.name && record.value ? (
                    <dl className="mt-2 space-y-2 text-sm">
                      {(
                        [
                          ['Type', record.type, ids.type, 'record type'],
                          ['Name', record.name, ids.name, 'record name'],
                          ['Value', record.value, ids.value, 'record value'],
                        ] as const
                      ).map(([term, text, id, what]) => (
                        <div key={term} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                          <dt className="w-14 shrink-0 text-slate-700">{term}</dt>
                          <dd className="flex min-w-0 flex-1 flex-wrap items-center gap-2">
                            <code
                              id={id}
                              className="break-all rounded bg-slate-100 px-1.5 py-0.5 text-slate-900"
                            >
                              {text}
                            </code>
                            <CopyButton text={text} targetId={id} what={what} />
                          </dd>
                        </div>
                      ))}
                    </dl>
                  ) : (
                    <p className="mt-2 text-sm text-slate-700">
                      The record is being prepared and appears here in a moment.
                    </p>
                  )}

                  <p className="mt-3 text-sm text-slate-800">
                    <span className="font-medium">Certificate:</span> {certificateStatus(domain.conditions)}
                  </p>
                  <div className="mt-4">
                    <RemoveDomain
                      siteId={siteId}
                      host={domain.host}
                      live={domain.status === 'ready' || domain.status === 'verified'}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </section>
  );
}
