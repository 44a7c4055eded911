import { describe, expect, it } from 'vitest';
import { releaseState } from '../components/history/release-state.ts';

type Phase = 'Pending' | 'Running' | 'Succeeded' | 'Failed';
const build = (id: string, phase: Phase = 'Succeeded', live = false) => ({ id, phase, live });

describe('releaseState', () => {
  it('offers roll back only when a succeeded build is older than the live one', () => {
    expect(releaseState([build('b2', 'Succeeded', true), build('b1')]).canRollBack).toBe(true);
    expect(releaseState([build('b2', 'Succeeded', true), build('b1', 'Failed')]).canRollBack).toBe(false);
    expect(releaseState([build('b1', 'Succeeded', true)]).canRollBack).toBe(false);
    expect(releaseState([build('b1', 'Running')]).canRollBack).toBe(false);
  });

  it('lists the newer builds that wait behind a pin, leaving out failed ones', () => {
    const builds = [
      build('b4', 'Running'),
      build('b3', 'Failed'),
      build('b2'),
      build('b1', 'Succeeded', true),
    ];
    const state = releaseState(builds, 'b1');
    expect(state.pinned?.id).toBe('b1');
    expect(state.waiting.map((b) => b.id)).toEqual(['b4', 'b2']);
    expect(releaseState(builds, 'b4').waiting).toEqual([]);
    expect(releaseState(builds).waiting).toEqual([]);
  });
});
