// Brief understanding: one pure step, shared by the offline and the AI generator and the fidelity check.
export * from './types.ts';
export { MAX_BRIEF_LENGTH, tidyBrief, understandBrief } from './understand.ts';
