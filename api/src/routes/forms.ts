// Contact forms of published sites post here (contract/forms.ts). A message is checked against the form
// as the live Build's content defines it, in this order: the budgets per client address and per site, the
// spam defences (a filled trap gets the same "sent" answer a person would, so a robot learns nothing; too
// many links or a blocked word gets a page saying so), then the fields. A message that passes is stored
// encrypted, the workspace's owners are emailed with Reply-To set to the sender, and the person is sent to
// the form's own "sent" page on the site. Rejected messages are counted, never stored.

import { BUILDS, type Build, type Website } from '@pagemagic/crds';
import { readFormStamp, signFormStamp } from '@pagemagic/crds/form-stamp';
import type { SiteDocument } from '@pagemagic/crds/site-document';
import { FORM_ISSUED_FIELD } from '@pagemagic/crds/site-document';
import {
  escapeHtml,
  type FormProblem,
  formSentPath,
  localeRoot,
  renderFormRetry,
} from '@pagemagic/operator/render';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Counter } from 'prom-client';
import { audit } from '../audit.ts';
import { countFormMessage } from '../billing/form-messages.ts';
import { sendPendingNotices } from '../billing/notices.ts';
import {
  deleteMessage,
  erasePersonMessages,
  findPersonMessages,
  getMessage,
  getNotifications,
  listMessages,
  setMessageRetention,
  setNotifications,
  submitForm,
  updateMessage,
} from '../contract/forms.ts';
import { ApiError } from '../errors.ts';
import { memberNotifications, notifyEach, setMemberNotifications, startDigests } from '../forms/notify.ts';
import { startRetentionSweep } from '../forms/retention.ts';
import {
  deleteMessage as deleteStored,
  eraseMessagesOfPerson,
  getMessage as getStored,
  listMessages as listStored,
  messagesOfPerson,
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

/** The API's own page, for a post no site form can answer: the site or its form is gone. */
function answerPage(reply: FastifyReply, status: number, title: string, lines: string[]): FastifyReply {
  const items = lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><h1>${escapeHtml(title)}</h1>${items ? `<ul>${items}</ul>` : ''}</html>\n`;
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

  /** What the page's `_issued` stamp says against the minimum fill time; undefined when it passes. */
  function stampProblem(
    body: Readonly<Record<string, string>>,
    site: string,
  ): 'tooFast' | 'stale' | undefined {
    const key = config.forms.stampKey;
    if (!key) return undefined;
    const issued = readFormStamp(key, site, body[FORM_ISSUED_FIELD] ?? '');
    // No stamp, a forged one or another site's: the person sends again from a page with a real one.
    if (issued === 'forged') return 'stale';
    const age = Date.now() - issued;
    if (age < config.forms.minFillMs) return 'tooFast';
    return age > config.forms.stampMaxAgeMs ? 'stale' : undefined;
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
      const namespace = website.metadata.namespace ?? '';
      const site = website.metadata.name ?? '';
      const stampedSite = `${namespace}/${site}`;

      const doc = await documentOf(website);
      const found = doc && findForm(doc, body._section ?? '', body._locale ?? doc.defaultLocale);
      if (!doc || !found)
        return notTaking('The page it was on has changed; reload it and send your message again.');
      const section = body._section ?? '';
      const sent = new URL(formSentPath(localeRoot(found.locale, doc.defaultLocale), section), siteUrl).href;

      /** The site's own "not sent" page, with the form as the person left it and what to change. */
      const notSent = (status: 422 | 429, problems: FormProblem[]) => {
        const values = new Map<string, string>();
        for (const field of found.form.fields) {
          const value = body[field.name];
          if (value !== undefined) values.set(field.name, value);
        }
        const key = config.forms.stampKey;
        const page = renderFormRetry(
          doc,
          {
            baseUrl: new URL(siteUrl).origin,
            formAction: `${config.publicUrl}/forms/${website.metadata.uid}`,
          },
          {
            locale: found.locale,
            sectionId: section,
            page: new URL(backTo(siteUrl, body._page)).pathname,
            values,
            problems,
            ...(key ? { issued: signFormStamp(key, stampedSite, Date.now()) } : {}),
          },
        );
        // findForm found the form, so the renderer does too; a plain page is the answer if it ever does not.
        if (!page) return notTaking('The page it was on has changed; reload it and send your message again.');
        return reply
          .code(status)
          .header('content-type', 'text/html; charset=utf-8')
          .header('cache-control', 'no-store')
          .header('content-security-policy', page.contentSecurityPolicy)
          .send(page.html);
      };

      const over = await overBudget(request, request.params.siteUid);
      if (over) {
        rejected.inc({ reason: 'rate_limited' });
        reply.header('retry-after', String(over.resetSeconds));
        return notSent(429, [{ code: 'tooMany', n: over.resetSeconds }]);
      }

      const spam = spamReason(body, { maxLinks: config.forms.maxLinks, blocklist });
      // A filled trap gets the answer a person would: a robot learns nothing from it.
      if (spam === 'trap') {
        rejected.inc({ reason: 'trap' });
        return seeSent(reply, sent);
      }
      const problems: FormProblem[] = [];
      const reasons: string[] = [];
      const stamp = stampProblem(body, stampedSite);
      if (stamp) {
        problems.push({ code: stamp });
        reasons.push(stamp === 'tooFast' ? 'too_fast' : 'stale_stamp');
      }
      if (spam === 'links') problems.push({ code: 'links', n: config.forms.maxLinks });
      if (spam === 'blocklist') problems.push({ code: 'blocked' });
      if (spam) reasons.push(spam);
      const checked = checkFields(found.form, body);
      if (!checked.ok) {
        problems.push(...checked.problems);
        reasons.push('invalid');
      }
      if (!checked.ok || problems.length > 0) {
        // One count per refused post, under its first reason.
        rejected.inc({ reason: reasons[0] ?? 'invalid' });
        return notSent(422, problems);
      }

      const { rows } = await db.query<{ id: string }>('SELECT id FROM workspaces WHERE namespace = $1', [
        namespace,
      ]);
      const workspaceId = rows[0]?.id;
      if (!workspaceId) return notTaking('The site it belongs to is gone.');
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
      // The plan's monthly allowance: counted, never refused; notices are mailed off the request path.
      void countFormMessage(db, workspaceId)
        .then((added) => (added > 0 ? sendPendingNotices(services, workspaceId) : undefined))
        .catch((error: unknown) =>
          request.log.error({ err: error, workspaceId }, 'could not count a form message against the plan'),
        );

      // The message is stored; the visitor does not wait for the mail server, and a failed mail is logged
      // (the owner still finds the message in the inbox).
      void notifyEach(db, pii, mailer, {
        workspaceId,
        siteName: doc.name || site,
        siteUrl,
        values: checked.values,
        ...(checked.replyTo ? { replyTo: checked.replyTo } : {}),
      }).catch((error: unknown) =>
        request.log.error({ err: error, submission: stored.id }, 'could not email a form message'),
      );
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

  registerRoute(app, getNotifications, async (request) => {
    const workspace = await memberWorkspace(services, request, request.params.workspaceId);
    const forms = await memberNotifications(db, workspace.id, request.principal.userId);
    if (!forms) throw new ApiError('not_found', 'You are not a member of this workspace');
    return { forms };
  });

  registerRoute(app, setNotifications, async (request) => {
    const workspace = await memberWorkspace(services, request, request.params.workspaceId);
    await setMemberNotifications(db, workspace.id, request.principal.userId, request.body.forms);
    await audit(db, request, {
      action: 'messages.notifications',
      workspaceId: workspace.id,
      details: { forms: request.body.forms },
    });
    return { forms: request.body.forms };
  });

  const stopDigests = startDigests(db, pii, mailer, config.forms.digestCheckMs, ({ sent, error }) => {
    if (error)
      app.log.error({ err: error }, 'sending message digests failed; they are sent on the next round');
    else if (sent) app.log.info({ sent }, 'sent message digests');
  });
  app.addHook('onClose', async () => stopDigests());

  const stopSweep = startRetentionSweep(db, config.forms.retentionSweepMs, ({ deleted, error }) => {
    if (error) app.log.error({ err: error }, 'the message retention sweep failed; it runs again later');
    else if (deleted) app.log.info({ deleted }, 'deleted messages past their retention');
  });
  app.addHook('onClose', async () => stopSweep());
}
