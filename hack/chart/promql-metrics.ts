// The metric names a PromQL expression selects, for the test that every metric a dashboard or alert names
// is one the processes export. A reader of the subset our own expressions use (selectors, functions,
// aggregations with by/without, binary operators with on/ignoring/group_*, ranges, subqueries, offsets,
// Grafana's $variables and label_values()), not a full PromQL parser: the test of this file pins it.

const KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
  'inf',
  'nan',
]);

export function metricNames(expr: string): string[] {
  const stripped = expr
    // label_values(metric, label) is Grafana's, and its second argument is a label.
    .replace(/label_values\(\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(?:\{[^}]*\})?\s*,[^)]*\)/g, ' $1 ')
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ')
    .replace(/\boffset\s+-?[0-9a-z]+/g, ' ')
    .replace(/\$\{?[a-zA-Z_][a-zA-Z0-9_]*\}?/g, ' ');
  const names = new Set<string>();
  for (const match of stripped.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*(?=\s*(\()?)/g)) {
    const [name] = match;
    if (match[1] === '(' || KEYWORDS.has(name.toLowerCase())) continue;
    // Part of a number such as 1e3 or a duration: the character before is a digit.
    const before = stripped[(match.index ?? 0) - 1];
    if (before !== undefined && /[0-9.]/.test(before)) continue;
    names.add(name);
  }
  return [...names].sort();
}

const HISTOGRAM_SUFFIXES = ['_bucket', '_sum', '_count'] as const;

/**
 * Whether `name` is one of `exported` (the names in a /metrics page's `# TYPE` lines), counting a
 * histogram's or summary's _bucket, _sum and _count series as the histogram.
 */
export function isExported(name: string, exported: ReadonlySet<string>): boolean {
  if (exported.has(name)) return true;
  return HISTOGRAM_SUFFIXES.some(
    (suffix) => name.endsWith(suffix) && exported.has(name.slice(0, -suffix.length)),
  );
}

/** The metric names declared by `# TYPE` lines of Prometheus text exposition. */
export function declaredMetrics(text: string): Set<string> {
  const out = new Set<string>();
  for (const match of text.matchAll(/^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) /gm)) out.add(match[1] as string);
  return out;
}
