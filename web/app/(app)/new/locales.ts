/** The languages the site writers handle well; the first is the default. */
export const LOCALE_CHOICES = [
  { tag: 'en', label: 'English' },
  { tag: 'pt', label: 'Português' },
  { tag: 'es', label: 'Español' },
  { tag: 'fr', label: 'Français' },
  { tag: 'de', label: 'Deutsch' },
] as const;

export const PROMPT_EXAMPLES = [
  'A family bakery in Porto with fresh bread every morning and pastel de nata',
  'A dog groomer in Austin who also does nail trims and teeth cleaning, by appointment',
  'A two-person architecture studio in Lyon designing passive houses',
  'A yoga teacher in Berlin offering morning classes, workshops and private lessons',
] as const;
