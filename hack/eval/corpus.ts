// The eval corpus: briefs as owners type them, each with the facts a faithful site must show. Checked
// against a schema when loaded, so a typo in briefs.json fails loudly instead of scoring silently wrong.

import { readFile } from 'node:fs/promises';
import { KIND_FAMILIES } from '@pagemagic/crds/site-document';
import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

const text = (maxLength: number) => Type.String({ minLength: 1, maxLength });

export const ExpectedFactsSchema = Type.Object(
  {
    family: Type.Union(KIND_FAMILIES.map((family) => Type.Literal(family))),
    /** ISO 639-1 code of the language the site should be written in (the brief's, or locales[0]'s). */
    language: Type.String({ pattern: '^[a-z]{2}$' }),
    name: Type.Optional(text(120)),
    city: Type.Optional(text(80)),
    /** ISO 3166-1 alpha-2; checked for contradictions only (a page need not name the country). */
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
    counts: Type.Optional(
      Type.Array(
        Type.Object({ value: Type.Integer({ minimum: 0 }), noun: text(40) }, { additionalProperties: false }),
        { minItems: 1 },
      ),
    ),
    prices: Type.Optional(
      Type.Array(
        Type.Object(
          { amount: Type.Number({ minimum: 0 }), currency: Type.String({ pattern: '^[A-Z]{3}$' }) },
          { additionalProperties: false },
        ),
        { minItems: 1 },
      ),
    ),
    people: Type.Optional(Type.Array(text(80), { minItems: 1 })),
    phone: Type.Optional(Type.String({ pattern: '^[+()0-9 .-]{7,25}$' })),
    email: Type.Optional(Type.String({ pattern: '^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$' })),
    street: Type.Optional(text(120)),
  },
  { additionalProperties: false },
);

export const BriefEntrySchema = Type.Object(
  {
    /** kind.language.detail, e.g. "vet.pt.braga": the first segment names the kind the brief is about. */
    id: Type.String({ pattern: '^[a-z0-9-]+\\.[a-z]{2}\\.[a-z0-9-]+$' }),
    // The Website CRD caps a brief at 4,000 characters; the corpus tests right up to that edge.
    brief: Type.String({ minLength: 1, maxLength: 4000 }),
    locales: Type.Optional(
      Type.Array(Type.String({ pattern: '^[a-z]{2}(-[A-Za-z0-9]{2,8})*$' }), { minItems: 1 }),
    ),
    expect: ExpectedFactsSchema,
  },
  { additionalProperties: false },
);

export const CorpusSchema = Type.Array(BriefEntrySchema, { minItems: 1 });

export type ExpectedFacts = Static<typeof ExpectedFactsSchema>;
export type BriefEntry = Static<typeof BriefEntrySchema>;

export const DEFAULT_CORPUS = new URL('./briefs.json', import.meta.url);

/** Parses and checks a corpus; every schema error and every duplicate id is reported at once. */
export function parseCorpus(json: unknown, source = 'corpus'): BriefEntry[] {
  const problems = [...Value.Errors(CorpusSchema, json)].map(
    (error) => `  ${error.path || '/'}: ${error.message}`,
  );
  if (problems.length === 0) {
    const seen = new Set<string>();
    for (const entry of json as BriefEntry[]) {
      if (seen.has(entry.id)) problems.push(`  ${entry.id}: duplicate id`);
      seen.add(entry.id);
    }
  }
  if (problems.length > 0) {
    throw new Error(
      `${source} is not a valid eval corpus (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.slice(0, 40).join('\n')}`,
    );
  }
  return json as BriefEntry[];
}

export async function loadCorpus(file: URL | string = DEFAULT_CORPUS): Promise<BriefEntry[]> {
  const source = String(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the eval corpus ${source}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  return parseCorpus(json, source);
}

export interface CorpusCoverage {
  briefs: number;
  /** Distinct kinds, from the first segment of each id. */
  kinds: number;
  families: Record<string, number>;
  languages: Record<string, number>;
}

export function corpusCoverage(entries: readonly BriefEntry[]): CorpusCoverage {
  const families: Record<string, number> = {};
  const languages: Record<string, number> = {};
  const kinds = new Set<string>();
  for (const entry of entries) {
    families[entry.expect.family] = (families[entry.expect.family] ?? 0) + 1;
    languages[entry.expect.language] = (languages[entry.expect.language] ?? 0) + 1;
    kinds.add(entry.id.split('.')[0] ?? entry.id);
  }
  return { briefs: entries.length, kinds: kinds.size, families, languages };
}
