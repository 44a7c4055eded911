import { buildKind } from './build.ts';
import { domainKind } from './domain.ts';
import { domainClaimKind } from './domain-claim.ts';
import type { KindDefinition } from './meta.ts';
import { websiteKind } from './website.ts';

export * from './build.ts';
export * from './change.ts';
export { type CustomResourceDefinition, customResourceDefinition, toStructuralSchema } from './crd.ts';
export * from './domain.ts';
export * from './domain-claim.ts';
export * from './meta.ts';
export * from './phases.ts';
export * from './resources.ts';
export * from './website.ts';

export const KINDS: readonly KindDefinition[] = [websiteKind, buildKind, domainKind, domainClaimKind];
export * from './site-document.ts';
