export { AcmeIssuer, type AcmeIssuerOptions, ChallengeResponder, type IssuedCertificate } from './acme.ts';
export { type DomainConfig, domainConfigFromEnv, parseAddress, parseIssuer } from './config.ts';
export {
  addDomainController,
  certManagerProbe,
  createDomainController,
  DOMAIN_CONTROLLER,
  type DomainController,
  type DomainControllerOptions,
} from './controller.ts';
export { createTxtLookup, type TxtLookup } from './dns.ts';
export { createDomainReconciler, type DomainReconcilerOptions } from './reconcile.ts';
export {
  ACME_CHALLENGE_PATH,
  acmeChallengeIngressPath,
  acmeChallengeService,
  certificateMatches,
  certificatesResource,
  claimName,
  DOMAIN_FINALIZER,
  normaliseHost,
  tlsSecretName,
} from './resources.ts';
export { CERTIFICATE_READY, CLAIMED, CONFLICT_MESSAGE, READY, RECORD_PRESENT, VERIFIED } from './status.ts';
