// A workspace's metered usage (requests, bandwidth, build time, AI tokens, generations), as `pagemagic-api
// meter` rolled it up from Prometheus into usage_hourly: totals, a zero-filled series per metric at the
// asked granularity (UTC hours, days or calendar months), and the sites that used the most. Any member reads.

import { type Static, Type } from '@sinclair/typebox';
import { authErrors, defineRoute, ErrorBodySchema } from './define.ts';
import { SiteNameSchema } from './sites.ts';
import { WorkspaceIdSchema } from './workspaces.ts';

export const UsageMetricSchema = Type.Union(
  [
    Type.Literal('requests'),
    Type.Literal('bandwidthBytes'),
    Type.Literal('buildSeconds'),
    Type.Literal('aiPromptTokens'),
    Type.Literal('aiCompletionTokens'),
    Type.Literal('generations'),
  ],
  { title: 'UsageMetric' },
);
export type UsageMetricName = Static<typeof UsageMetricSchema>;

export const UsageUnitSchema = Type.Union([
  Type.Literal('requests'),
  Type.Literal('bytes'),
  Type.Literal('seconds'),
  Type.Literal('tokens'),
  Type.Literal('generations'),
]);
export type UsageUnit = Static<typeof UsageUnitSchema>;

export const UsageGranularitySchema = Type.Union(
  [Type.Literal('hour'), Type.Literal('day'), Type.Literal('month')],
  { description: 'The bucket of each point: a UTC hour, a UTC day or a UTC calendar month' },
);
export type UsageGranularity = Static<typeof UsageGranularitySchema>;

/** The longest range one request may ask for, and the longest at hour granularity. */
export const USAGE_MAX_RANGE_DAYS = 366;
export const USAGE_MAX_HOURLY_DAYS = 31;

export const UsagePointSchema = Type.Object({
  start: Type.String({ format: 'date-time', description: "The bucket's first instant (UTC)" }),
  value: Type.Number({ minimum: 0 }),
});

export const UsageSiteTotalSchema = Type.Object({
  site: Type.String({
    description: "A Website's name; '' for usage that belongs to the workspace as a whole",
  }),
  total: Type.Number({ minimum: 0 }),
});

export const MetricUsageSchema = Type.Object(
  {
    metric: UsageMetricSchema,
    unit: UsageUnitSchema,
    total: Type.Number({ minimum: 0, description: 'The sum of `points`' }),
    points: Type.Array(UsagePointSchema, {
      description:
        'One per bucket from `from` to `to`, oldest first, 0 where nothing was used; the whole workspace, or `site` when asked',
    }),
    sites: Type.Array(UsageSiteTotalSchema, {
      description: 'Each site with usage in the range, largest total first',
    }),
  },
  { title: 'MetricUsage' },
);
export type MetricUsage = Static<typeof MetricUsageSchema>;

export const UsageSchema = Type.Object(
  {
    workspace: WorkspaceIdSchema,
    from: Type.String({ format: 'date-time' }),
    to: Type.String({ format: 'date-time' }),
    granularity: UsageGranularitySchema,
    rolledUpTo: Type.Optional(
      Type.String({
        format: 'date-time',
        description:
          'The end of the last hour the meter has rolled up: usage after it is not counted yet. Absent when the meter has never run',
      }),
    ),
    metrics: Type.Array(MetricUsageSchema, {
      description:
        'Every metric, always in the same order: requests, bandwidthBytes, buildSeconds, aiPromptTokens, aiCompletionTokens, generations',
    }),
  },
  { title: 'Usage' },
);
export type Usage = Static<typeof UsageSchema>;

export const getUsage = defineRoute({
  method: 'GET',
  url: '/workspaces/:workspaceId/usage',
  auth: true,
  summary:
    "The workspace's metered usage between two instants, per metric: totals, a series by hour, day or month, and per-site totals (any member)",
  tags: ['usage'],
  params: Type.Object({ workspaceId: WorkspaceIdSchema }),
  querystring: Type.Object({
    from: Type.Optional(
      Type.String({ format: 'date-time', description: 'Default: the start of the current UTC month' }),
    ),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'Default: now' })),
    granularity: Type.Optional(
      Type.Union([Type.Literal('hour'), Type.Literal('day'), Type.Literal('month')], {
        default: 'day',
        description: `Each point's bucket; hour covers at most ${USAGE_MAX_HOURLY_DAYS} days`,
      }),
    ),
    site: Type.Optional(SiteNameSchema),
  }),
  response: { 200: UsageSchema, ...authErrors, 404: ErrorBodySchema },
});
