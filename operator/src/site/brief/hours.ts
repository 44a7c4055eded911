// Opening hours as a brief gives them: "24/7" (always open), days with times ("Mon–Fri 9–18", "du lundi au
// vendredi de 9h à 18h") and days named without times ("tastings on Saturdays", "closed on Sundays"). A
// day is closed only when the brief says so next to it; times are only read next to days, so "9–18" alone
// claims nothing.

import { WEEKDAYS } from '@pagemagic/crds/site-document';
import { Type } from '@sinclair/typebox';
import HOURS_JSON from './data/hours-words.json' with { type: 'json' };
import {
  briefText,
  copyLanguage,
  foldAligned,
  languagesFor,
  loadBriefData,
  perLanguage,
  phrasePattern,
  rememberLast,
} from './numbers.ts';
import { COPY_LANGUAGES, type HoursFact, type Weekday } from './types.ts';

const WordList = Type.Array(Type.String({ minLength: 1 }));
const DayWords = Type.Object({ full: WordList, short: WordList });
const WeekdaySchema = Type.Union(WEEKDAYS.map((d) => Type.Literal(d)));
const HoursSchema = Type.Object({
  description: Type.String(),
  neutral: Type.Object({ alwaysOpen: WordList }),
  languages: perLanguage(
    Type.Object({
      days: Type.Object({
        mon: DayWords,
        tue: DayWords,
        wed: DayWords,
        thu: DayWords,
        fri: DayWords,
        sat: DayWords,
        sun: DayWords,
      }),
      groups: Type.Array(Type.Object({ words: WordList, days: Type.Array(WeekdaySchema, { minItems: 1 }) })),
      dayPrepositions: WordList,
      rangeWords: WordList,
      listWords: WordList,
      timeRangeWords: WordList,
      timeFillers: WordList,
      closedWords: WordList,
      exceptWords: WordList,
      alwaysOpen: WordList,
      withinWords: WordList,
      delayWordsAfter: WordList,
      boundaryWords: WordList,
    }),
  ),
});

const HOURS = loadBriefData('hours-words.json', HoursSchema, HOURS_JSON);

interface DayWord {
  days: Weekday[];
  short: boolean;
}

interface HoursWords {
  day: RegExp;
  dayWords: Map<string, DayWord>;
  rangeGap: RegExp;
  listGap: RegExp;
  timeRange: RegExp;
  filler: RegExp;
  shiftGap: RegExp;
  closed: RegExp;
  closedNear: RegExp;
  except: RegExp;
  boundary: RegExp;
  dayPrepositions: Set<string>;
  alwaysOpen: RegExp;
  within: RegExp;
  delayAfter: RegExp;
}

/** The key a written day word is looked up by: folded, with runs of spaces and hyphens as one space. */
function dayKey(text: string): string {
  return foldAligned(text)
    .replace(/[\s\u00a0\u2010\u2011-]+/gu, ' ')
    .replace(/['’]\s?/gu, "'")
    .replace(/\.$/u, '')
    .trim();
}

const cache = new Map<string, HoursWords>();

function hoursWords(language: unknown): HoursWords {
  const own = copyLanguage(language);
  const key = own ?? '';
  const cached = cache.get(key);
  if (cached) return cached;
  const languages = languagesFor(language);
  const dayWords = new Map<string, DayWord>();
  const addDay = (word: string, days: Weekday[], short: boolean) => {
    const k = dayKey(word);
    const known = dayWords.get(k);
    // A word that is a full day name anywhere is read as one everywhere.
    dayWords.set(k, { days: known?.days ?? days, short: short && (known?.short ?? true) });
  };
  // Full names in every supported language (none is another word), short names and group words only in
  // the brief's own language and English.
  if (own) {
    for (const l of COPY_LANGUAGES) {
      for (const day of WEEKDAYS)
        for (const word of HOURS.languages[l].days[day].full) addDay(word, [day], false);
    }
    for (const l of languages) {
      for (const day of WEEKDAYS)
        for (const word of HOURS.languages[l].days[day].short) addDay(word, [day], true);
      for (const group of HOURS.languages[l].groups)
        for (const word of group.words) addDay(word, group.days, false);
    }
  }
  const pick = (f: (l: (typeof HOURS.languages)['en']) => string[]) =>
    languages.flatMap((l) => f(HOURS.languages[l]));
  const words: HoursWords = {
    day: new RegExp(`${phrasePattern(dayWords.keys())}\\.?`, 'gu'),
    dayWords,
    rangeGap: new RegExp(
      String.raw`^[ \u00a0]*(?:[-–—]|${phrasePattern(pick((l) => l.rangeWords))})[ \u00a0]*$`,
      'u',
    ),
    listGap: new RegExp(
      String.raw`^[ \u00a0]*(?:[,&+/][ \u00a0]*)?(?:${phrasePattern(pick((l) => l.listWords))}[ \u00a0]*)?$`,
      'u',
    ),
    timeRange: new RegExp(
      String.raw`(?<![\p{N}.,:/€$£])${TIME}[ \u00a0]*(?:[-–—]|${phrasePattern(pick((l) => l.timeRangeWords))})[ \u00a0]*${TIME}(?:[ \u00a0]?(?<trail>h|hrs|uhr|horas|heures|hours)(?![\p{L}]))?(?![\p{N}%€$£])`,
      'gu',
    ),
    filler: new RegExp(
      String.raw`^[ \u00a0,:;–—-]*(?:${phrasePattern([...pick((l) => l.timeFillers), ...pick((l) => l.dayPrepositions)])}[ \u00a0,:]*){0,4}$`,
      'u',
    ),
    shiftGap: new RegExp(
      String.raw`^[ \u00a0]*(?:[,;&+/][ \u00a0]*)?(?:${phrasePattern(pick((l) => l.listWords))}[ \u00a0]*)?$`,
      'u',
    ),
    closed: new RegExp(phrasePattern(pick((l) => l.closedWords)), 'u'),
    closedNear: new RegExp(
      String.raw`^(?:[ \u00a0:,-]*(?:[\p{L}]+[ \u00a0]+)?${phrasePattern(pick((l) => l.closedWords))}|.*${phrasePattern(pick((l) => l.closedWords))}[ \u00a0]+(?:[\p{L}]+[ \u00a0]+)?$)`,
      'u',
    ),
    except: new RegExp(
      String.raw`${phrasePattern(pick((l) => l.exceptWords))}[ \u00a0]+(?:[\p{L}]+[ \u00a0]+)?$`,
      'u',
    ),
    boundary: new RegExp(
      String.raw`[,;!?()[\]{}\n\r•|]|[.:](?=\s|$)|\s[–—-]\s|${phrasePattern([...pick((l) => l.boundaryWords), ...pick((l) => l.exceptWords)])}`,
      'gu',
    ),
    dayPrepositions: new Set(pick((l) => l.dayPrepositions).map((w) => w.toLowerCase())),
    alwaysOpen: new RegExp(phrasePattern([...HOURS.neutral.alwaysOpen, ...pick((l) => l.alwaysOpen)]), 'gu'),
    within: new RegExp(String.raw`${phrasePattern(pick((l) => l.withinWords))}[ \u00a0]*$`, 'u'),
    delayAfter: new RegExp(String.raw`^[ \u00a0]*${phrasePattern(pick((l) => l.delayWordsAfter))}`, 'u'),
  };
  cache.set(key, words);
  return words;
}

// One time of day: "9", "09:00", "9.30", "9h", "18h30", "9am", "6 p.m.", "18 Uhr".
const TIME = String.raw`(\d{1,2})(?:(?::|\.|h)(\d{2}))?(?:[ \u00a0]?(am|pm|a\.m\.|p\.m\.|h|hrs|uhr)(?![\p{L}]))?`;

interface DayExpression {
  start: number;
  end: number;
  days: Weekday[];
  /** Made only of short names ("Sat", "seg", "Mo"), which need something more to be read as days. */
  allShort: boolean;
  parts: number;
}

interface TimeRange {
  start: number;
  end: number;
  opens: string;
  closes: string;
}

/** Days from `from` to `to` in week order, wrapping past Sunday ("Tue–Sun", "Fri–Mon"). */
function dayRange(from: Weekday, to: Weekday): Weekday[] {
  const a = WEEKDAYS.indexOf(from);
  const b = WEEKDAYS.indexOf(to);
  const days: Weekday[] = [];
  for (let i = a; ; i = (i + 1) % 7) {
    days.push(WEEKDAYS[i] as Weekday);
    if (i === b || days.length >= 7) break;
  }
  return days;
}

function findDayExpressions(folded: string, words: HoursWords): DayExpression[] {
  const found: DayExpression[] = [];
  words.day.lastIndex = 0;
  for (const match of folded.matchAll(words.day)) {
    const word = words.dayWords.get(dayKey(match[0]));
    if (!word) continue;
    const start = match.index;
    const end = start + match[0].length;
    const previous = found.at(-1);
    if (previous) {
      const gap = folded.slice(previous.end, start);
      const last = previous.days.at(-1);
      const first = word.days[0];
      if (word.days.length === 1 && last && first && words.rangeGap.test(gap)) {
        previous.days = [...new Set([...previous.days, ...dayRange(last, first)])];
        previous.end = end;
        previous.allShort &&= word.short;
        previous.parts += 1;
        continue;
      }
      if (words.listGap.test(gap) && gap.length <= 8) {
        previous.days = [...new Set([...previous.days, ...word.days])];
        previous.end = end;
        previous.allShort &&= word.short;
        previous.parts += 1;
        continue;
      }
    }
    found.push({ start, end, days: [...word.days], allShort: word.short, parts: 1 });
  }
  for (const expression of found) expression.days.sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  return found;
}

function hhmm(hours: number, minutes: number): string {
  return `${String(hours % 24).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Opening and closing times as HH:MM, or undefined when the numbers are not times of day. */
function toTimes(match: RegExpExecArray | RegExpMatchArray): { opens: string; closes: string } | undefined {
  let h1 = Number(match[1]);
  const m1 = Number(match[2] ?? 0);
  const s1 = (match[3] ?? '').replace(/\./g, '');
  let h2 = Number(match[4]);
  const m2 = Number(match[5] ?? 0);
  const s2 = (match[6] ?? '').replace(/\./g, '');
  const twentyFour = [s1, s2, match.groups?.trail ?? ''].some((s) => /^(?:h|hrs|uhr|horas|heures)$/.test(s));
  if (h1 > 24 || h2 > 24 || m1 > 59 || m2 > 59) return undefined;
  if (s1 === 'pm' && h1 < 12) h1 += 12;
  if (s1 === 'am' && h1 === 12) h1 = 0;
  if (s2 === 'pm' && h2 < 12) h2 += 12;
  if (s2 === 'am' && h2 === 12) h2 = 0;
  // "7-11pm" is 19:00–23:00; "9-5pm" is 09:00–17:00.
  if (!s1 && s2 === 'pm' && h1 < 12 && h1 + 12 < h2) h1 += 12;
  // "9-5" without am/pm: nobody closes before they open in the morning, so the second time is afternoon.
  if (!s1 && !s2 && !twentyFour && h1 < 12 && h2 <= 12 && h2 < h1) h2 += 12;
  if (h1 > 24 || h2 > 24) return undefined;
  return { opens: hhmm(h1, m1), closes: hhmm(h2, m2) };
}

function findTimeRanges(folded: string, words: HoursWords): TimeRange[] {
  const found: TimeRange[] = [];
  words.timeRange.lastIndex = 0;
  for (const match of folded.matchAll(words.timeRange)) {
    const times = toTimes(match);
    if (times) found.push({ start: match.index, end: match.index + match[0].length, ...times });
  }
  return found;
}

interface HoursReading {
  fact: HoursFact;
  /** Every span the hours were read from: day names, times, "24/7". */
  spans: { start: number; end: number }[];
}

const readHoursAt = rememberLast(findHours);

function findHours(text: string, language: string): HoursReading {
  const brief = briefText(text);
  const folded = foldAligned(brief);
  const words = hoursWords(language);
  const spans: { start: number; end: number }[] = [];
  const fact: HoursFact = { alwaysOpen: false, spans: [], mentions: [] };

  for (const match of folded.matchAll(words.alwaysOpen)) {
    const before = folded.slice(Math.max(0, match.index - 25), match.index);
    const after = folded.slice(match.index + match[0].length, match.index + match[0].length + 25);
    // "delivery within 24h", "24 hours' notice": a delay, not opening hours.
    if (words.within.test(before) || words.delayAfter.test(after.replace(/^['’]s?/u, ''))) continue;
    fact.alwaysOpen = true;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }

  const expressions = findDayExpressions(folded, words);
  const ranges = findTimeRanges(folded, words).filter(
    (r) => !spans.some((s) => s.start < r.end && r.start < s.end),
  );
  const timesOf = new Map<DayExpression, TimeRange[]>();
  const used = new Set<TimeRange>();
  // Times after the days: "Mon–Fri 9–18", "lun-vie: 9:00-18:00", "Mon-Fri 9-13 and 14-18".
  for (const expression of expressions) {
    const next = ranges.find((r) => r.start >= expression.end && !used.has(r));
    const gap = next ? folded.slice(expression.end, next.start) : '';
    if (!next || gap.length > 40 || !words.filler.test(gap)) continue;
    if (expressions.some((e) => e !== expression && e.start >= expression.end && e.start < next.start))
      continue;
    const attached = [next];
    used.add(next);
    for (let r = ranges.indexOf(next) + 1; r < ranges.length; r++) {
      const candidate = ranges[r] as TimeRange;
      const previous = attached.at(-1) as TimeRange;
      if (!words.shiftGap.test(folded.slice(previous.end, candidate.start))) break;
      attached.push(candidate);
      used.add(candidate);
    }
    timesOf.set(expression, attached);
  }
  // Times before the days: "9am–5pm Monday to Friday", "9h-18h de segunda a sexta".
  for (const range of ranges) {
    if (used.has(range)) continue;
    const expression = expressions.find((e) => e.start >= range.end && !timesOf.has(e));
    if (!expression) continue;
    const gap = folded.slice(range.end, expression.start);
    if (gap.length > 30 || !words.filler.test(gap)) continue;
    used.add(range);
    timesOf.set(expression, [range]);
  }

  for (const expression of expressions) {
    const times = timesOf.get(expression);
    if (times) {
      spans.push({ start: expression.start, end: expression.end });
      for (const time of times) {
        spans.push({ start: time.start, end: time.end });
        const duplicate = fact.spans.some(
          (s) =>
            s.opens === time.opens && s.closes === time.closes && s.days.join() === expression.days.join(),
        );
        if (!duplicate)
          fact.spans.push({ days: [...expression.days], opens: time.opens, closes: time.closes });
      }
      continue;
    }
    const bounds = [...expressions.filter((e) => !e.allShort || e.parts > 1 || timesOf.has(e)), ...ranges];
    const mention = mentionOf(brief, folded, expression, words, bounds);
    if (!mention) continue;
    spans.push({ start: expression.start, end: expression.end });
    if (!fact.mentions.some((m) => m.text === mention.text && m.days.join() === mention.days.join())) {
      fact.mentions.push(mention);
    }
  }
  return { fact, spans: spans.sort((a, b) => a.start - b.start) };
}

/** A day named without times, with the words around it up to the clause's edges. */
function mentionOf(
  brief: string,
  folded: string,
  expression: DayExpression,
  words: HoursWords,
  others: readonly { start: number; end: number }[],
): HoursFact['mentions'][number] | undefined {
  const lead = folded.slice(Math.max(0, expression.start - 60), expression.start);
  const tail = folded.slice(expression.end, expression.end + 60);
  const excepted = words.except.exec(lead);
  // Short names ("Sat", "seg", "Mo", "quinta") are other words too often to stand alone: they need a second
  // day, a closed word right next to them, or a day preposition before them ("on Sat", "às quintas").
  if (expression.allShort && expression.parts < 2) {
    const preposition = /([\p{L}]+)[ \u00a0]+$/u.exec(
      brief.slice(Math.max(0, expression.start - 20), expression.start),
    )?.[1];
    const near =
      words.closedNear.test(tail.slice(0, 30)) || words.closedNear.test(lead.slice(-30)) || excepted;
    if (!near && !(preposition && words.dayPrepositions.has(preposition.toLowerCase()))) return undefined;
  }
  let start = expression.start - lead.length;
  for (const match of lead.matchAll(words.boundary))
    start = expression.start - lead.length + match.index + match[0].length;
  if (excepted) start = expression.start - lead.length + excepted.index;
  let end = expression.end + tail.length;
  const stop = new RegExp(words.boundary.source, 'u').exec(tail);
  if (stop) end = expression.end + stop.index;
  // Other days and times end the mention too: "Mon-Fri 9-18 closed on Sun" → "closed on Sun".
  for (const other of others) {
    if (other.end <= expression.start) start = Math.max(start, other.end);
    if (other.start >= expression.end) end = Math.min(end, other.start);
  }
  const text = brief
    .slice(start, end)
    .trim()
    .replace(/^[\s,;:.–—-]+|[\s,;:–—-]+$/gu, '');
  const closed = Boolean(excepted) || words.closed.test(folded.slice(start, end));
  return { days: [...expression.days], text, closed };
}

/** Spans of the brief the hours were read from, so other readers leave them alone. */
export function locateHours(text: string, language: string): { start: number; end: number }[] {
  return readHoursAt(text, language).spans;
}

/**
 * Opening hours the brief gives: always open ("24/7", "rund um die Uhr"), spans with times ("Mon–Fri 9–18"
 * → mon..fri 09:00–18:00) and days named without times ("tastings on Saturdays", "closed on Sundays").
 */
export function readHours(text: string, language: string): HoursFact {
  const { fact } = readHoursAt(text, language);
  return {
    alwaysOpen: fact.alwaysOpen,
    spans: fact.spans.map((span) => ({ ...span, days: [...span.days] })),
    mentions: fact.mentions.map((mention) => ({ ...mention, days: [...mention.days] })),
  };
}
