// Who hears of a contact form message: owners an email per message unless they choose otherwise, other
// members nothing until they opt in, a daily digest for those who choose one, and nobody outside the
// workspace. Real PostgreSQL and mailpit; the mail functions are called directly so each test knows when
// every mail has been handed over.

import { randomBytes } from 'node:crypto';
import { Mailpit } from '@pagemagic/hack/testkit/mailpit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClientError } from '../src/client/index.ts';
import { getNotifications, setNotifications } from '../src/contract/forms.ts';
import { notifyEach, sendDueDigests } from '../src/forms/notify.ts';
import { storeSubmission } from '../src/forms/store.ts';
import { startTestApi, type TestApi } from './helpers/test-api.ts';

let api: TestApi;
const mailpit = new Mailpit();
const unique = () => randomBytes(4).toString('hex');
const DAY = 24 * 60 * 60 * 1000;

async function workspaceOf(email: string): Promise<string> {
  const { rows } = await api.services.db.query<{ id: string }>(
    `SELECT w.id FROM workspaces w JOIN memberships m ON m.workspace_id = w.id
      JOIN users u ON u.id = m.user_id WHERE u.email_lookup = $1 AND m.role = 'owner'`,
    [api.services.pii.lookup(email)],
  );
  return rows[0]?.id ?? '';
}

/** An owner's workspace with an editor and a viewer in it. */
async function team() {
  const owner = `owner-${unique()}@example.com`;
  const editor = `editor-${unique()}@example.com`;
  const viewer = `viewer-${unique()}@example.com`;
  const ownerSession = await api.signUp(owner);
  const editorSession = await api.signUp(editor);
  const viewerSession = await api.signUp(viewer);
  const workspaceId = await workspaceOf(owner);
  for (const [user, role] of [
    [editorSession.user.id, 'editor'],
    [viewerSession.user.id, 'viewer'],
  ] as const) {
    await api.services.db.query('INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, $3)', [
      workspaceId,
      user,
      role,
    ]);
  }
  return {
    workspaceId,
    owner: { email: owner, client: api.client(ownerSession.tokens) },
    editor: { email: editor, client: api.client(editorSession.tokens) },
    viewer: { email: viewer, client: api.client(viewerSession.tokens) },
  };
}

const mailsTo = async (address: string) => (await mailpit.to(address)).length;

async function newMessage(workspaceId: string, name: string) {
  const values = [
    { name: 'name', label: 'Your name', value: name },
    { name: 'email', label: 'Email', value: 'ana@example.com' },
  ];
  await storeSubmission(api.services.db, api.services.pii, {
    workspaceId,
    site: 'bakery',
    websiteUid: 'uid-1',
    section: 'visit',
    page: '/contact/',
    locale: 'en',
    values,
    replyTo: 'ana@example.com',
  });
  await notifyEach(api.services.db, api.services.pii, api.services.mailer, {
    workspaceId,
    siteName: 'Bakery',
    siteUrl: 'https://bakery.example/',
    values,
    replyTo: 'ana@example.com',
  });
}

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => api?.close());

describe('contact form notifications', () => {
  it('go to owners for each message, and to other members only once they opt in', async () => {
    const t = await team();
    const workspaceId = t.workspaceId;
    expect(await t.owner.client.call(getNotifications, { params: { workspaceId } })).toEqual({
      forms: 'each',
    });
    expect(await t.editor.client.call(getNotifications, { params: { workspaceId } })).toEqual({
      forms: 'off',
    });

    await newMessage(workspaceId, 'First');
    expect(await mailsTo(t.owner.email)).toBe(1);
    expect(await mailsTo(t.editor.email)).toBe(0);
    expect(await mailsTo(t.viewer.email)).toBe(0);

    await t.viewer.client.call(setNotifications, { params: { workspaceId }, body: { forms: 'each' } });
    await t.owner.client.call(setNotifications, { params: { workspaceId }, body: { forms: 'off' } });
    await newMessage(workspaceId, 'Second');
    expect(await mailsTo(t.owner.email)).toBe(1);
    expect(await mailsTo(t.viewer.email)).toBe(1);
    const mail = await mailpit.waitFor(t.viewer.email);
    expect(mail.ReplyTo?.[0]?.Address).toBe('ana@example.com');
    expect(mail.Text).toContain('Your name: Second');
  });

  it('as a daily digest: one mail a day with the messages since the last, none when there were none', async () => {
    const t = await team();
    const workspaceId = t.workspaceId;
    await t.editor.client.call(setNotifications, { params: { workspaceId }, body: { forms: 'daily' } });
    await newMessage(workspaceId, 'Morning');
    await newMessage(workspaceId, 'Evening');
    // No mail per message for a digest reader, and no digest before a day has passed.
    expect(await mailsTo(t.editor.email)).toBe(0);
    await sendDueDigests(api.services.db, api.services.pii, api.services.mailer);
    expect(await mailsTo(t.editor.email)).toBe(0);

    const tomorrow = new Date(Date.now() + DAY + 60_000);
    await sendDueDigests(api.services.db, api.services.pii, api.services.mailer, tomorrow);
    expect(await mailsTo(t.editor.email)).toBe(1);
    const digest = await mailpit.waitFor(t.editor.email);
    expect(digest.Subject).toMatch(/^2 new messages from your sites in /);
    expect(digest.Text).toContain('Your name: Morning');
    expect(digest.Text).toContain('Your name: Evening');

    // The same day again: nothing more. A day later with no new messages: nothing either.
    await sendDueDigests(api.services.db, api.services.pii, api.services.mailer, tomorrow);
    await sendDueDigests(
      api.services.db,
      api.services.pii,
      api.services.mailer,
      new Date(tomorrow.getTime() + DAY),
    );
    expect(await mailsTo(t.editor.email)).toBe(1);
  });

  it("are each member's own choice, in their own workspaces only", async () => {
    const t = await team();
    const outsider = await api.signUp(`outsider-${unique()}@example.com`);
    const call = api
      .client(outsider.tokens)
      .call(setNotifications, { params: { workspaceId: t.workspaceId }, body: { forms: 'each' } });
    await expect(call).rejects.toBeInstanceOf(ApiClientError);
    await expect(call).rejects.toMatchObject({ status: 404 });
    await t.editor.client.call(setNotifications, {
      params: { workspaceId: t.workspaceId },
      body: { forms: 'each' },
    });
    expect(await t.owner.client.call(getNotifications, { params: { workspaceId: t.workspaceId } })).toEqual({
      forms: 'each',
    });
    await expect(
      t.editor.client.call(setNotifications, {
        params: { workspaceId: t.workspaceId },
        // Not a choice the contract has: what a hand-made request could send.
        body: { forms: 'weekly' } as unknown as { forms: 'each' },
      }),
    ).rejects.toMatchObject({ status: 400 });
  });
});
