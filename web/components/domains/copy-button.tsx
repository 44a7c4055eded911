'use client';

// Copies one part of a DNS record. Where the clipboard is not available (a page served over plain http,
// or permission refused), the text is selected instead so the person can copy it with the keyboard.

import { useEffect, useState } from 'react';

const CLEAR_AFTER_MS = 4000;

function selectText(element: HTMLElement): boolean {
  const selection = window.getSelection();
  if (!selection) return false;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

export function CopyButton({ text, targetId, what }: { text: string; targetId: string; what: string }) {
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (announcement === '') return;
    const timer = window.setTimeout(() => setAnnouncement(''), CLEAR_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [announcement]);

  async function copy() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setAnnouncement('Copied');
    } catch {
      const target = document.getElementById(targetId);
      setAnnouncement(
        target && selectText(target)
          ? 'Selected: press Ctrl+C (⌘C on a Mac) to copy'
          : 'Copying is not available here: select the text and copy it',
      );
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded-md border border-slate-400 bg-white px-2.5 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100"
      >
        Copy<span className="sr-only"> {what}</span>
      </button>
      <span role="status" className="text-sm text-emerald-800">
        {announcement}
      </span>
    </span>
  );
}
