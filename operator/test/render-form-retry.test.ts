// The form endpoint's "not sent" page: a page of the site itself, in the form's language, with what the person
// typed put back (escaped: it is a stranger's text) and each problem beside its field.

import { exampleSiteDocument } from '@pagemagic/crds/site-document';
import { describe, expect, it } from 'vitest';
import { type FormRetry, renderFormRetry } from '../src/site/render/index.ts';

const OPTIONS = { baseUrl: 'https://bakery.example', formAction: 'https://api.example/forms/0b6a' };
const retry = (overrides: Partial<FormRetry> = {}): FormRetry => ({
  locale: 'en',
  sectionId: 'visit',
  page: '/contact/',
  values: new Map([
    ['name', 'Ana'],
    ['order', 'Cake'],
    ['message', 'Hello'],
  ]),
  problems: [],
  issued: '1700000000000.signature',
  ...overrides,
});
const render = (overrides: Partial<FormRetry> = {}) => {
  const page = renderFormRetry(exampleSiteDocument(), OPTIONS, retry(overrides));
  if (!page) throw new Error('the example has the form');
  return page;
};

describe('the "not sent" page', () => {
  it('is the site’s page: its language, header and footer, links resolving against the site', () => {
    const { html } = render();
    expect(html).toMatch(/^<!doctype html><html lang="en" dir="ltr">/);
    expect(html).toContain('<base href="https://bakery.example/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(exampleSiteDocument().name);
    expect(html).toContain('<form class="form" action="https://api.example/forms/0b6a" method="post">');
    expect(html).toContain('<input type="hidden" name="_page" value="/contact/">');
    expect(html).toContain('<input type="hidden" name="_issued" value="1700000000000.signature">');
  });

  it('puts back what was typed, escaped, with the choice still chosen', () => {
    const { html } = render({
      values: new Map([
        ['name', '"><script>alert(1)</script>'],
        ['order', 'Cake'],
        ['message', '</textarea><img src=x onerror=alert(1)>'],
      ]),
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('value="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toContain('&lt;/textarea&gt;&lt;img src=x onerror=alert(1)&gt;</textarea>');
    expect(html).toContain('<option selected>Cake</option>');
  });

  it('says each problem at its field, in the page’s language, and the others above the form', () => {
    const { html } = render({
      locale: 'pt',
      problems: [
        { field: 'name', code: 'required' },
        { field: 'message', code: 'tooLong', n: 5000 },
        { code: 'tooMany', n: 42 },
      ],
    });
    expect(html).toMatch(/^<!doctype html><html lang="pt"/);
    expect(html).toContain('A sua mensagem não foi enviada');
    expect(html).toMatch(
      /<p class="err" id="([^"]+)-e">Preencha este campo\.<\/p><input [^>]*id="\1"[^>]*aria-invalid="true" aria-describedby="\1-e">/,
    );
    expect(html).toContain('Encurte para 5000 caracteres ou menos.');
    expect(html).toContain('<div class="alert" role="alert"><p>');
    expect(html).toContain(
      '<li>Foram enviadas demasiadas mensagens agora mesmo. Aguarde 42 segundos e envie de novo.</li>',
    );
  });

  it('may post to the endpoint and be sent on to the site, and load nothing but its own stylesheet', () => {
    const { html, contentSecurityPolicy } = render();
    const styleHash = /style-src ('sha256-[^']+')/.exec(contentSecurityPolicy)?.[1];
    expect(styleHash).toBeDefined();
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(contentSecurityPolicy).toContain('form-action https://bakery.example https://api.example');
    expect(contentSecurityPolicy).toContain('base-uri https://bakery.example');
    expect(contentSecurityPolicy).toContain('img-src https://bakery.example https: data:');
    expect(contentSecurityPolicy).not.toContain('script-src');
  });

  it('is not there for a form the site does not have', () => {
    expect(renderFormRetry(exampleSiteDocument(), OPTIONS, retry({ sectionId: 'menu' }))).toBeUndefined();
    expect(renderFormRetry(exampleSiteDocument(), OPTIONS, retry({ sectionId: 'nope' }))).toBeUndefined();
  });
});
