import type { CopyLanguage } from '../locales.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { pt } from './pt.ts';
import type { LocaleCopy } from './types.ts';

const TABLES: Record<CopyLanguage, LocaleCopy> = { en, pt, es, fr, de };

export function copyFor(language: CopyLanguage): LocaleCopy {
  return TABLES[language];
}
