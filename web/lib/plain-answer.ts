// Answers the proxy gives itself, before any page renders: a small page for a browser, the API's error
// shape ({"error": {"code", "message"}}) for anything else. No script and no style, so nothing in them
// needs the Content-Security-Policy's nonce.

import { escapeHtml } from '@pagemagic/operator/render';
import { NextResponse } from 'next/server';
import { safeNext } from './login.ts';

export interface PlainAnswer {
  status: number;
  code: string;
  title: string;
  message: string;
  /** The link under the message: its words, and where it goes (a path on this origin). */
  link: { text: string; href: string };
  headers?: Record<string, string>;
}

export function plainAnswer(request: Request, answer: PlainAnswer): NextResponse {
  const headers = { 'cache-control': 'no-store', ...answer.headers };
  if (!(request.headers.get('accept') ?? '').includes('text/html')) {
    return NextResponse.json(
      { error: { code: answer.code, message: answer.message } },
      { status: answer.status, headers },
    );
  }
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(answer.title)} · Page Magic</title></head>
<body><main><h1>${escapeHtml(answer.title)}</h1><p>${escapeHtml(answer.message)}</p>
<p><a href="${escapeHtml(safeNext(answer.link.href))}">${escapeHtml(answer.link.text)}</a></p></main></body>
</html>
`;
  return new NextResponse(html, {
    status: answer.status,
    headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
  });
}
