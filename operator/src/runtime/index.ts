// The operator's controller runtime: informers, work queues, controllers, API helpers, leader election and
// the manager that runs them, on @kubernetes/client-node and prom-client.

export {
  Controller,
  type ControllerOptions,
  classifyOutcome,
  type ReconcileContext,
  type ReconcileOutcome,
  type Reconciler,
  type Result,
} from './controller.ts';
export {
  ConfigError,
  type Decode,
  type Env,
  parseEnv,
  parseListenAddress,
  readEnv,
  Setting,
} from './env.ts';
export { type ApiStatus, apiStatusCode, isAlreadyExists, isConflict, isGone, isNotFound } from './errors.ts';
export { EventRecorder, type EventRecorderOptions, type EventType, eventObject } from './event-recorder.ts';
export {
  diffSnapshot,
  type IndexFunction,
  Informer,
  type InformerOptions,
  type InformerStats,
  objectKey,
  type RelistReason,
  type SnapshotDiff,
  stripManagedFields,
} from './informer.ts';
export {
  apiError,
  KubeApiError,
  KubeClient,
  type KubeClientOptions,
  type KubeList,
  type KubeObject,
  type ListOptions,
  type ObjectMeta,
  type RequestOptions,
  type ResourceRef,
  resourcePath,
  resources,
  VERBS,
  type Verb,
  type WatchEvent,
  type WatchEventType,
  type WatchOptions,
  WRITE_VERBS,
  type WriteOptions,
} from './kube-client.ts';
export {
  claimedSpec,
  type ElectionEnd,
  heldByOther,
  type LeaderElectionOptions,
  LeaderElector,
  type Lease,
  type LeaseSpec,
  microTime,
  releasedSpec,
} from './leader-election.ts';
export {
  createLogger,
  LOG_LEVELS,
  type LogFields,
  type Logger,
  type LoggerOptions,
  type LogLevel,
  loggerOptions,
  logLevelFromEnv,
  newTraceId,
  serializeError,
  silentLogger,
  TRACE_ID_FIELD,
} from './log.ts';
export { Manager, type ManagerEnd, type ManagerLeaderElection, type ManagerOptions } from './manager.ts';
export { BY_NAMESPACE, NamespaceScope } from './namespace-scope.ts';
export {
  type ControllerRateLimiterOptions,
  defaultControllerRateLimiter,
  type ItemBackoffOptions,
  itemExponentialRateLimiter,
  jitteredBackoff,
  maxOfRateLimiter,
  type RateLimiter,
  type TokenBucketOptions,
  tokenBucketRateLimiter,
} from './rate-limit.ts';
export { WorkQueue, type WorkQueueOptions } from './work-queue.ts';
export { WrittenStatus } from './written-status.ts';
