// The pure mapping between Website/Build CRs and the API's Site/Build: phase from conditions, what
// publish and rollback pick, names made from prompts, and the quota message.

import type { Build, Condition, Website } from '@pagemagic/crds';
import { describe, expect, it } from 'vitest';
import { DOMAIN_QUOTA } from '../src/domains/store.ts';
import {
  currentContentRevision,
  imageDigest,
  isSiteName,
  latestSucceeded,
  newWebsite,
  rollbackTarget,
  sitePhase,
  slugFromPrompt,
  toBuild,
  toSite,
  withSuffix,
} from '../src/sites/mapping.ts';
import { quotaExceeded, WEBSITE_QUOTA } from '../src/sites/quota.ts';

const T = '2026-01-01T00:00:00Z';

function condition(type: string, status: Condition['status'], reason: string, message = ''): Condition {
  return { type, status, reason, message, lastTransitionTime: T, observedGeneration: 1 };
}

const allTrue = [
  condition('ContentReady', 'True', 'ContentStored'),
  condition('Built', 'True', 'Succeeded'),
  condition('Deployed', 'True', 'Available'),
  condition('Ready', 'True', 'Live'),
];

function build(
  name: string,
  created: string,
  phase: 'Succeeded' | 'Failed' | 'Running' = 'Succeeded',
): Build {
  return {
    apiVersion: 'pagemagic.dev/v1alpha1',
    kind: 'Build',
    metadata: { name, creationTimestamp: created },
    spec: {
      website: 'bakery',
      contentRevision: `bakery-content-${name}`,
      contentHash: 'a'.repeat(64),
      rendererVersion: '1',
    },
    status: { phase, ...(phase === 'Succeeded' ? { image: `reg/ns/bakery@sha256:${'b'.repeat(64)}` } : {}) },
  };
}

describe('sitePhase', () => {
  const current = { generation: 1, observedGeneration: 1 };

  it('is writing before the operator has looked, or while content is generated', () => {
    expect(sitePhase({ generation: 1 })).toBe('writing');
    expect(sitePhase({ ...current, conditions: [condition('ContentReady', 'False', 'Generating')] })).toBe(
      'writing',
    );
  });

  it('is deploying, not building, while a publish or rollback moves the pin to another Build', () => {
    const stale = { generation: 4, observedGeneration: 3, contentRevision: 'bakery-c2', conditions: allTrue };
    expect(sitePhase({ ...stale, pinnedBuild: 'bakery-1', liveBuild: 'bakery-2' })).toBe('deploying');
    // An edit saved while the pin stays is built first.
    expect(sitePhase({ ...stale, pinnedBuild: 'bakery-2', liveBuild: 'bakery-2' })).toBe('building');
    expect(sitePhase(stale)).toBe('building');
  });

  it('is building once content is stored and the Build has not succeeded', () => {
    expect(
      sitePhase({
        ...current,
        conditions: [
          condition('ContentReady', 'True', 'ContentStored'),
          condition('Built', 'False', 'Building'),
        ],
      }),
    ).toBe('building');
  });

  it('is deploying when built but not yet served', () => {
    expect(
      sitePhase({
        ...current,
        conditions: [
          condition('ContentReady', 'True', 'ContentStored'),
          condition('Built', 'True', 'Succeeded'),
          condition('Deployed', 'False', 'RollingOut'),
          condition('Ready', 'False', 'RollingOut'),
        ],
      }),
    ).toBe('deploying');
  });

  it('is ready when Ready is True for the current generation', () => {
    expect(sitePhase({ ...current, conditions: allTrue })).toBe('ready');
  });

  it('is not ready while the operator has not seen the latest change', () => {
    expect(
      sitePhase({ generation: 2, observedGeneration: 1, conditions: allTrue, contentRevision: 'c1' }),
    ).toBe('building');
    expect(sitePhase({ generation: 2, observedGeneration: 1, conditions: allTrue })).toBe('writing');
  });

  it('is failed when a condition needs a person, even while an older Build is served', () => {
    for (const [type, reason] of [
      ['ContentReady', 'InvalidContent'],
      ['ContentReady', 'GenerationFailed'],
      ['Built', 'BuildFailed'],
      ['Deployed', 'Unavailable'],
      ['Deployed', 'PinnedBuildNotReady'],
    ] as const) {
      const conditions = allTrue.map((c) => (c.type === type ? condition(type, 'False', reason) : c));
      expect(sitePhase({ ...current, conditions }), reason).toBe('failed');
    }
  });
});

describe('toSite', () => {
  it('maps the brief, pin and status, and leaves out what the CR does not have', () => {
    const website: Website = {
      ...newWebsite('pm-x', 'bakery', { prompt: 'A bakery', pages: ['menu'] }),
      metadata: { name: 'bakery', namespace: 'pm-x', generation: 3, creationTimestamp: T },
    };
    website.spec.release = { build: 'bakery-1' };
    website.status = {
      observedGeneration: 3,
      conditions: allTrue,
      url: 'https://bakery-pm-x.sites.example/',
      liveBuild: 'bakery-1',
      latestBuild: 'bakery-2',
      contentRevision: 'bakery-content-2',
    };
    expect(toSite(website)).toEqual({
      id: 'bakery',
      name: 'bakery',
      prompt: 'A bakery',
      locales: [],
      pages: ['menu'],
      tone: 'friendly',
      pinnedBuild: 'bakery-1',
      status: {
        phase: 'ready',
        conditions: allTrue.map(({ type, status, reason, message }) => ({ type, status, reason, message })),
        url: 'https://bakery-pm-x.sites.example/',
        liveBuild: 'bakery-1',
        latestBuild: 'bakery-2',
        contentRevision: 'bakery-content-2',
      },
      createdAt: T,
      generation: 3,
    });
  });
});

describe('toBuild', () => {
  it('reports digest, durations, liveness and a failure message', () => {
    const ok = build('b1', T);
    ok.status = {
      ...ok.status,
      pages: 4,
      bytes: 1234,
      startedAt: '2026-01-01T00:00:01Z',
      completedAt: '2026-01-01T00:00:03Z',
      durations: { renderSeconds: 0.5, pushSeconds: 0.25 },
    };
    expect(toBuild(ok, 'b1')).toMatchObject({
      id: 'b1',
      site: 'bakery',
      phase: 'Succeeded',
      imageDigest: `sha256:${'b'.repeat(64)}`,
      pages: 4,
      bytes: 1234,
      durations: { renderSeconds: 0.5, pushSeconds: 0.25, totalSeconds: 2 },
      live: true,
    });
    const failed = build('b2', T, 'Failed');
    failed.status = {
      ...failed.status,
      conditions: [condition('Succeeded', 'False', 'RenderFailed', 'boom')],
    };
    expect(toBuild(failed, 'b1')).toMatchObject({ live: false, message: 'boom', phase: 'Failed' });
    expect(toBuild(failed, 'b1')).not.toHaveProperty('image');
    expect(toBuild(ok, undefined, 'https://preview/').previewUrl).toBe('https://preview/');
  });

  it('says what made the content of a Build, and only for changes that make content', () => {
    const edited = build('b3', T);
    edited.metadata.annotations = { 'pagemagic.dev/change': 'edit', 'pagemagic.dev/changed-by': 'u-1' };
    expect(toBuild(edited, undefined).contentChange).toBe('edit');
    edited.metadata.annotations = { 'pagemagic.dev/change': 'rollback' };
    expect(toBuild(edited, undefined)).not.toHaveProperty('contentChange');
    expect(toBuild(build('b4', T), undefined)).not.toHaveProperty('contentChange');
  });

  it('reads the digest only from a pinned reference', () => {
    expect(imageDigest('r/x@sha256:abc')).toBe('sha256:abc');
    expect(imageDigest('r/x:latest')).toBeUndefined();
    expect(imageDigest(undefined)).toBeUndefined();
  });
});

describe('publish and rollback targets', () => {
  const builds = [
    build('b1', '2026-01-01T00:00:01Z'),
    build('b2', '2026-01-01T00:00:02Z', 'Failed'),
    build('b3', '2026-01-01T00:00:03Z'),
    build('b4', '2026-01-01T00:00:04Z', 'Running'),
  ];

  it('publishes the newest succeeded Build by default', () => {
    expect(latestSucceeded(builds)?.metadata.name).toBe('b3');
    expect(latestSucceeded([build('x', T, 'Failed')])).toBeUndefined();
  });

  it('rolls back to the newest succeeded Build older than the live one, skipping failures', () => {
    expect(rollbackTarget(builds, 'b3')?.metadata.name).toBe('b1');
    expect(rollbackTarget(builds, 'b1')).toBeUndefined();
    expect(rollbackTarget(builds, undefined)).toBeUndefined();
    expect(rollbackTarget(builds, 'pruned')).toBeUndefined();
  });

  it('tells an edit from the Build it replaced when both were made within one second', () => {
    const ofGeneration = (name: string, websiteGeneration: number) => {
      const made = build(name, T);
      return { ...made, spec: { ...made.spec, websiteGeneration } };
    };
    const sameSecond = [ofGeneration('z-first', 1), ofGeneration('a-edit', 2)];
    expect(latestSucceeded(sameSecond)?.metadata.name).toBe('a-edit');
    expect(rollbackTarget(sameSecond, 'a-edit')?.metadata.name).toBe('z-first');
  });
});

describe('content revision', () => {
  it('is the one the spec points at, else the one the operator stored', () => {
    const website = newWebsite('ns', 'bakery', { prompt: 'p' });
    expect(currentContentRevision(website)).toBeUndefined();
    website.status = { contentRevision: 'generated' };
    expect(currentContentRevision(website)).toBe('generated');
    website.spec.content = { configMapRef: { name: 'edited' } };
    expect(currentContentRevision(website)).toBe('edited');
  });
});

describe('names', () => {
  it('makes a readable DNS label from the prompt', () => {
    expect(slugFromPrompt('A family bakery in Porto with fresh bread')).toBe('family-bakery-porto-fresh');
    expect(slugFromPrompt('Café Ñandú — São Paulo')).toBe('cafe-nandu-sao-paulo');
    expect(slugFromPrompt('2024 plumbing!')).toBe('site-2024-plumbing');
    expect(slugFromPrompt('日本のパン屋')).toBe('site');
    const long = slugFromPrompt('Supercalifragilisticexpialidocious-extraordinarily-long words');
    expect(long.length).toBeLessThanOrEqual(40);
    for (const prompt of ['A family bakery', '2024 plumbing!', '日本', 'x'.repeat(200), '--a--']) {
      expect(isSiteName(slugFromPrompt(prompt)), prompt).toBe(true);
    }
  });

  it('keeps a suffixed name a DNS label', () => {
    const name = withSuffix('a'.repeat(63), 'x1y2z');
    expect(name).toHaveLength(63);
    expect(name.endsWith('-x1y2z')).toBe(true);
    expect(isSiteName(name)).toBe(true);
    expect(isSiteName('Bad_Name')).toBe(false);
    expect(isSiteName('1abc')).toBe(false);
  });
});

describe('quota message', () => {
  it('names the plan, its limit and what to do', () => {
    const error = quotaExceeded('free', WEBSITE_QUOTA);
    expect(error.statusCode).toBe(409);
    expect(error.code).toBe('quota_exceeded');
    expect(error.message).toBe(
      'Your Free plan allows 3 websites and this workspace has reached that limit; delete a site you no longer need, or upgrade your plan for more',
    );
    expect(error.details).toEqual({
      plan: 'free',
      limit: 3,
      resource: 'websites',
      hint: 'DELETE /api/v1/sites/<siteId> deletes one',
    });
  });

  it('says "1 custom domain", and keeps routes out of the sentence', () => {
    const error = quotaExceeded('free', DOMAIN_QUOTA);
    expect(error.message).toMatch(/^Your Free plan allows 1 custom domain and /);
    expect(error.message).not.toMatch(/\/api\/|GET |DELETE /);
  });
});

describe('a change no operator picks up', () => {
  const changedAt = '2026-03-01T10:00:00Z';
  const waiting = (observedGeneration: number): Website => ({
    apiVersion: 'pagemagic.dev/v1alpha1',
    kind: 'Website',
    metadata: {
      name: 'bakery',
      namespace: 'pm-ws-1',
      generation: 3,
      creationTimestamp: '2026-02-01T00:00:00Z',
      managedFields: [
        { manager: 'pagemagic-api', operation: 'Update', time: changedAt },
        // The operator's last status write is later, but says nothing about when the spec changed.
        {
          manager: 'pagemagic-operator',
          operation: 'Update',
          subresource: 'status',
          time: '2026-03-01T10:30:00Z',
        },
      ],
    },
    spec: { brief: { prompt: 'A bakery', tone: 'friendly' } },
    status: { observedGeneration, conditions: allTrue, liveBuild: 'bakery-1' },
  });
  const at = (iso: string) => Date.parse(iso);

  it('is not reported within the first minute, nor once an operator has seen the generation', () => {
    expect(toSite(waiting(2), { now: at('2026-03-01T10:00:59Z') }).status.notPickedUp).toBeUndefined();
    expect(toSite(waiting(3), { now: at('2026-03-01T11:00:00Z') }).status.notPickedUp).toBeUndefined();
  });

  it('is reported after a minute, dated from the last spec write, with what to check', () => {
    const site = toSite(waiting(2), { now: at('2026-03-01T10:05:30Z') });
    expect(site.status.notPickedUp).toEqual({
      since: changedAt,
      message:
        'Not picked up: no Page Magic operator has acted on this change for 5 minutes, so it is not being built. Whoever runs this installation should check that the operator is running and watches namespace pm-ws-1.',
    });
    // The conditions describe the previous generation, so the phase does not claim the site is live.
    expect(site.status.phase).toBe('writing');
  });
});
