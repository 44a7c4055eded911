import { type Static, Type } from '@sinclair/typebox';
import { type CustomObject, conditionList, type KindDefinition, objectName, stringEnum } from './meta.ts';

export const BUILD_PHASES = ['Pending', 'Running', 'Succeeded', 'Failed'] as const;

export const BuildSpecSchema = Type.Object(
  {
    website: objectName('The Website this Build belongs to.'),
    contentRevision: objectName('The immutable content ConfigMap that was rendered.'),
    contentHash: Type.String({ pattern: '^[a-f0-9]{64}$', description: 'SHA-256 of the site document.' }),
    rendererVersion: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'The renderer that made the site, so a new renderer makes a new Build.',
    }),
    websiteGeneration: Type.Optional(
      Type.Integer({
        minimum: 0,
        description:
          'The Website generation this Build was made for: what orders Builds, since two made within the same second share a creationTimestamp.',
      }),
    ),
  },
  {
    // A Build is a record of what was shipped: editing it after the fact would make rollback lie.
    'x-kubernetes-validations': [
      { rule: 'self == oldSelf', message: 'Build spec is immutable; create a new Build' },
    ],
  },
);

const score = (what: string) =>
  Type.Number({ minimum: 0, maximum: 1, description: `Lighthouse ${what}, 0 to 1.` });

export const BuildStatusSchema = Type.Object({
  observedGeneration: Type.Optional(
    Type.Integer({ minimum: 0, description: 'The generation the operator last acted on.' }),
  ),
  conditions: Type.Optional(conditionList()),
  phase: Type.Optional(stringEnum(BUILD_PHASES, { description: 'Pending, Running, Succeeded or Failed.' })),
  image: Type.Optional(Type.String({ maxLength: 512, description: 'Image reference pinned by digest.' })),
  pages: Type.Optional(Type.Integer({ minimum: 0, description: 'HTML pages in the site.' })),
  bytes: Type.Optional(Type.Integer({ minimum: 0, description: 'Size of the site, in bytes.' })),
  size: Type.Optional(
    Type.String({
      maxLength: 16,
      description: 'Size of the site for people, e.g. "412.0 KB"; bytes is exact.',
    }),
  ),
  startedAt: Type.Optional(Type.String({ format: 'date-time', description: 'When the build started.' })),
  completedAt: Type.Optional(Type.String({ format: 'date-time', description: 'When the build ended.' })),
  durations: Type.Optional(
    Type.Object(
      {
        renderSeconds: Type.Optional(Type.Number({ minimum: 0, description: 'Rendering the pages.' })),
        pushSeconds: Type.Optional(Type.Number({ minimum: 0, description: 'Pushing the image.' })),
      },
      { description: 'How long each step took, in seconds.' },
    ),
  ),
  quality: Type.Optional(
    Type.Object(
      {
        performance: Type.Optional(score('performance')),
        accessibility: Type.Optional(score('accessibility')),
        bestPractices: Type.Optional(score('best practices')),
        seo: Type.Optional(score('SEO')),
      },
      { description: 'Scores of the home page, when measured.' },
    ),
  ),
});

export type BuildSpec = Static<typeof BuildSpecSchema>;
export type BuildStatus = Static<typeof BuildStatusSchema>;
export type Build = CustomObject<'Build', BuildSpec, BuildStatus>;

/**
 * Builds newest first: by the Website generation they were made for, then creation time, then name. Creation
 * times alone have second precision, so a quick edit would leave its Build tied with the one it replaced.
 */
export function buildsNewestFirst<T extends Pick<Build, 'spec' | 'metadata'>>(builds: readonly T[]): T[] {
  return [...builds].sort(
    (a, b) =>
      (b.spec.websiteGeneration ?? 0) - (a.spec.websiteGeneration ?? 0) ||
      (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? '') ||
      (b.metadata.name ?? '').localeCompare(a.metadata.name ?? ''),
  );
}

/** A size for people, in the units every Page Magic surface uses (kubectl, web app, CLI). */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const buildKind: KindDefinition = {
  kind: 'Build',
  plural: 'builds',
  singular: 'build',
  shortNames: ['bld'],
  spec: BuildSpecSchema,
  status: BuildStatusSchema,
  printerColumns: [
    { name: 'Website', type: 'string', jsonPath: '.spec.website' },
    { name: 'Phase', type: 'string', jsonPath: '.status.phase' },
    { name: 'Pages', type: 'integer', jsonPath: '.status.pages' },
    // kubectl cannot format a number of bytes, so the operator writes `size` beside the exact `bytes`.
    { name: 'Size', type: 'string', jsonPath: '.status.size' },
    { name: 'Image', type: 'string', jsonPath: '.status.image', priority: 1 },
    { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' },
  ],
};
