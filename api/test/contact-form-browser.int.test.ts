// A generated site's contact form, end to end in Chromium with JavaScript switched off: the operator builds
// the site with its forms posting to this API, `serve-sites` serves it at its *.localhost URL, a person fills
// the form and sends it, lands on the form's "sent" page on the site, the message is in the owner's list
// through the API, and the owner has a mail whose Reply-To is the sender.

import { randomBytes } from 'node:crypto';
import type { ContactForm, SiteDocument } from '@pagemagic/crds/site-document';
import { freePort } from '@pagemagic/hack/testkit/free-port';
import { loadKubeConfig } from '@pagemagic/hack/testkit/kube';
import { Mailpit } from '@pagemagic/hack/testkit/mailpit';
import { testServerSettings } from '@pagemagic/hack/testkit/test-servers';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../operator/src/config.ts';
import { createLogger, KubeClient, resources } from '../../operator/src/runtime/index.ts';
import { createSiteRouter, type SiteRouter } from '../../operator/src/serving/index.ts';
import { launchBrowser } from '../../operator/test/helpers/browser.ts';
import type { PagemagicClient } from '../src/client/index.ts';
import { listMessages } from '../src/contract/forms.ts';
import { createSite, getSite, getSiteContent } from '../src/contract/sites.ts';
import { FIELD_LIMITS } from '../src/forms/submission.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';
import {
  type Operator,
  startWorkspaceOperator,
  stopWorkspaceOperator,
} from './helpers/workspace-operator.ts';

let api: TestApi;
let operator: Operator | undefined;
let router: SiteRouter | undefined;
let browser: Browser | undefined;
let client: PagemagicClient;
let ownerEmail: string;
let siteUrl: string;
let siteId: string;
let document: SiteDocument;

const mailpit = new Mailpit();
/** The key serve-sites signs form pages with and the API checks them with, as make dev shares one. */
const STAMP_KEY = randomBytes(32).toString('hex');
const MIN_FILL_MS = 1000;

beforeAll(async () => {
  api = await startTestApi({
    env: {
      PAGEMAGIC_FORM_STAMP_KEY: STAMP_KEY,
      PAGEMAGIC_FORM_MIN_FILL_SECONDS: String(MIN_FILL_MS / 1000),
    },
  });
  ownerEmail = `owner-${randomBytes(4).toString('hex')}@example.com`;
  const { tokens } = await api.signUp(ownerEmail);
  client = api.client(tokens);
  const { rows } = await api.services.db.query<{ namespace: string }>(
    `SELECT w.namespace FROM workspaces w JOIN memberships m ON m.workspace_id = w.id
      JOIN users u ON u.id = m.user_id WHERE u.email_lookup = $1`,
    [api.services.pii.lookup(ownerEmail)],
  );
  const namespace = rows[0]?.namespace ?? '';
  // The router serves the namespaces that carry its label, as make dev's does.
  const label = `pagemagic.dev/contact-form-test=${randomBytes(4).toString('hex')}`;
  const [labelKey, labelValue] = label.split('=') as [string, string];
  const kubeConfig = loadKubeConfig();
  await new KubeClient(kubeConfig, { fieldManager: 'contact-form-test' }).mergePatch(
    resources.namespaces,
    { name: namespace },
    { metadata: { labels: { [labelKey]: labelValue } } },
  );
  const port = await freePort();
  const siteSettings = {
    PAGEMAGIC_SITE_URL_SCHEME: 'http',
    PAGEMAGIC_SITE_URL_PORT: String(port),
    PAGEMAGIC_FORMS_URL: `${api.url}/forms`,
  };
  const routerSettings = { ...siteSettings, PAGEMAGIC_FORM_STAMP_KEY: STAMP_KEY };
  operator = await startWorkspaceOperator(namespace, siteSettings);
  router = createSiteRouter({
    kubeConfig,
    config: {
      ...configFromEnv({ PAGEMAGIC_REGISTRY: testServerSettings().registryHost, ...routerSettings }),
      metrics: { host: '127.0.0.1', port: 0 },
    },
    listen: { host: '127.0.0.1', port },
    namespaceSelector: label,
    logger: createLogger({ level: 'error', write: (line) => process.stderr.write(`${line}\n`) }),
    processMetrics: false,
  });
  await router.start();

  const created = await client.call(createSite, {
    body: { prompt: 'A family bakery in Porto with sourdough bread, email ola@padaria.example' },
  });
  siteId = created.id;
  const deadline = Date.now() + 180_000;
  for (;;) {
    const site = await client.call(getSite, { params: { siteId } });
    if (site.status.phase === 'ready' && site.status.url) {
      siteUrl = site.status.url;
      break;
    }
    if (Date.now() > deadline)
      throw new Error(`site ${siteId} never went live: ${JSON.stringify(site.status)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  document = (await client.call(getSiteContent, { params: { siteId } })).document as SiteDocument;
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await router?.stop();
  await stopWorkspaceOperator(operator);
  await api?.close();
});

/** The page of the site that holds its contact form, and the form. */
function contactForm(): { path: string; sectionId: string; form: ContactForm } {
  for (const page of document.pages) {
    for (const section of page.sections) {
      if (section.type === 'contact' && section.props.form) {
        return {
          path: page.slug === 'index' ? '/' : `/${page.slug}/`,
          sectionId: section.id,
          form: section.props.form,
        };
      }
    }
  }
  throw new Error('the generated site has no contact form');
}

const VALUES: Record<string, string> = {
  text: 'Ana Lima',
  email: 'ana@example.com',
  tel: '+351 912 345 678',
  textarea: 'Could you bake a birthday cake for Saturday?',
  date: '2027-01-09',
  number: '2',
};

describe('a contact form without JavaScript', () => {
  it('takes the message to the owner and the person to the "sent" page', async () => {
    const { path, sectionId, form } = contactForm();
    const context = await (browser as Browser).newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(new URL(path, siteUrl).href);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain(
      `form-action 'self' ${new URL(api.url).origin}`,
    );
    // The page is stamped with the time it was served, for this visitor alone.
    expect(response?.headers()['cache-control']).toBe('no-store');
    expect(await page.locator('input[name="_issued"]').getAttribute('value')).toMatch(/^\d+\.[\w-]{43}$/);

    // Sent with a value the browser lets through and the form's own check does not (an address without a
    // dot in its domain, or a text past its length): the site's "not sent" page, served by the API, with
    // what was typed kept and the problem at its field.
    const wrong = form.fields.find((f) => f.type === 'email') ?? form.fields.find((f) => f.type === 'text');
    if (!wrong) throw new Error('the generated form has neither an email nor a text field');
    const wrongValue = wrong.type === 'email' ? 'ana@example' : 'x'.repeat(FIELD_LIMITS.text + 1);
    for (const field of form.fields) {
      const input = page.locator('form.form').getByLabel(field.label, { exact: false }).first();
      if (field.type === 'select') await input.selectOption(field.options?.[0] ?? '');
      else if (field.type === 'checkbox') await input.check();
      else await input.fill(field === wrong ? wrongValue : (VALUES[field.type] ?? 'Hello'));
    }
    await page.getByRole('button', { name: form.submitLabel }).click();
    await page.waitForURL(`${api.url}/forms/**`);
    expect(await page.locator('h1').textContent()).toBe('Your message was not sent');
    expect(await page.locator('header').first().textContent()).toContain(document.name);
    const corrected = page.locator('form.form').getByLabel(wrong.label, { exact: false }).first();
    expect(await corrected.getAttribute('aria-invalid')).toBe('true');
    expect(await corrected.inputValue()).toBe(wrongValue);
    const kept = form.fields.find((f) => f.type === 'textarea');
    if (kept)
      expect(
        await page.locator('form.form').getByLabel(kept.label, { exact: false }).first().inputValue(),
      ).toBe(VALUES.textarea);

    // Filled in and sent again once a person could have written it: taken.
    await corrected.fill(VALUES[wrong.type] ?? 'Hello');
    await page.waitForTimeout(MIN_FILL_MS);
    const sentAt = new Date();
    await page.getByRole('button', { name: form.submitLabel }).click();
    await page.waitForURL(`${siteUrl}_sent/${sectionId}/`);
    expect(await page.locator('h1').textContent()).toBe('Thank you, your message was sent');
    expect(await page.locator('.lead').textContent()).toBe(form.successMessage);
    await context.close();

    const { items, unhandled } = await client.call(listMessages, { params: { siteId }, query: {} });
    expect(unhandled).toBe(1);
    const message = items[0];
    expect(message?.page).toBe(path);
    for (const field of form.fields.filter((f) => f.type === 'textarea' || f.type === 'email')) {
      expect(message?.fields.find((f) => f.name === field.name)?.value).toBe(VALUES[field.type]);
    }
    const emailField = form.fields.find((f) => f.type === 'email');
    const mail = await mailpit.waitFor(ownerEmail, { after: new Date(sentAt.getTime() - 1000) });
    expect(mail.Subject).toMatch(/^New message from your site /);
    if (emailField) expect(mail.ReplyTo?.[0]?.Address).toBe(VALUES.email);
  });
});
