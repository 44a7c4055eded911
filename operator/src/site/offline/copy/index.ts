import { readFileSync } from 'node:fs';
import { Value } from '@sinclair/typebox/value';
import { COPY_LANGUAGES, type CopyLanguage } from '../../brief/types.ts';
import { type CopyFile, CopyFileSchema } from './schema.ts';

export type { CommonCopy, CopyFile, FamilyCopy } from './schema.ts';
export { COPY_LANGUAGES, type CopyLanguage };

const loaded = new Map<CopyLanguage, CopyFile>();

/** Reads and checks a language's copy file once; a file that breaks the schema is a bug, reported in full. */
export function copyFor(language: CopyLanguage): CopyFile {
  const cached = loaded.get(language);
  if (cached) return cached;
  const url = new URL(`./${language}.json`, import.meta.url);
  const data: unknown = JSON.parse(readFileSync(url, 'utf8'));
  const errors = [...Value.Errors(CopyFileSchema, data)];
  if (errors.length > 0) {
    const details = errors
      .slice(0, 20)
      .map((e) => `  ${e.path || '/'}: ${e.message}`)
      .join('\n');
    throw new Error(`offline copy ${language}.json does not match its schema (copy/schema.ts):\n${details}`);
  }
  const copy = data as CopyFile;
  if (copy.language !== language) {
    throw new Error(`offline copy ${language}.json says it is "${copy.language}"`);
  }
  loaded.set(language, copy);
  return copy;
}
