import type { Metadata } from 'next';
import { limitReached } from '@/components/billing/plan-limit.ts';
import { readBilling } from '@/components/billing/read-billing.ts';
import { serverClient } from '@/lib/api.ts';
import { currentWorkspace } from '@/lib/workspace.ts';
import { CreateSiteForm } from './create-site-form.tsx';

export const metadata: Metadata = { title: 'New site' };

export default async function NewSitePage() {
  const { workspace } = await currentWorkspace('/new');
  const billing = await readBilling(await serverClient(workspace?.id), workspace?.id);
  return (
    <section className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold tracking-tight">A new site</h1>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <CreateSiteForm limit={billing ? limitReached(billing, 'websites') : undefined} />
      </div>
    </section>
  );
}
