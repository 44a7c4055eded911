import { describe, expect, it } from 'vitest';
import { type ActivityItem, describeActivity } from '../components/account/activity-words.ts';

function item(overrides: Partial<ActivityItem>): ActivityItem {
  return {
    id: '1',
    type: 'site.generated',
    objectKind: 'Website',
    objectName: 'bakery',
    site: 'bakery',
    occurredAt: '2025-03-01T10:00:00.000Z',
    data: {},
    ...overrides,
  };
}

describe('describeActivity', () => {
  it('words a written site and links to it', () => {
    expect(describeActivity(item({ data: { contentRevision: 'bakery-3', tokens: 812 } }))).toEqual({
      summary: 'Content written',
      tone: 'success',
      site: { id: 'bakery', href: '/sites/bakery' },
    });
  });

  it('counts the pages of a successful build and links to the history', () => {
    const words = describeActivity(
      item({
        type: 'build.succeeded',
        objectKind: 'Build',
        objectName: 'bakery-b7',
        data: { website: 'bakery', pages: 4 },
      }),
    );
    expect(words.summary).toBe('Build bakery-b7 succeeded (4 pages)');
    expect(words.site?.href).toBe('/sites/bakery/history');
  });

  it('says "1 page", and leaves the count out when the build did not report one', () => {
    const build = { type: 'build.succeeded', objectKind: 'Build', objectName: 'b1' };
    expect(describeActivity(item({ ...build, data: { pages: 1 } })).summary).toBe(
      'Build b1 succeeded (1 page)',
    );
    expect(describeActivity(item({ ...build, data: { pages: 'many' } })).summary).toBe('Build b1 succeeded');
  });

  it('gives the reason a build failed', () => {
    const words = describeActivity(
      item({
        type: 'build.failed',
        objectKind: 'Build',
        objectName: 'bakery-b8',
        data: { website: 'bakery', message: 'image push refused' },
      }),
    );
    expect(words).toMatchObject({
      summary: 'Build bakery-b8 failed',
      detail: 'image push refused',
      tone: 'failure',
    });
  });

  it('names the address a site was published at', () => {
    expect(
      describeActivity(item({ type: 'site.published', data: { build: 'b9', url: 'https://bakery.example' } }))
        .summary,
    ).toBe('Site published at https://bakery.example');
    expect(describeActivity(item({ type: 'site.published', data: { url: '' } })).summary).toBe(
      'Site published',
    );
  });

  it('says a rollback is a rollback, and who did it', () => {
    const published = (change: string, actor?: { id: string; name?: string }) =>
      describeActivity(
        item({
          type: 'site.published',
          data: { build: 'b2', url: 'https://bakery.example', cause: { change, by: 'u-1' } },
          ...(actor ? { actor } : {}),
        }),
      ).summary;
    expect(published('rollback', { id: 'u-1', name: 'Ana' })).toBe(
      'Rolled back by Ana: the site serves build b2 again',
    );
    expect(published('publish', { id: 'u-1', name: 'ana@example.com' })).toBe(
      'Build b2 published by ana@example.com and pinned as live',
    );
    expect(published('edit', { id: 'u-1' })).toBe(
      'Site published at https://bakery.example with an edit by a former member',
    );
    expect(published('unpin')).toBe('Unpinned: the site serves the newest build at https://bakery.example');
    expect(published('something-new')).toBe('Site published at https://bakery.example');
  });

  it('names the verified host and links to the domains page', () => {
    const words = describeActivity(
      item({
        type: 'domain.verified',
        objectKind: 'Domain',
        objectName: 'www.bakery.example',
        site: 'bakery',
        data: { host: 'www.bakery.example', website: 'bakery' },
      }),
    );
    expect(words.summary).toBe('Domain www.bakery.example verified');
    expect(words.site?.href).toBe('/sites/bakery/domains');
  });

  it('explains why a domain failed in plain words, else repeats the operator', () => {
    const failed = { type: 'domain.failed', objectKind: 'Domain', objectName: 'shop.example' };
    expect(
      describeActivity(item({ ...failed, data: { reason: 'Conflict', message: 'held by ns-x' } })),
    ).toMatchObject({
      summary: 'Domain shop.example failed verification',
      detail: 'another site already uses this host',
    });
    expect(
      describeActivity(item({ ...failed, data: { reason: 'Odd', message: 'something new' } })).detail,
    ).toBe('something new');
  });

  it('takes the site from the data when the feed did not set it', () => {
    const words = describeActivity(
      item({ type: 'build.failed', site: undefined, data: { website: 'café' } }),
    );
    expect(words.site).toEqual({ id: 'café', href: '/sites/caf%C3%A9/history' });
  });

  it('still says something about a type it does not know, without a site link when there is no site', () => {
    const words = describeActivity(
      item({ type: 'site.paused_for_review', objectKind: 'Website', objectName: 'bakery', site: undefined }),
    );
    expect(words).toEqual({
      summary: 'Website bakery: site paused for review',
      tone: 'neutral',
      site: undefined,
    });
  });
});
