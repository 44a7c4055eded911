/**
 * A case-insensitive regex for a whole word or phrase. JavaScript's \b only knows ASCII letters, so
 * "olá" or "Grüße" need lookarounds on Unicode letters instead.
 */
export function word(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}
