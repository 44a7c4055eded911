// Whole-site regeneration: bumping spec.brief.revision is a new brief (a new brief hash, so the operator
// generates again), and the revision reaches the generators as the brief's variant, so the site written
// for it is a different take, while revision 0 writes exactly what it always did.

import type { Website } from '@pagemagic/crds';
import { contentHashOf } from '@pagemagic/crds/content';
import { describe, expect, it } from 'vitest';
import { briefHashOf } from '../../src/controllers/website/resources.ts';
import { siteBrief } from '../../src/executor/index.ts';
import { normaliseBrief } from '../../src/site/ai/input.ts';
import { createOfflineGenerator } from '../../src/site/index.ts';

function website(revision?: number): Website {
  return {
    apiVersion: 'pagemagic.dev/v1alpha1',
    kind: 'Website',
    metadata: { name: 'bakery', namespace: 'pm-test' },
    spec: {
      brief: {
        prompt: 'A family bakery in Porto, open since 1978, with pastel de nata and sourdough',
        locales: ['en'],
        tone: 'friendly',
        ...(revision === undefined ? {} : { revision }),
      },
    },
  };
}

const generate = async (revision?: number) =>
  (await createOfflineGenerator().generateSite(siteBrief(website(revision)))).site;

/** Every text value in the document, to tell copy changes from artwork changes. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([key]) => key !== 'seed')
    .flatMap(([, item]) => texts(item));
}

describe('brief revision', () => {
  it('changes the brief hash, so a bump is generated again', () => {
    const hashes = [undefined, 1, 2].map((revision) => briefHashOf(website(revision)));
    expect(new Set(hashes).size).toBe(3);
    expect(briefHashOf(website(1))).toBe(briefHashOf(website(1)));
  });

  it('reaches the generators as the variant, and revision 0 as no variant at all', () => {
    expect(siteBrief(website(3)).variant).toBe(3);
    expect(siteBrief(website(0))).not.toHaveProperty('variant');
    expect(siteBrief(website())).not.toHaveProperty('variant');
  });

  it('writes the same site for revision 0 as for none, so existing sites keep their content', async () => {
    expect(contentHashOf(await generate(0))).toBe(contentHashOf(await generate()));
  });

  it('writes a different take for a revision: other copy, not only other artwork', async () => {
    const first = await generate();
    const second = await generate(1);
    expect(contentHashOf(second)).not.toBe(contentHashOf(first));
    expect(texts(second)).not.toEqual(texts(first));
    // The business is the same one.
    expect(second.name).toBe(first.name);
    expect(contentHashOf(await generate(1))).toBe(contentHashOf(second));
  });

  it('asks a model for a fresh answer: the normalised brief, and so the cache key, differs', () => {
    const brief = siteBrief(website(2));
    expect(normaliseBrief(brief).variant).toBe(2);
    expect(normaliseBrief(siteBrief(website(0)))).not.toHaveProperty('variant');
  });
});
