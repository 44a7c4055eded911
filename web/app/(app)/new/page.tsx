import type { Metadata } from 'next';
import { CreateSiteForm } from './create-site-form.tsx';

export const metadata: Metadata = { title: 'New site' };

export default function NewSitePage() {
  return (
    <section className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold tracking-tight">A new site</h1>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <CreateSiteForm />
      </div>
    </section>
  );
}
