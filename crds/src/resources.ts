// Where each kind lives on the API server, as the operator's and the API's clients address it: spelt once,
// from the kind definitions the CRDs are generated from.

import { buildKind } from './build.ts';
import { domainKind } from './domain.ts';
import { domainClaimKind } from './domain-claim.ts';
import { kindResource } from './meta.ts';
import { websiteKind } from './website.ts';

export const WEBSITES = kindResource(websiteKind);
export const BUILDS = kindResource(buildKind);
export const DOMAINS = kindResource(domainKind);
export const DOMAIN_CLAIMS = kindResource(domainClaimKind);
