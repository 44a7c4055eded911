// Contact forms of published sites post here (contract/forms.ts). A message is checked against the form
// as the live Build's content defines it, in this order: the budgets per client address and per site, the
// spam defences (a filled trap gets the same "sent" answer a person would, so a robot learns nothing; too
// many links or a blocked word gets a page saying so), then the fields. A message that passes is stored
// encrypted, the workspace's owners are emailed with Reply-To set to the sender, and the person is sent to
// the form's own "sent" page on the site. Rejected messages are counted, never stored.

import { BUILDS, type Build, type Website } from '@pagemagic/crds';
import type { SiteDocument } from '@pagemagic/crds/site-document';
import { escapeHtml, formSentPath, localeRoot } from '@pagemagic/operator/render';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Counter } from 'prom-client';
import { audit } from '../audit.ts';
import {
  deleteMessage,
  erasePersonMessages,
  findPersonMessages,
  getMessage,
  listMessages,
  setMessageRetention,
  submitForm,
  updateMessage,
} from '../contract/forms.ts';
import { ApiError } from '../errors.ts';
import { startRetentionSweep } from '../forms/retention.ts';
import {
  deleteMessage as deleteStored,
  eraseMessagesOfPerson,
  getMessage as getStored,
  listMessages as listStored,
  messagesOfPerson,
  ownerEmails,
  setHandled,
  storeSubmission,
} from '../forms/store.ts';
import { checkFields, DEFAULT_BLOCKLIST, findForm, spamReason } from '../forms/submission.ts';
import { clientAddressKey } from '../rate-limit/limiter.ts';
import { registerRoute } from '../route.ts';
import type { Services } from '../services.ts';
import { readContentRevision } from '../sites/content.ts';
import { getWebsite } from '../sites/store.ts';
import { memberWorkspace, requireRole, workspaceFor } from '../tenancy/context.ts';

/** `pagemagic.forms.submitted.<website uid>`: one message per stored submission, on core NATS. */
export const FORM_SUBMITTED_SUBJECT = 'pagemagic.forms.submitted';

/** Content revisions are immutable, so a parsed document is kept by name; a few hundred sites' worth. */
const DOCUMENTS_KEPT = 256;

// The answer pages are the API's own: no styles, no scripts, nothing to load.
const PAGE_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function answerPage(
  reply: FastifyReply,
  status: number,
  title: string,
  lines: string[],
  back?: { href: string; label: string },
): FastifyReply {
  const items = lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  const link = back ? `<p><a href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p>` : '';
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><h1>${escapeHtml(title)}</h1>${items ? `<ul>${items}</ul>` : ''}${link}</html>\n`;
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('content-security-policy', PAGE_POLICY)
    .send(html);
}

function seeSent(reply: FastifyReply, location: string): FastifyReply {
  return reply
    .code(303)
    .header('location', location)
    .header('content-type', 'text/html; charset=utf-8')
    .send('');
}

/** `page` as the form sent it, if it is a path on the site; else the site's home. */
function backTo(siteUrl: string, page: string | undefined): string {
  const home = new URL('/', siteUrl);
  if (!page?.startsWith('/') || page.startsWith('//')) return home.href;
  const url = new URL(page, home);
  return url.origin === home.origin ? url.href : home.href;
}

export async function formRoutes(app: FastifyInstance, { services }: { services: Services }) {
  const { config, db, pii, mailer } = services;
  const accepted = new Counter({
    name: 'pagemagic_api_form_submissions_total',
    help: 'Contact form messages stored for their site owners',
    registers: [services.metrics],
  });
  const rejected = new Counter({
    name: 'pagemagic_api_form_rejections_total',
    help: 'Contact form posts refused and not stored, by reason',
    labelNames: ['reason'],
    registers: [services.metrics],
  });
  const blocklist = [...DEFAULT_BLOCKLIST, ...config.forms.blocklist];
  const documents = new Map<string, SiteDocument>();

  async function documentOf(website: Website): Promise<SiteDocument | undefined> {
    const namespace = website.metadata.namespace ?? '';
    const live = website.status?.liveBuild;
    if (!live) return undefined;
    const build = await services.kubeClient.get<Build>(BUILDS, namespace, live).catch(() => undefined);
    const revision = build?.spec.contentRevision;
    if (!revision) return undefined;
    const key = `${namespace}/${revision}`;
    let doc = documents.get(key);
    if (!doc) {
      doc = await readContentRevision(services.kubeClient, namespace, website.metadata.name ?? '', revision);
      if (documents.size >= DOCUMENTS_KEPT) documents.delete(documents.keys().next().value as string);
      documents.set(key, doc);
    }
    return doc;
  }

  /** The budgets per address and per site, counted in Redis on every post; undefined when within both. */
  async function overBudget(request: FastifyRequest, siteUid: string) {
    const { perIp, perSite } = config.forms;
    try {
      const states = await Promise.all([
        app.rateLimiter.hit(
          { scope: 'ip', key: `form:ip:${clientAddressKey(request.ip)}`, limit: perIp },
          true,
        ),
        app.rateLimiter.hit({ scope: 'site', key: `form:site:${siteUid}`, limit: perSite }, true),
      ]);
      return states.find((state) => !state.allowed);
    } catch (error) {
      // A message matters more to a small business than a flood does: with Redis away, forms stay open.
      request.log.warn({ err: error }, 'form budgets cannot be checked; taking the message');
      return undefined;
    }
  }

  // The public form post in a scope of its own, which takes forms and nothing else: a JSON body there is 415,
  // as a form body is everywhere else.
  await app.register(async (forms) => {
    forms.removeContentTypeParser('application/json');
    forms.addContentTypeParser(
      'application/x-www-form-urlencoded',
      // Never more than any other route takes.
      { parseAs: 'string', bodyLimit: Math.min(config.forms.bodyLimitBytes, config.bodyLimitBytes) },
      (_request, body, done) => {
        const fields: Record<string, string> = {};
        // A name sent twice keeps its last value, as a form's own fields never repeat.
        for (const [name, value] of new URLSearchParams(body as string)) fields[name] = value;
        done(null, fields);
      },
    );

    registerRoute(forms, submitForm, async (request, reply) => {
      const body = request.body;
      const notTaking = (why: string) => {
        rejected.inc({ reason: 'no_form' });
        return answerPage(reply, 404, 'This form is not taking messages', [why]);
      };
      const website = services.cache.websiteByUid(request.params.siteUid);
      if (!website || website.metadata.deletionTimestamp) return notTaking('The site it belongs to is gone.');
      const siteUrl = website.status?.url;
      if (!siteUrl) return notTaking('The site it belongs to is not published.');
      const back = {
        href: backTo(siteUrl, body._page),
        label: 'Go back to the form (your text is still there)',
      };

      const over = await overBudget(request, request.params.siteUid);
      if (over) {
        rejected.inc({ reason: 'rate_limited' });
        reply.header('retry-after', String(over.resetSeconds));
        const who = over.scope === 'ip' ? 'from your network' : 'to this site';
        return answerPage(
          reply,
          429,
          'Too many messages',
          [`Too many messages were sent ${who} just now. Try again in ${over.resetSeconds} seconds.`],
          back,
        );
      }

      const doc = await documentOf(website);
      const found = doc && findForm(doc, body._section ?? '', body._locale ?? doc.defaultLocale);
      if (!doc || !found)
        return notTaking('The page it was on has changed; reload it and send your message again.');
      const section = body._section ?? '';
      const sent = new URL(formSentPath(localeRoot(found.locale, doc.defaultLocale), section), siteUrl).href;

      const spam = spamReason(body, { maxLinks: config.forms.maxLinks, blocklist });
      if (spam) {
        rejected.inc({ reason: spam });
        if (spam === 'trap') return seeSent(reply, sent);
        const why =
          spam === 'links'
            ? `A message may hold at most ${config.forms.maxLinks} links; take some out and send it again.`
            : 'The message holds words this site does not take; rephrase it and send it again.';
        return answerPage(reply, 422, 'Your message was not sent', [why], back);
      }

      const checked = checkFields(found.form, body);
      if (!checked.ok) {
        rejected.inc({ reason: 'invalid' });
        return answerPage(
          reply,
          422,
          'Your message was not sent',
          checked.problems.map((problem) => `${problem.label} ${problem.message}.`),
          back,
        );
      }

      const namespace = website.metadata.namespace ?? '';
      const { rows } = await db.query<{ id: string }>('SELECT id FROM workspaces WHERE namespace = $1', [
        namespace,
      ]);
      const workspaceId = rows[0]?.id;
      if (!workspaceId) return notTaking('The site it belongs to is gone.');
      const site = website.metadata.name ?? '';
      const stored = await storeSubmission(db, pii, {
        workspaceId,
        site,
        websiteUid: website.metadata.uid ?? '',
        section,
        page: body._page ?? '/',
        locale: found.locale,
        values: checked.values,
        ...(checked.replyTo ? { replyTo: checked.replyTo } : {}),
      });
      await audit(db, request, {
        action: 'form.submitted',
        workspaceId,
        target: site,
        details: { id: stored.id },
      });
      // For other consumers (a CRM, a chat notification): what happened, never what was typed.
      services.nats.publish(
        `${FORM_SUBMITTED_SUBJECT}.${website.metadata.uid}`,
        JSON.stringify({
          id: stored.id,
          workspaceId,
          site,
          section,
          locale: found.locale,
          createdAt: stored.createdAt.toISOString(),
        }),
      );
      accepted.inc();

      const name = doc.name || site;
      const text = [
        `Someone sent a message through the contact form of ${name} (${siteUrl}):`,
        '',
        ...checked.values.map((field) => `${field.label}: ${field.value}`),
        '',
        checked.replyTo ? 'Reply to this email to answer them.' : 'They left no email address.',
      ].join('\n');
      for (const to of await ownerEmails(db, pii, workspaceId)) {
        // The message is stored whatever the mail does; a failed mail is logged, not the visitor's problem.
        await mailer
          .send({
            to,
            subject: `New message from your site ${name}`,
            text,
            ...(checked.replyTo ? { replyTo: checked.replyTo } : {}),
          })
          .catch((error: unknown) =>
            request.log.error({ err: error, submission: stored.id }, 'could not email a form message'),
          );
      }
      return seeSent(reply, sent);
    });
  });

  // The owner's side: the site's messages, for members of its workspace.
  async function scopeOf(request: FastifyRequest & { params: { siteId: string } }) {
    const workspace = await workspaceFor(services, request);
    // not_found for a site of another workspace, exactly as for one that never existed.
    await getWebsite(services.kubeClient, workspace.namespace, request.params.siteId);
    return { workspace, scope: { workspaceId: workspace.id, site: request.params.siteId } };
  }
  const messageNotFound = (id: string) =>
    new ApiError(
      'not_found',
      `There is no message ${id} on this site; list the site's messages for their ids`,
    );

  registerRoute(app, listMessages, async (request) => {
    const { scope } = await scopeOf(request);
    const page = await listStored(db, pii, scope, {
      state: request.query.state ?? 'all',
      limit: request.query.limit ?? 20,
      ...(request.query.continue ? { continue: request.query.continue } : {}),
    });
    if (page === 'bad_cursor') {
      throw new ApiError(
        'bad_request',
        'The continue token is not valid; pass the one the previous page returned, or leave it out',
      );
    }
    return page;
  });

  registerRoute(app, getMessage, async (request) => {
    const { scope } = await scopeOf(request);
    const message = await getStored(db, pii, scope, request.params.messageId);
    if (!message) throw messageNotFound(request.params.messageId);
    return message;
  });

  registerRoute(app, updateMessage, async (request) => {
    const { workspace, scope } = await scopeOf(request);
    requireRole(workspace, 'editor', 'marking a message handled');
    const message = await setHandled(db, pii, scope, request.params.messageId, request.body.handled);
    if (!message) throw messageNotFound(request.params.messageId);
    await audit(db, request, {
      action: request.body.handled ? 'message.handled' : 'message.unhandled',
      workspaceId: workspace.id,
      target: `${scope.site}/${message.id}`,
    });
    return message;
  });

  registerRoute(app, deleteMessage, async (request, reply) => {
    const { workspace, scope } = await scopeOf(request);
    requireRole(workspace, 'editor', 'deleting a message');
    if (!(await deleteStored(db, scope, request.params.messageId)))
      throw messageNotFound(request.params.messageId);
    await audit(db, request, {
      action: 'message.deleted',
      workspaceId: workspace.id,
      target: `${scope.site}/${request.params.messageId}`,
    });
    return reply.code(204).send(null);
  });

  // A person's data, on request, and how long any of it is kept: owners only.
  registerRoute(app, setMessageRetention, async (request) => {
    const workspace = await memberWorkspace(services, request, request.params.workspaceId);
    requireRole(workspace, 'owner', 'changing how long messages are kept');
    await db.query('UPDATE workspaces SET message_retention_days = $2 WHERE id = $1', [
      workspace.id,
      request.body.days,
    ]);
    await audit(db, request, {
      action: 'messages.retention',
      workspaceId: workspace.id,
      details: { days: request.body.days },
    });
    return { days: request.body.days };
  });

  registerRoute(app, findPersonMessages, async (request) => {
    const workspace = await memberWorkspace(services, request, request.params.workspaceId);
    requireRole(workspace, 'owner', "looking up a person's messages");
    const items = await messagesOfPerson(db, pii, workspace.id, request.body.email);
    await audit(db, request, {
      action: 'messages.find',
      workspaceId: workspace.id,
      details: { found: items.length },
    });
    return { items };
  });

  registerRoute(app, erasePersonMessages, async (request) => {
    const workspace = await memberWorkspace(services, request, request.params.workspaceId);
    requireRole(workspace, 'owner', "erasing a person's messages");
    const deleted = await eraseMessagesOfPerson(db, pii, workspace.id, request.body.email);
    await audit(db, request, { action: 'messages.erase', workspaceId: workspace.id, details: { deleted } });
    return { deleted };
  });

  const stopSweep = startRetentionSweep(db, config.forms.retentionSweepMs, ({ deleted, error }) => {
    if (error) app.log.error({ err: error }, 'the message retention sweep failed; it runs again later');
    else if (deleted) app.log.info({ deleted }, 'deleted messages past their retention');
  });
  app.addHook('onClose', async () => stopSweep());
}
