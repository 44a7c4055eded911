'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const SECTIONS = [
  { href: '/account', label: 'Profile' },
  { href: '/account/members', label: 'Members' },
  { href: '/account/activity', label: 'Activity' },
  { href: '/account/usage', label: 'Usage' },
  { href: '/account/billing', label: 'Billing' },
];

export function AccountNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Account" className="mt-4 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-6">
        {SECTIONS.map((section) => {
          const current = pathname === section.href;
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={current ? 'page' : undefined}
                className={`inline-block border-b-2 px-1 py-2 text-sm font-medium ${
                  current
                    ? 'border-brand-700 text-brand-700'
                    : 'border-transparent text-slate-700 hover:text-slate-900'
                }`}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
