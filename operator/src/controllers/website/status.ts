// The Website's conditions: ContentReady, Built, Deployed and the summarising Ready.

import type { Condition } from '@pagemagic/crds';
import { type ConditionUpdate, setCondition } from '../conditions.ts';

export const WEBSITE_CONDITIONS = ['ContentReady', 'Built', 'Deployed'] as const;
export type WebsiteConditionType = (typeof WEBSITE_CONDITIONS)[number];

export type Verdict = Omit<ConditionUpdate, 'type'>;

export function ok(reason: string, message: string): Verdict {
  return { status: 'True', reason, message };
}

export function notYet(reason: string, message: string): Verdict {
  return { status: 'False', reason, message };
}

export const unknown = (message: string): Verdict => ({ status: 'Unknown', reason: 'Pending', message });

/** Ready is True only when every other condition is; otherwise it names the first that is not. */
export function readyVerdict(verdicts: Record<WebsiteConditionType, Verdict>): Verdict {
  const pending = WEBSITE_CONDITIONS.filter((type) => verdicts[type].status !== 'True');
  const first = pending[0];
  if (first === undefined) {
    // A pinned site is live, but later edits do not go live: READY alone would hide that.
    if (verdicts.Deployed.reason === 'Pinned') return ok('Pinned', verdicts.Deployed.message);
    return ok('Live', 'the site is served from its live Build');
  }
  const verdict = verdicts[first];
  return notYet(verdict.reason, `waiting for ${pending.join(', ')}: ${verdict.message}`.slice(0, 32_000));
}

export function withConditions(
  current: readonly Condition[] | undefined,
  verdicts: Record<WebsiteConditionType, Verdict>,
  generation: number | undefined,
  now?: () => Date,
): Condition[] {
  let list = [...(current ?? [])];
  for (const type of WEBSITE_CONDITIONS)
    list = setCondition(list, { type, ...verdicts[type] }, generation, now);
  return setCondition(list, { type: 'Ready', ...readyVerdict(verdicts) }, generation, now);
}

export interface Transition {
  type: string;
  status: Condition['status'];
  reason: string;
  message: string;
}

/** Conditions whose status or reason changed. */
export function transitions(
  before: readonly Condition[] | undefined,
  after: readonly Condition[],
): Transition[] {
  return after
    .filter((condition) => {
      const old = before?.find((c) => c.type === condition.type);
      return !old || old.status !== condition.status || old.reason !== condition.reason;
    })
    .map(({ type, status, reason, message }) => ({ type, status, reason, message }));
}

export interface WebsiteEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
}

/**
 * The one Kubernetes Event a reconcile deserves, if any: a condition that became True or stopped being
 * True, or a new warning. The steps in between (Building, RollingOut) are in the conditions already; an
 * Event for each would triple the writes for no reader. When Ready moved, its reason names the Event.
 */
export function websiteEvent(
  before: readonly Condition[] | undefined,
  after: readonly Condition[],
  warningReasons: ReadonlySet<string>,
): WebsiteEvent | undefined {
  const noteworthy = transitions(before, after).filter((change) => {
    const was = before?.find((c) => c.type === change.type)?.status;
    return warningReasons.has(change.reason) || (change.status === 'True') !== (was === 'True');
  });
  if (noteworthy.length === 0) return undefined;
  const warning = noteworthy.find((change) => warningReasons.has(change.reason));
  const headline = warning ?? noteworthy.find((change) => change.type === 'Ready') ?? noteworthy[0];
  return {
    type: warning ? 'Warning' : 'Normal',
    reason: (headline as Transition).reason,
    message: noteworthy.map((change) => `${change.type}=${change.status}: ${change.message}`).join('; '),
  };
}
