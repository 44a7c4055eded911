import Link from 'next/link';

/** An account page for someone who belongs to no workspace: what is missing and how to get one. */
export function NoWorkspace({ heading, missing }: { heading: string; missing: string }) {
  const id = `${heading.toLowerCase()}-heading`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-xl font-semibold">
        {heading}
      </h2>
      <p className="mt-2 text-slate-800">
        You belong to no workspace, so there {missing} to show.{' '}
        <Link href="/account" className="text-brand-700 underline">
          Create a workspace
        </Link>{' '}
        or ask an owner to invite you.
      </p>
    </section>
  );
}
