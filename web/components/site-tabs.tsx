'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { newMessagesLabel } from '@/components/messages/message-words.ts';

const TABS = [
  { path: '', label: 'Overview' },
  { path: '/edit', label: 'Edit' },
  { path: '/history', label: 'Publish & history' },
  { path: '/domains', label: 'Domains' },
  { path: '/messages', label: 'Messages' },
];

/** `unhandled`: how many of the site's messages are not handled yet, shown beside Messages. */
export function SiteTabs({ siteId, unhandled }: { siteId: string; unhandled?: number | undefined }) {
  const pathname = usePathname();
  const base = `/sites/${siteId}`;
  return (
    <nav aria-label="Site" className="mt-4 border-b border-slate-200">
      {/* One line at any width: on a phone the tabs scroll sideways rather than wrap (the focus ring drawn
          inside each tab, which the scrolling box would otherwise clip). */}
      <ul className="-mb-px flex gap-x-4 overflow-x-auto whitespace-nowrap sm:gap-x-6 [&_a:focus-visible]:outline-offset-[-3px]">
        {TABS.map((tab) => {
          const href = `${base}${tab.path}`;
          const current = pathname === href;
          return (
            <li key={tab.path} className="shrink-0">
              <Link
                href={href}
                aria-current={current ? 'page' : undefined}
                className={`inline-block border-b-2 px-1 py-2 text-sm font-medium ${
                  current
                    ? 'border-brand-700 text-brand-700'
                    : 'border-transparent text-slate-700 hover:text-slate-900'
                }`}
              >
                {tab.label}
                {tab.path === '/messages' && unhandled ? (
                  <>
                    <span
                      aria-hidden="true"
                      className="ml-1.5 inline-block rounded-full bg-brand-700 px-1.5 text-xs font-semibold text-white"
                    >
                      {unhandled}
                    </span>
                    <span className="sr-only"> ({newMessagesLabel(unhandled)})</span>
                  </>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
