'use client';

// Leaving the editor with unsaved changes asks first: closing or reloading the tab through the browser's
// own prompt, and following an in-app link (which navigates without unloading) through a confirmation.

import { type RefObject, useEffect } from 'react';

export const LEAVE_QUESTION = 'You have unsaved changes. Leave the editor and lose them?';

export function useUnsavedChangesGuard(dirty: boolean, editor: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      // A modified click opens a new tab and leaves this one as it is.
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || editor.current?.contains(link)) return;
      if (link.target && link.target !== '_self') return;
      const url = new URL(link.href, window.location.href);
      // Another origin unloads the page, and the browser's own prompt asks then.
      if (url.origin !== window.location.origin) return;
      const samePage = url.pathname === window.location.pathname && url.search === window.location.search;
      if (samePage) return;
      if (!window.confirm(LEAVE_QUESTION)) {
        event.preventDefault();
        // Capturing on window runs before the app's own link handlers, which then never see the click.
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('click', onClick, true);
    };
  }, [dirty, editor]);
}
