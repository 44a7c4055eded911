import Clipboard from '@react-native-clipboard/clipboard';
import { act, fireEvent, screen, waitFor } from '@testing-library/react-native';
import { AppState } from 'react-native';
import AccountScreen from '../app/account.tsx';
import ConfirmScreen from '../app/confirm.tsx';
import SitesScreen from '../app/index.tsx';
import NewSiteScreen from '../app/new-site.tsx';
import SignInScreen from '../app/sign-in.tsx';
import DomainsScreen from '../app/sites/[siteId]/domains.tsx';
import HistoryScreen from '../app/sites/[siteId]/history.tsx';
import SiteScreen from '../app/sites/[siteId]/index.tsx';
import MessagesScreen from '../app/sites/[siteId]/messages.tsx';
import UsageScreen from '../app/usage.tsx';
import { FakeAuthApi } from './fake-api.ts';
import { API, renderScreens } from './render.tsx';
import { setNetwork } from './setup.ts';

const site = (id: string, phase: string, url?: string) => ({
  id,
  name: id,
  prompt: 'A bakery',
  locales: ['en'],
  status: { phase, conditions: [], ...(url ? { url } : {}) },
  createdAt: '2026-12-01T10:00:00Z',
  generation: 1,
});

const withBuilds = (
  listed: ReturnType<typeof site>,
  builds: { liveBuild?: string; latestBuild?: string },
) => ({ ...listed, status: { ...listed.status, ...builds } });

/** What RefreshControl calls when the person pulls the list down. */
async function pullToRefresh() {
  const [scroller] = screen.root?.queryAll((node) => node.props.refreshControl !== undefined) ?? [];
  if (!scroller) throw new Error('This screen cannot be pulled to refresh');
  await act(async () => scroller.props.refreshControl.props.onRefresh());
}

describe('sites list', () => {
  it('shows each site with its status and address', async () => {
    const api = new FakeAuthApi();
    api.routes.set('GET /api/v1/sites', () => ({
      status: 200,
      body: { items: [site('bakery', 'ready', 'http://bakery.sites.test'), site('salon', 'building')] },
    }));
    await renderScreens(api, { index: SitesScreen }, { initialUrl: '/' });
    expect(await screen.findByText('bakery')).toBeOnTheScreen();
    expect(screen.getByText('http://bakery.sites.test')).toBeOnTheScreen();
    expect(screen.getByText('Live')).toBeOnTheScreen();
    expect(screen.getByText('Building')).toBeOnTheScreen();
    expect(screen.getByRole('link', { name: /salon.*Building.*No address yet/ })).toBeOnTheScreen();
  });

  it("shows the live build's page as each card's picture, asking for its preview link once", async () => {
    const api = new FakeAuthApi();
    const asked: string[] = [];
    let listed = 0;
    api.routes.set('GET /api/v1/sites', () => {
      listed += 1;
      return {
        status: 200,
        body: {
          items: [withBuilds(site('bakery', 'ready'), { liveBuild: 'bakery-b2', latestBuild: 'bakery-b3' })],
        },
      };
    });
    for (const build of ['bakery-b2', 'bakery-b3']) {
      api.routes.set(`GET /api/v1/builds/${build}/preview`, () => {
        asked.push(build);
        return {
          status: 200,
          body: { previewUrl: `${API}/preview/token-${build}/`, expiresAt: '2026-12-02T10:00:00Z' },
        };
      });
    }
    await renderScreens(api, { index: SitesScreen }, { initialUrl: '/' });
    const picture = `webview:${API}/preview/token-bakery-b2/`;
    expect(await screen.findByTestId(picture, { includeHiddenElements: true })).toBeOnTheScreen();
    // The card's label names the site; the picture adds nothing for a screen reader.
    expect(screen.queryByTestId(picture)).toBeNull();
    await pullToRefresh();
    expect(listed).toBe(2);
    expect(await screen.findByTestId(picture, { includeHiddenElements: true })).toBeOnTheScreen();
    expect(asked).toEqual(['bakery-b2']);
  });

  it('says a site without a build is being written', async () => {
    const api = new FakeAuthApi();
    api.routes.set('GET /api/v1/sites', () => ({
      status: 200,
      body: { items: [site('bakery', 'writing')] },
    }));
    await renderScreens(api, { index: SitesScreen }, { initialUrl: '/' });
    expect(await screen.findByText('Being written…', { includeHiddenElements: true })).toBeOnTheScreen();
    expect(screen.queryByText('No preview', { includeHiddenElements: true })).toBeNull();
  });

  it("shows no preview, and not the API's error, when the preview link is refused", async () => {
    const api = new FakeAuthApi();
    api.routes.set('GET /api/v1/sites', () => ({
      status: 200,
      body: { items: [withBuilds(site('bakery', 'building'), { latestBuild: 'bakery-b1' })] },
    }));
    api.routes.set('GET /api/v1/builds/bakery-b1/preview', () => ({
      status: 503,
      body: { error: { code: 'preview_unavailable', message: 'Previews are resting.' } },
    }));
    await renderScreens(api, { index: SitesScreen }, { initialUrl: '/' });
    expect(await screen.findByText('No preview', { includeHiddenElements: true })).toBeOnTheScreen();
    expect(screen.getByRole('link', { name: /bakery.*No address yet/ })).toBeOnTheScreen();
    expect(screen.queryByText(/Previews are resting/, { includeHiddenElements: true })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers to create the first site when there is none', async () => {
    const api = new FakeAuthApi();
    api.routes.set('GET /api/v1/sites', () => ({ status: 200, body: { items: [] } }));
    await renderScreens(api, { index: SitesScreen }, { initialUrl: '/' });
    expect(await screen.findByText('No sites yet')).toBeOnTheScreen();
    expect(screen.getByRole('button', { name: 'Create your first site' })).toBeOnTheScreen();
  });

  it("shows the API's own error message, and loads again on retry", async () => {
    const api = new FakeAuthApi();
    let calls = 0;
    api.routes.set('GET /api/v1/sites', () => {
      calls += 1;
      return calls === 1
        ? {
            status: 503,
            body: { error: { code: 'cluster_busy', message: 'The cluster is busy: try again in a minute.' } },
          }
        : { status: 200, body: { items: [site('bakery', 'ready')] } };
    });
    await renderScreens(api, { index: SitesScreen }, { initialUrl: '/' });
    expect(await screen.findByText('The cluster is busy: try again in a minute.')).toBeOnTheScreen();
    await fireEvent.press(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('bakery')).toBeOnTheScreen();
  });
});

describe('create', () => {
  it('sends the description and languages, then opens the new site', async () => {
    const api = new FakeAuthApi();
    let sent: unknown;
    api.routes.set('POST /api/v1/sites', ({ body }) => {
      sent = body;
      return { status: 201, body: site('bakery-porto', 'writing') };
    });
    const { getPathname } = await renderScreens(
      api,
      { 'new-site': NewSiteScreen, 'sites/[siteId]/index': () => null },
      { initialUrl: '/new-site' },
    );
    await fireEvent.changeText(screen.getByLabelText('Description'), 'A bakery in Porto');
    await fireEvent.changeText(screen.getByLabelText('Languages (optional)'), 'en, pt-PT');
    await fireEvent.press(screen.getByRole('button', { name: 'Create the site' }));
    await waitFor(() => expect(getPathname()).toBe('/sites/bakery-porto'));
    expect(sent).toEqual({ prompt: 'A bakery in Porto', locales: ['en', 'pt-PT'] });
  });

  it("shows why the API refused, in the API's words", async () => {
    const api = new FakeAuthApi();
    api.routes.set('POST /api/v1/sites', () => ({
      status: 402,
      body: { error: { code: 'quota_exceeded', message: 'Your plan allows 1 site: upgrade to add more.' } },
    }));
    await renderScreens(api, { 'new-site': NewSiteScreen }, { initialUrl: '/new-site' });
    await fireEvent.press(screen.getByRole('button', { name: /Use the example: A family bakery/ }));
    await fireEvent.press(screen.getByRole('button', { name: 'Create the site' }));
    expect(await screen.findByText('Your plan allows 1 site: upgrade to add more.')).toBeOnTheScreen();
    expect(screen.getByText('Plan limit reached')).toBeOnTheScreen();
  });
});

describe('sign-in', () => {
  it('shows the verification code and signs in once the link is confirmed elsewhere', async () => {
    // renderRouter runs on Jest's fake timers, so the poll interval passes when the test says so.
    {
      const api = new FakeAuthApi();
      let polls = 0;
      api.routes.set('POST /api/v1/auth/login', ({ body }) => {
        // On a phone the email's link should open the app (a pagemagic:// link besides the web one).
        expect(body).toEqual({ email: 'owner@example.com', openIn: 'app' });
        return {
          status: 202,
          body: {
            status: 'sent',
            message: 'Check your email',
            loginRequestId: '00000000-0000-4000-8000-00000000000a',
            pollSecret: 'p'.repeat(43),
            verificationCode: 'WXYZ-1234',
            expiresIn: 900,
          },
        };
      });
      api.routes.set('POST /api/v1/auth/login/poll', ({ body }) => {
        // The route takes exactly these two fields (additionalProperties: false).
        expect(body).toEqual({
          loginRequestId: '00000000-0000-4000-8000-00000000000a',
          pollSecret: 'p'.repeat(43),
        });
        polls += 1;
        return polls < 2
          ? { status: 202, body: { status: 'pending' } }
          : { status: 200, body: { status: 'confirmed', ...api.issue() } };
      });
      const { services } = await renderScreens(
        api,
        { 'sign-in': SignInScreen },
        { initialUrl: '/sign-in', signedIn: false },
      );
      await fireEvent.changeText(screen.getByLabelText('Email address'), 'owner@example.com');
      await fireEvent.press(screen.getByRole('button', { name: 'Email me a sign-in link' }));
      expect(await screen.findByText('WXYZ-1234')).toBeOnTheScreen();
      await act(() => jest.advanceTimersByTimeAsync(3000));
      expect(services.session.current).toBeUndefined();
      await act(() => jest.advanceTimersByTimeAsync(3000));
      await waitFor(() => expect(services.session.current?.email).toBe('owner@example.com'));
      expect(polls).toBe(2);
    }
  });
});

describe('history', () => {
  it('publishes a chosen build and rolls back', async () => {
    const api = new FakeAuthApi();
    const calls: string[] = [];
    api.routes.set('GET /api/v1/sites/bakery/builds', () => ({
      status: 200,
      body: {
        items: [
          {
            id: 'bakery-b2',
            site: 'bakery',
            phase: 'Succeeded',
            contentRevision: 'r2',
            createdAt: '2026-12-02T10:00:00Z',
            live: true,
          },
          {
            id: 'bakery-b1',
            site: 'bakery',
            phase: 'Succeeded',
            contentRevision: 'r1',
            createdAt: '2026-12-01T10:00:00Z',
            live: false,
            contentChange: 'create',
          },
        ],
      },
    }));
    api.routes.set('POST /api/v1/sites/bakery/publish', ({ body }) => {
      calls.push(`publish ${(body as { build: string }).build}`);
      return {
        status: 202,
        body: {
          ...site('bakery', 'deploying'),
          placeholders: [
            { fact: 'hours', label: 'opening hours', page: 'index', sectionId: 's1', path: '/x' },
          ],
        },
      };
    });
    api.routes.set('POST /api/v1/sites/bakery/rollback', () => {
      calls.push('rollback');
      return { status: 202, body: { ...site('bakery', 'deploying'), pinnedBuild: 'bakery-b1' } };
    });
    await renderScreens(
      api,
      { 'sites/[siteId]/history': HistoryScreen },
      { initialUrl: '/sites/bakery/history' },
    );
    await fireEvent.press(await screen.findByRole('button', { name: 'Publish build bakery-b1' }));
    expect(
      await screen.findByText(
        /Published: bakery-b1 is going live\. Not on the pages until you give them: opening hours/,
      ),
    ).toBeOnTheScreen();
    expect(screen.queryByRole('button', { name: 'Publish build bakery-b2' })).toBeNull();
    await fireEvent.press(screen.getByRole('button', { name: 'Roll back to the previous build' }));
    expect(await screen.findByText('Rolled back: bakery-b1 is going live.')).toBeOnTheScreen();
    expect(calls).toEqual(['publish bakery-b1', 'rollback']);
  });
});

describe('messages', () => {
  it('lists what visitors wrote, as text, and marks one handled or deletes it', async () => {
    const api = new FakeAuthApi();
    const calls: string[] = [];
    const message = (id: string, name: string, handledAt?: string) => ({
      id,
      site: 'bakery',
      section: 'visit',
      page: '/contact/',
      locale: 'en',
      createdAt: '2026-12-02T10:00:00Z',
      ...(handledAt ? { handledAt } : {}),
      fields: [
        { name: 'name', label: 'Your name', value: name },
        { name: 'message', label: 'Message', value: '<b>A cake</b> for Saturday?' },
      ],
      replyTo: `${name.toLowerCase()}@example.com`,
    });
    let handled = false;
    api.routes.set('GET /api/v1/sites/bakery/messages', () => ({
      status: 200,
      body: {
        items: [
          message(
            '00000000-0000-4000-8000-00000000000a',
            'Ana',
            handled ? '2026-12-02T11:00:00Z' : undefined,
          ),
        ],
        unhandled: handled ? 0 : 1,
      },
    }));
    api.routes.set('PATCH /api/v1/sites/bakery/messages/00000000-0000-4000-8000-00000000000a', ({ body }) => {
      handled = (body as { handled: boolean }).handled;
      calls.push(`handled ${handled}`);
      return {
        status: 200,
        body: message(
          '00000000-0000-4000-8000-00000000000a',
          'Ana',
          handled ? '2026-12-02T11:00:00Z' : undefined,
        ),
      };
    });
    api.routes.set('DELETE /api/v1/sites/bakery/messages/00000000-0000-4000-8000-00000000000a', () => {
      calls.push('delete');
      return { status: 204 };
    });
    await renderScreens(
      api,
      { 'sites/[siteId]/messages': MessagesScreen },
      { initialUrl: '/sites/bakery/messages' },
    );
    expect(await screen.findByText('1 message not handled yet')).toBeOnTheScreen();
    // A stranger's markup is text on the screen.
    expect(screen.getByText('Message: <b>A cake</b> for Saturday?')).toBeOnTheScreen();
    expect(screen.getByRole('link', { name: 'Reply to ana@example.com' })).toBeOnTheScreen();
    await fireEvent.press(screen.getByRole('button', { name: 'Mark handled' }));
    expect(await screen.findByText('Marked handled.')).toBeOnTheScreen();
    expect(await screen.findByText('0 messages not handled yet')).toBeOnTheScreen();
    await fireEvent.press(screen.getByRole('button', { name: 'Delete the message from ana@example.com' }));
    expect(await screen.findByText('Deleted the message.')).toBeOnTheScreen();
    expect(calls).toEqual(['handled true', 'delete']);
  });

  it("shows the API's own message when the site is not the person's", async () => {
    const api = new FakeAuthApi();
    api.routes.set('GET /api/v1/sites/other/messages', () => ({
      status: 404,
      body: { error: { code: 'not_found', message: 'There is no site other in this workspace' } },
    }));
    await renderScreens(
      api,
      { 'sites/[siteId]/messages': MessagesScreen },
      { initialUrl: '/sites/other/messages' },
    );
    expect(await screen.findByText(/There is no site other in this workspace/)).toBeOnTheScreen();
  });
});

describe('domains', () => {
  it('adds a domain and shows the TXT record the API gave', async () => {
    const api = new FakeAuthApi();
    const domains: unknown[] = [];
    api.routes.set('GET /api/v1/domains', () => ({ status: 200, body: { items: domains } }));
    api.routes.set('POST /api/v1/sites/bakery/domains', ({ body }) => {
      const host = (body as { host: string }).host;
      domains.push({
        host,
        site: 'bakery',
        status: 'pending',
        verification: { type: 'TXT', name: `_pagemagic.${host}`, value: 'pagemagic-verify=abc123' },
        conditions: [],
        createdAt: '2026-12-01T10:00:00Z',
      });
      return { status: 201, body: domains[0] };
    });
    await renderScreens(
      api,
      { 'sites/[siteId]/domains': DomainsScreen },
      { initialUrl: '/sites/bakery/domains' },
    );
    expect(await screen.findByText(/No domains yet/)).toBeOnTheScreen();
    await fireEvent.changeText(screen.getByLabelText('Your domain'), ' www.bakery.example ');
    await fireEvent.press(screen.getByRole('button', { name: 'Add the domain' }));
    expect(await screen.findByText('_pagemagic.www.bakery.example')).toBeOnTheScreen();
    expect(screen.getByText('pagemagic-verify=abc123')).toBeOnTheScreen();
    expect(screen.getByText('Waiting for the TXT record')).toBeOnTheScreen();
    expect(screen.getByRole('button', { name: 'Share the TXT record' })).toBeOnTheScreen();
  });

  it('copies exactly the TXT value and says so', async () => {
    const api = new FakeAuthApi();
    api.routes.set('GET /api/v1/domains', () => ({
      status: 200,
      body: {
        items: [
          {
            host: 'www.bakery.example',
            site: 'bakery',
            status: 'pending',
            verification: {
              type: 'TXT',
              name: '_pagemagic.www.bakery.example',
              value: 'pagemagic-verify=abc123',
            },
            conditions: [],
            createdAt: '2026-12-01T10:00:00Z',
          },
        ],
      },
    }));
    const setString = jest.mocked(Clipboard.setString);
    setString.mockClear();
    await renderScreens(
      api,
      { 'sites/[siteId]/domains': DomainsScreen },
      { initialUrl: '/sites/bakery/domains' },
    );
    await fireEvent.press(await screen.findByRole('button', { name: 'Copy the TXT value' }));
    expect(await screen.findByText('Copied the TXT value.')).toBeOnTheScreen();
    expect(setString.mock.calls).toEqual([['pagemagic-verify=abc123']]);
  });
});

describe('usage', () => {
  it('summarises each metric of the current workspace', async () => {
    const api = new FakeAuthApi();
    let asked: string | undefined;
    api.routes.set('GET /api/v1/workspaces/ws00000001/usage', ({ path }) => {
      asked = path;
      const metric = (name: string, unit: string, total: number) => ({
        metric: name,
        unit,
        total,
        points: [],
        sites: total ? [{ site: 'bakery', total }] : [],
      });
      return {
        status: 200,
        body: {
          workspace: 'ws00000001',
          from: '2026-12-01T00:00:00Z',
          to: '2026-12-07T21:00:00Z',
          granularity: 'month',
          rolledUpTo: '2026-12-07T21:00:00Z',
          metrics: [
            metric('requests', 'requests', 1204),
            metric('bandwidthBytes', 'bytes', 1_250_000),
            metric('buildSeconds', 'seconds', 200),
            metric('aiPromptTokens', 'tokens', 0),
            metric('aiCompletionTokens', 'tokens', 0),
            metric('generations', 'generations', 2),
          ],
        },
      };
    });
    await renderScreens(api, { usage: UsageScreen }, { initialUrl: '/usage' });
    expect(await screen.findByText('1,204')).toBeOnTheScreen();
    expect(screen.getByText('1.3 MB')).toBeOnTheScreen();
    expect(screen.getByText('3 min 20 s')).toBeOnTheScreen();
    expect(screen.getByRole('header', { name: 'Sites and sections written' })).toBeOnTheScreen();
    expect(asked).toBe('/api/v1/workspaces/ws00000001/usage');
  });
});

describe('account', () => {
  it('switches the workspace and signs out', async () => {
    const api = new FakeAuthApi();
    api.routes.set('GET /api/v1/profile', () => ({
      status: 200,
      body: {
        id: '00000000-0000-4000-8000-000000000001',
        email: 'owner@example.com',
        name: null,
        createdAt: '2026-12-01T10:00:00Z',
        workspaces: [
          { id: 'ws00000001', name: 'Bakery', role: 'owner', plan: 'free' },
          { id: 'ws00000002', name: 'Salon', role: 'editor', plan: 'pro' },
        ],
      },
    }));
    api.routes.set('GET /api/v1/sites', () => ({ status: 200, body: { items: [] } }));
    const { services, store } = await renderScreens(
      api,
      { account: AccountScreen, index: SitesScreen },
      { initialUrl: '/account' },
    );
    expect(await screen.findByText('Signed in as owner@example.com')).toBeOnTheScreen();
    expect(screen.getByRole('radio', { name: 'Bakery, owner, free plan' })).toBeChecked();
    await fireEvent.press(screen.getByRole('radio', { name: 'Salon, editor, pro plan' }));
    await waitFor(() => expect(store.current?.workspaceId).toBe('ws00000002'));
    const refreshToken = store.current?.refreshToken;
    await screen.findByText('No sites yet');
    await act(() => services.session.signOut());
    expect(store.current).toBeUndefined();
    expect(api.logoutCalls).toEqual([refreshToken]);
  });
});

describe('offline', () => {
  it('says the phone is offline above the screen', async () => {
    setNetwork({ isConnected: false, isInternetReachable: false });
    const api = new FakeAuthApi();
    api.routes.set('GET /api/v1/sites', () => ({ status: 200, body: { items: [] } }));
    await renderScreens(api, { index: SitesScreen }, { initialUrl: '/' });
    expect(await screen.findByRole('alert')).toHaveTextContent(/You are offline/);
  });
});

describe('site detail', () => {
  it('shows live progress from the event stream until the site is live', async () => {
    const api = new FakeAuthApi();
    const writing = site('bakery', 'writing');
    const frames = [
      `id: 1\nevent: site\ndata: ${JSON.stringify({ ...site('bakery', 'building'), change: 'modified' })}\n\n`,
      `id: 2\nevent: site\ndata: ${JSON.stringify({ ...site('bakery', 'ready', 'http://bakery.sites.test'), change: 'modified' })}\n\n`,
    ];
    let pushFrame: (() => void) | undefined;
    let lastEventIds: Array<string | null> = [];
    api.routes.set('GET /api/v1/sites/bakery', () => ({ status: 200, body: writing }));
    api.streams.set('/api/v1/sites/bakery/events', (headers) => {
      lastEventIds = [...lastEventIds, headers.get('last-event-id')];
      const encoder = new TextEncoder();
      return new ReadableStream<Uint8Array>({
        start(controller) {
          pushFrame = () => {
            const frame = frames.shift();
            if (frame) controller.enqueue(encoder.encode(frame));
          };
        },
      });
    });
    await renderScreens(api, { 'sites/[siteId]/index': SiteScreen }, { initialUrl: '/sites/bakery' });
    expect(await screen.findByText('Writing content: in progress')).toBeOnTheScreen();
    await waitFor(() => expect(pushFrame).toBeDefined());
    await act(async () => pushFrame?.());
    expect(await screen.findByText('Building: in progress')).toBeOnTheScreen();
    expect(screen.getByText('Writing content: done')).toBeOnTheScreen();
    await act(async () => pushFrame?.());
    expect(await screen.findByText('Live')).toBeOnTheScreen();
    expect(screen.getByText('http://bakery.sites.test')).toBeOnTheScreen();
    expect(screen.getByRole('button', { name: 'Share the address' })).toBeEnabled();
    expect(lastEventIds).toEqual([null]);
  });
});

describe('site progress in the background', () => {
  it('closes the stream in the background and resumes after the last event when the app comes back', async () => {
    const api = new FakeAuthApi();
    const opened: Array<{
      lastEventId: string | null;
      push: (frame: string) => void;
      cancelled: () => boolean;
    }> = [];
    api.routes.set('GET /api/v1/sites/bakery', () => ({ status: 200, body: site('bakery', 'writing') }));
    api.streams.set('/api/v1/sites/bakery/events', (headers) => {
      const encoder = new TextEncoder();
      let cancelled = false;
      return new ReadableStream<Uint8Array>({
        start(controller) {
          opened.push({
            lastEventId: headers.get('last-event-id'),
            push: (frame) => controller.enqueue(encoder.encode(frame)),
            cancelled: () => cancelled,
          });
        },
        cancel() {
          cancelled = true;
        },
      });
    });
    const frame = (id: string, phase: string, url?: string) =>
      `id: ${id}\nevent: site\ndata: ${JSON.stringify({ ...site('bakery', phase, url), change: 'modified' })}\n\n`;
    const appState = AppState as unknown as { currentState: unknown; addEventListener: jest.Mock };
    await renderScreens(api, { 'sites/[siteId]/index': SiteScreen }, { initialUrl: '/sites/bakery' });
    expect(await screen.findByText('Writing content: in progress')).toBeOnTheScreen();
    await waitFor(() => expect(opened).toHaveLength(1));
    await act(async () => opened[0]?.push(frame('7', 'building')));
    expect(await screen.findByText('Building: in progress')).toBeOnTheScreen();

    const onChange = appState.addEventListener.mock.calls.at(-1)?.[1] as (state: string) => void;
    appState.currentState = 'background';
    await act(async () => onChange('background'));
    await waitFor(() => expect(opened[0]?.cancelled()).toBe(true));

    appState.currentState = 'active';
    await act(async () => onChange('active'));
    await waitFor(() => expect(opened).toHaveLength(2));
    expect(opened[1]?.lastEventId).toBe('7');
    await act(async () => opened[1]?.push(frame('8', 'ready', 'http://bakery.sites.test')));
    expect(await screen.findByText('Live')).toBeOnTheScreen();
  });
});

describe('deep link sign-in', () => {
  it('exchanges the one-time code of pagemagic://confirm?token=… for a session', async () => {
    const api = new FakeAuthApi();
    const sent: unknown[] = [];
    api.routes.set('POST /api/v1/auth/confirm', ({ body }) => {
      sent.push(body);
      return { status: 200, body: api.issue() };
    });
    const { services } = await renderScreens(
      api,
      { confirm: ConfirmScreen, index: () => null },
      { initialUrl: '/confirm?token=one-time-code', signedIn: false },
    );
    await waitFor(() => expect(services.session.current).toBeDefined());
    expect(sent).toEqual([{ token: 'one-time-code' }]);
  });

  it('says what to do when the code was already used', async () => {
    const api = new FakeAuthApi();
    api.routes.set('POST /api/v1/auth/confirm', () => ({
      status: 410,
      body: {
        error: { code: 'link_used', message: 'This sign-in link was already used: ask for a new one.' },
      },
    }));
    await renderScreens(
      api,
      { confirm: ConfirmScreen },
      { initialUrl: '/confirm?token=spent', signedIn: false },
    );
    expect(
      await screen.findByText('This sign-in link was already used: ask for a new one.'),
    ).toBeOnTheScreen();
    expect(screen.getByRole('button', { name: 'Sign in with your email' })).toBeOnTheScreen();
  });
});
