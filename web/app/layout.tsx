import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Page Magic', template: '%s · Page Magic' },
  description: 'Describe your business in a sentence; Page Magic writes, builds and hosts the site.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request, the not-found page included: Next puts the response's
  // Content-Security-Policy nonce (proxy.ts) on its scripts only when it renders them, never at build time.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
