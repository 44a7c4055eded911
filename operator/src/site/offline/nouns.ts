import { KIND_VOCABULARY } from '../brief/kinds-data.ts';
import type { CopyLanguage } from '../brief/types.ts';

// What a kind of business is called in each language ("tattoo studio", "estúdio de tatuagem"), from the
// brief-understanding data; undefined when the data has no word for it (the generic kind).

export function kindNoun(kind: string, language: CopyLanguage): string | undefined {
  const entry = Object.hasOwn(KIND_VOCABULARY, kind)
    ? KIND_VOCABULARY[kind as keyof typeof KIND_VOCABULARY]
    : undefined;
  const noun = entry?.noun[language]?.trim();
  return noun ? noun : undefined;
}
