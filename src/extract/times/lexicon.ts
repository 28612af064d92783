import type { TimeKind } from '../../doc/annotations.js';
import { MarsadError } from '../../errors.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { phraseKey } from '../../text/normalize.js';

const TIME_KINDS: ReadonlySet<string> = new Set(['date', 'relative_day', 'weekday', 'month', 'year', 'part_of_day', 'duration', 'period']);
const ROLES: ReadonlySet<string> = new Set(['part', 'edge', 'unit', 'count', 'vague', 'ago', 'since', 'past', 'next', 'this-year', 'speech', 'year-cue']);

/** A phrase of data/ar/time-words.tsv: a whole expression, or a piece the grammar combines. */
export type TimeWord =
  | { readonly role: 'expression'; readonly kind: TimeKind; readonly relative: string; readonly deictic: boolean }
  | { readonly role: 'part' | 'edge' | 'unit'; readonly code: string; readonly count: number | null }
  | { readonly role: 'count'; readonly count: number }
  | { readonly role: 'vague' | 'ago' | 'since' | 'past' | 'next' | 'this-year' | 'speech' | 'year-cue' };

export interface Month { readonly month: number; readonly needsAnchor: boolean }
export interface Weekday { readonly code: string; readonly day: number }

export interface TimeLexicon {
  readonly words: ReadonlyMap<string, TimeWord>;
  readonly months: ReadonlyMap<string, Month>;
  readonly weekdays: ReadonlyMap<string, Weekday>;
  /** Longest phrase in words, over all three tables. */
  readonly maxWords: number;
}

export function loadTimeLexicon(): TimeLexicon {
  const words = new Map<string, TimeWord>();
  const file = dataPath('ar', 'time-words.tsv');
  for (const { line, cells: c } of readTable(file).rows) {
    const kind = c['kind']!;
    const key = phraseKey(c['phrase']!);
    if (TIME_KINDS.has(kind)) {
      words.set(key, { role: 'expression', kind: kind as TimeKind, relative: c['relative']!, deictic: c['deictic'] === 'yes' });
    } else if (kind === 'part' || kind === 'edge' || kind === 'unit') {
      words.set(key, { role: kind, code: c['relative']!, count: c['value'] ? Number(c['value']) : null });
    } else if (kind === 'count') {
      words.set(key, { role: 'count', count: Number(c['value']) });
    } else if (ROLES.has(kind)) {
      words.set(key, { role: kind as 'vague' });
    } else throw new MarsadError('MARSAD_DATA_INVALID', { file, line, detail: `unknown kind «${kind}»` });
  }
  const months = new Map<string, Month>();
  for (const { cells: c } of readTable(dataPath('ar', 'months.tsv')).rows) {
    months.set(phraseKey(c['name']!), { month: Number(c['month']), needsAnchor: c['needs_anchor'] === 'yes' });
  }
  const weekdays = new Map<string, Weekday>();
  for (const { cells: c } of readTable(dataPath('ar', 'weekdays.tsv')).rows) {
    weekdays.set(phraseKey(c['name']!), { code: c['code']!, day: Number(c['day']) });
  }
  let maxWords = 1;
  for (const k of [...words.keys(), ...months.keys()]) maxWords = Math.max(maxWords, k.split(' ').length);
  return { words, months, weekdays, maxWords };
}
