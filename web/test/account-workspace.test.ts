import { describe, expect, it } from 'vitest';
import { chooseWorkspace, WORKSPACE_COOKIE_MAX_AGE } from '../lib/workspace.ts';

const oldest = { id: 'aaaa1111', name: 'Bakery' };
const newer = { id: 'bbbb2222', name: 'Side project' };

describe('chooseWorkspace', () => {
  it('keeps the chosen workspace while the person belongs to it', () => {
    expect(chooseWorkspace([oldest, newer], 'bbbb2222')).toBe(newer);
  });

  it('falls back to the oldest membership without a choice, as the API does', () => {
    expect(chooseWorkspace([oldest, newer], undefined)).toBe(oldest);
    expect(chooseWorkspace([oldest, newer], '')).toBe(oldest);
  });

  it('ignores a choice the person no longer belongs to', () => {
    expect(chooseWorkspace([oldest, newer], 'cccc3333')).toBe(oldest);
  });

  it('has nothing to choose for someone in no workspace', () => {
    expect(chooseWorkspace([], 'aaaa1111')).toBeUndefined();
    expect(chooseWorkspace([], undefined)).toBeUndefined();
  });
});

describe('the workspace cookie', () => {
  it('lasts a year', () => {
    expect(WORKSPACE_COOKIE_MAX_AGE).toBe(31_536_000);
  });
});
