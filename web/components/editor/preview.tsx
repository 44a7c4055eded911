'use client';

// The live preview: the rendered page in a frame that may run no scripts. The frame shares this origin
// (allow-same-origin), so the editor reaches into it: a click on a link switches the previewed page instead
// of navigating, a click on a section selects it in the panel, and the selected section is outlined.

import type { RenderedSite } from '@pagemagic/operator/render';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { documentNonce } from '@/lib/document-nonce.ts';
import type { PreviewPages } from '@/lib/editor/preview-pages.ts';
import { selfContainedPage } from '@/lib/preview-html.ts';
import { type Shortcut, shortcutOf } from './shortcuts.ts';

const EDITOR_STYLE_ID = 'pagemagic-editor-style';
const BRAND = '#4f3fd1';

export interface PreviewProps {
  site: RenderedSite | undefined;
  renderError: string | undefined;
  pages: PreviewPages | undefined;
  file: string;
  siteName: string;
  selectedSectionId: string | undefined;
  /** Changed when the panel selects a section, so the preview scrolls to it (not on every edit). */
  revealToken: number;
  sectionIds: ReadonlySet<string>;
  onOpenFile: (file: string) => void;
  onSelectSection: (sectionId: string) => void;
  onShortcut: (shortcut: Shortcut) => void;
}

/** The element an event in the frame hit; `instanceof Element` fails there, as the frame has its own globals. */
function asElement(target: EventTarget | null): Element | null {
  return target !== null && (target as Node).nodeType === 1 ? (target as Element) : null;
}

export function Preview(props: PreviewProps) {
  const { site, renderError, pages, file, siteName, selectedSectionId, revealToken } = props;
  const frameRef = useRef<HTMLIFrameElement>(null);
  /** How far each page was scrolled, so the re-render after an edit does not jump back to the top. */
  const scrollByFile = useRef(new Map<string, number>());
  /** The section a followed link pointed at ("/contact#visit"), to scroll to once that page has loaded. */
  const pendingAnchor = useRef<string | undefined>(undefined);
  // The frame's listeners outlive renders; they read the current props through this.
  const latest = useRef(props);
  latest.current = props;

  // The frame runs under this page's Content-Security-Policy: its stylesheet carries the page's nonce.
  const html = useMemo(
    () => (site ? selfContainedPage(site.files, file, { styleNonce: documentNonce() }) : undefined),
    [site, file],
  );

  const outline = useCallback((sectionId: string | undefined) => {
    const doc = frameRef.current?.contentDocument;
    if (!doc?.head) return;
    let style = doc.getElementById(EDITOR_STYLE_ID);
    if (!style) {
      style = doc.createElement('style');
      style.id = EDITOR_STYLE_ID;
      // Before it joins the document, where the policy decides whether its text applies.
      style.nonce = documentNonce() ?? '';
      doc.head.append(style);
    }
    const selected =
      sectionId === undefined
        ? ''
        : `[id="${CSS.escape(sectionId)}"]{outline:3px solid ${BRAND};outline-offset:-3px}`;
    style.textContent = `main section[id]{cursor:pointer}main section[id]:hover{outline:2px dashed ${BRAND};outline-offset:-2px}${selected}`;
  }, []);

  const onLoad = useCallback(() => {
    const frame = frameRef.current;
    const doc = frame?.contentDocument;
    const win = frame?.contentWindow;
    if (!doc || !win) return;
    const shown = latest.current.file;
    outline(latest.current.selectedSectionId);

    const anchorId = pendingAnchor.current;
    pendingAnchor.current = undefined;
    const anchor = anchorId ? doc.getElementById(anchorId) : null;
    if (anchor) anchor.scrollIntoView();
    else win.scrollTo(0, scrollByFile.current.get(shown) ?? 0);
    // On the document, which is new with every load, so no listener outlives the page it was added for.
    doc.addEventListener('scroll', () => scrollByFile.current.set(shown, win.scrollY), { passive: true });

    const followLink = (href: string) => {
      if (href.startsWith('#')) {
        doc.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
        return;
      }
      // Internal links are root-relative paths; other sites are not opened from the preview.
      if (!href.startsWith('/')) return;
      const [path = '/', fragment] = href.split('#');
      const to = latest.current.pages?.atPath(path);
      if (!to) return;
      if (to.file === latest.current.file) {
        if (fragment) doc.getElementById(fragment)?.scrollIntoView();
        else win.scrollTo(0, 0);
        return;
      }
      pendingAnchor.current = fragment;
      if (!fragment) scrollByFile.current.delete(to.file);
      latest.current.onOpenFile(to.file);
    };

    doc.addEventListener('keydown', (event) => {
      const shortcut = shortcutOf(event);
      if (!shortcut) return;
      event.preventDefault();
      latest.current.onShortcut(shortcut);
    });

    doc.addEventListener(
      'click',
      (event) => {
        const target = asElement(event.target);
        const link = target?.closest('a[href]');
        if (link) {
          event.preventDefault();
          followLink(link.getAttribute('href') ?? '');
          return;
        }
        const section = target?.closest('main section[id]');
        if (section && latest.current.sectionIds.has(section.id)) latest.current.onSelectSection(section.id);
      },
      true,
    );
  }, [outline]);

  useEffect(() => {
    outline(selectedSectionId);
  }, [outline, selectedSectionId]);

  useEffect(() => {
    if (revealToken === 0 || selectedSectionId === undefined) return;
    frameRef.current?.contentDocument
      ?.getElementById(selectedSectionId)
      ?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [revealToken, selectedSectionId]);

  const shownPage = pages?.atFile(file);
  const title = `Preview of ${siteName}${shownPage ? ` at ${shownPage.urlPath}` : ''}`;

  return (
    <div>
      {renderError ? (
        <p
          role="alert"
          className="mb-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          The preview shows the last version that could be drawn, because the current one cannot be:{' '}
          {renderError}
        </p>
      ) : null}
      {html ? (
        <iframe
          ref={frameRef}
          title={title}
          srcDoc={html}
          sandbox="allow-same-origin"
          onLoad={onLoad}
          className="h-[70vh] min-h-96 w-full rounded-md border border-slate-300 bg-white lg:h-[calc(100vh-10rem)]"
        />
      ) : (
        <div className="flex h-[70vh] min-h-96 items-center justify-center rounded-md border border-slate-300 bg-white p-4 text-center text-slate-700">
          {site ? 'This page is no longer in the site; choose another page.' : 'Drawing the preview…'}
        </div>
      )}
    </div>
  );
}
