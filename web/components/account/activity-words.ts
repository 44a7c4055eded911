// An activity feed item in words. The feed stores what the operator published (a type, the object's name
// and a few data fields per type, see operator/src/controllers); this turns each into a sentence a site
// owner understands, and says where in the app to look at it.

import type { ResultOf } from '@pagemagic/api/client';
import type { listActivity } from '@pagemagic/api/contract/events';

export type ActivityItem = ResultOf<typeof listActivity>['items'][number];

export type ActivityTone = 'success' | 'failure' | 'neutral';

export interface ActivityWords {
  /** One sentence, without the site's name (the item links to the site separately). */
  summary: string;
  /** More about a failure, as the operator reported it. */
  detail?: string;
  tone: ActivityTone;
  /** The site the item is about, and the page of it that shows this kind of event. */
  site?: { id: string; href: string };
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Why a domain stopped or failed verifying, for the two reasons the operator reports. */
const DOMAIN_FAILURES: Readonly<Record<string, string>> = {
  Conflict: 'another site already uses this host',
  RecordRemoved: 'its DNS TXT record was removed',
};

function siteLink(site: string | undefined, section: '' | '/history' | '/domains'): ActivityWords['site'] {
  return site ? { id: site, href: `/sites/${encodeURIComponent(site)}${section}` } : undefined;
}

/** Who did it, as the feed may name them: members by name or email, anyone else as a former member. */
function actorName(item: ActivityItem): string | undefined {
  if (!item.actor) return undefined;
  return item.actor.name ?? 'a former member';
}

/**
 * A publishing in words, with the person's action that led to it (the operator records it as
 * `data.cause`): a rollback reads as a rollback, and the feed says who did it.
 */
function publishedSummary(item: ActivityItem): string {
  const url = text(item.data.url);
  const build = text(item.data.build);
  const cause = item.data.cause as { change?: unknown } | undefined;
  const who = actorName(item);
  const by = who ? ` by ${who}` : '';
  switch (cause?.change) {
    case 'rollback':
      return `Rolled back${by}: the site serves ${build ? `build ${build}` : 'an earlier build'} again`;
    case 'publish':
      return `${build ? `Build ${build}` : 'A chosen build'} published${by} and pinned as live`;
    case 'unpin':
      return `Unpinned${by}: the site serves the newest build${url ? ` at ${url}` : ''}`;
    case 'edit':
      return `Site published${url ? ` at ${url}` : ''} with an edit${by}`;
    case 'section':
      return `Site published${url ? ` at ${url}` : ''} with a section rewritten${by}`;
    case 'regenerate':
      return `Site published${url ? ` at ${url}` : ''}, written again${by}`;
    case 'create':
      return `Site published${url ? ` at ${url}` : ''} for the first time${who ? `, created by ${who}` : ''}`;
    default:
      return url ? `Site published at ${url}` : 'Site published';
  }
}

export function describeActivity(item: ActivityItem): ActivityWords {
  const { data } = item;
  const site = item.site ?? text(data.website);
  switch (item.type) {
    case 'site.generated':
      return { summary: 'Content written', tone: 'success', site: siteLink(site, '') };
    case 'build.succeeded': {
      const pages = count(data.pages);
      return {
        summary: `Build ${item.objectName} succeeded${pages === undefined ? '' : ` (${plural(pages, 'page', 'pages')})`}`,
        tone: 'success',
        site: siteLink(site, '/history'),
      };
    }
    case 'build.failed':
      return {
        summary: `Build ${item.objectName} failed`,
        detail: text(data.message),
        tone: 'failure',
        site: siteLink(site, '/history'),
      };
    case 'site.published':
      return { summary: publishedSummary(item), tone: 'success', site: siteLink(site, '/history') };
    case 'domain.verified':
      return {
        summary: `Domain ${text(data.host) ?? item.objectName} verified`,
        tone: 'success',
        site: siteLink(site, '/domains'),
      };
    case 'domain.failed': {
      const reason = text(data.reason);
      return {
        summary: `Domain ${text(data.host) ?? item.objectName} failed verification`,
        detail: (reason ? DOMAIN_FAILURES[reason] : undefined) ?? text(data.message),
        tone: 'failure',
        site: siteLink(site, '/domains'),
      };
    }
    default:
      // A type this app does not know yet (the operator may add some): still say what and when.
      return {
        summary: `${item.objectKind} ${item.objectName}: ${item.type.replace(/[._]/g, ' ')}`,
        tone: 'neutral',
        site: siteLink(site, ''),
      };
  }
}
