import { escapeHtml } from '@pagemagic/operator/render';
import { describe, expect, it } from 'vitest';
import { plainAnswer } from '../lib/plain-answer.ts';

describe('plainAnswer', () => {
  it("escapes its words for HTML with the renderer's escapeHtml, the one escaping of the codebase", async () => {
    const title = `<script>alert("x")</script> & 'more'`;
    const response = plainAnswer(new Request('http://app.test/x', { headers: { accept: 'text/html' } }), {
      status: 403,
      code: 'forbidden',
      title,
      message: 'Not yours',
      link: { text: 'Back', href: '/' },
    });
    const html = await response.text();
    expect(html).toContain(`<h1>${escapeHtml(title)}</h1>`);
    expect(html).toContain('<h1>&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#39;more&#39;</h1>');
  });
});
