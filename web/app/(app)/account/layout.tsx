import type { ReactNode } from 'react';
import { AccountNav } from '@/components/account/account-nav.tsx';

export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <div>
      <h1 className="text-2xl font-bold tracking-tight">Account</h1>
      <AccountNav />
      <div className="mt-6 space-y-10">{children}</div>
    </div>
  );
}
