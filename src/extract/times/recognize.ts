import type { TimeKind } from '../../doc/annotations.js';
import type { Token } from '../../doc/token.js';
import { matchKey } from '../../text/normalize.js';
import type { Month, TimeLexicon, TimeWord, Weekday } from './lexicon.js';

/** A recognised time expression before anchoring and resolution. */
export interface RawTime {
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
  readonly kind: TimeKind;
  readonly value: string | null;
  readonly relative: string | null;
  /** «اليوم», «الآن»: inside reported speech they denote the time of speaking. */
  readonly deictic: boolean;
}

interface Piece<T> {
  readonly entry: T;
  readonly first: number;
  /** Token index after the piece. */
  readonly last: number;
  /** Span start (after a proclitic on the first word, the article ال kept). */
  readonly start: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Numeric value of a number token («24», «٢٤»), or null. */
function numberOf(t: Token | undefined): number | null {
  if (!t || t.kind !== 'number') return null;
  return /^\d+$/u.test(t.norm) ? Number(t.norm) : null;
}

/**
 * Keys the first word of a phrase may be read as: the whole token, then without its conjunction
 * and preposition proclitics (the article ال restored and kept: «لليوم» → «اليوم»).
 */
function firstForms(text: string, t: Token): { start: number; key: string }[] {
  const out = [{ start: t.start, key: t.norm }];
  for (let i = 1; i < t.parts.length; i++) {
    if (t.parts[i - 1]!.role !== 'proclitic' || t.parts[i - 1]!.form === 'ال') break;
    const rest = t.parts.slice(i).map((m, k) => (k === 0 && m.role === 'proclitic' ? m.form : text.slice(m.start, m.end))).join('');
    out.push({ start: t.parts[i]!.start, key: matchKey(rest) });
  }
  return out;
}

export class TimeRecognizer {
  /** First words of every phrase: a token none of whose readings starts a phrase is skipped at once. */
  private readonly starters: ReadonlySet<string>;

  constructor(private readonly lex: TimeLexicon) {
    const s = new Set<string>();
    for (const k of [...lex.words.keys(), ...lex.months.keys(), ...lex.weekdays.keys()]) s.add(k.split(' ')[0]!);
    this.starters = s;
  }

  private mayStart(text: string, t: Token): boolean {
    if (t.kind === 'number') return true;
    if (t.kind !== 'word') return false;
    if (this.starters.has(t.norm)) return true;
    return t.parts.length > 1 && firstForms(text, t).some((f) => this.starters.has(f.key));
  }

  /** The longest phrase of `table` starting at token i (its first word may carry proclitics). */
  private phrase<T>(text: string, tokens: readonly Token[], i: number, table: ReadonlyMap<string, T>,
    allowProclitic = true): Piece<T> | null {
    const t = tokens[i];
    if (!t || t.kind !== 'word') return null;
    let best: Piece<T> | null = null;
    const forms = allowProclitic ? firstForms(text, t) : [{ start: t.start, key: t.norm }];
    for (const f of forms) {
      let key = f.key;
      for (let n = 1; n <= this.lex.maxWords; n++) {
        if (n > 1) {
          const next = tokens[i + n - 1];
          if (!next || next.kind !== 'word') break;
          key += ' ' + next.norm;
        }
        const entry = table.get(key);
        if (entry !== undefined && (!best || i + n > best.last)) best = { entry, first: i, last: i + n, start: f.start };
      }
      if (best) break;
    }
    return best;
  }

  private word(text: string, tokens: readonly Token[], i: number, first = true): Piece<TimeWord> | null {
    return this.phrase(text, tokens, i, this.lex.words, first);
  }

  private role(text: string, tokens: readonly Token[], i: number, role: TimeWord['role']): Piece<TimeWord> | null {
    const p = this.word(text, tokens, i, false);
    return p && p.entry.role === role ? p : null;
  }

  /** A month name at i, with its other-system name in brackets or after a slash («فبراير/شباط»). */
  private month(text: string, tokens: readonly Token[], i: number): Piece<Month> | null {
    const m = this.phrase(text, tokens, i, this.lex.months);
    if (!m) return null;
    let last = m.last;
    const p = tokens[last];
    if (p && (p.text === '(' || p.text === '/')) {
      const alt = this.phrase(text, tokens, last + 1, this.lex.months, false);
      if (alt && alt.entry.month === m.entry.month) {
        last = alt.last;
        if (p.text === '(' && tokens[last]?.text === ')') last++;
      }
    }
    return { ...m, last };
  }

  private weekday(text: string, tokens: readonly Token[], i: number): Piece<Weekday> | null {
    return this.phrase(text, tokens, i, this.lex.weekdays);
  }

  /** All expressions of the text, longest first at each position, never overlapping. */
  recognize(text: string, tokens: readonly Token[]): RawTime[] {
    const out: RawTime[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = this.mayStart(text, tokens[i]!) ? this.at(text, tokens, i) : null;
      if (found) {
        out.push(found);
        i = found.last;
      } else i++;
    }
    return out;
  }

  private make(tokens: readonly Token[], start: number, first: number, last: number, kind: TimeKind,
    value: string | null, relative: string | null, deictic = false): RawTime {
    return { start, end: tokens[last - 1]!.end, first, last, kind, value, relative, deictic };
  }

  /** Tries every rule at token i and keeps the longest result. */
  private at(text: string, tokens: readonly Token[], i: number): RawTime | null {
    const results = [
      this.dayExpression(text, tokens, i), this.dateOrMonth(text, tokens, i), this.year(text, tokens, i),
      this.durationOrAgo(text, tokens, i), this.edge(text, tokens, i), this.lexical(text, tokens, i),
    ].filter((r): r is RawTime => r !== null);
    if (results.length === 0) return null;
    return results.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
  }

  /** «اليوم الأول لزيارته», «اليوم العالمي»: a day described by an adjective, not today. */
  private describedDay(text: string, tokens: readonly Token[], w: Piece<TimeWord>): boolean {
    const next = tokens[w.last];
    return w.entry.role === 'expression' && w.entry.deictic && next?.kind === 'word' && next.norm.startsWith('ال')
      && !this.word(text, tokens, w.last, false) && !this.weekday(text, tokens, w.last);
  }

  /** A fixed phrase of time-words.tsv («الفترة المقبلة», «العام الماضي», «مؤخرا»). */
  private lexical(text: string, tokens: readonly Token[], i: number): RawTime | null {
    const w = this.word(text, tokens, i);
    if (!w || w.entry.role !== 'expression' || this.describedDay(text, tokens, w)) return null;
    return this.make(tokens, w.start, i, w.last, w.entry.kind, null, w.entry.relative, w.entry.deictic);
  }

  /**
   * Days: «اليوم الخميس», «أمس السبت», «أول من أمس», «الثلاثاء الماضي», «يوم الجمعة», with an optional
   * part of the day before («صباح اليوم الأحد», «مساء أول من أمس») and a date after a weekday.
   */
  private dayExpression(text: string, tokens: readonly Token[], i: number): RawTime | null {
    let j = i;
    let start: number | null = null;
    let part: string | null = null;
    const p = this.word(text, tokens, i);
    if (p && p.entry.role === 'part') {
      part = p.entry.code;
      start = p.start;
      j = p.last;
    }
    const day = this.day(text, tokens, j, part === null);
    if (!day) return null;
    if (day.kind === 'date' && part === null) return day; // weekday + date: the date rule's span
    const relative = part ? `${day.relative}/${part}` : day.relative;
    return this.make(tokens, start ?? day.start, i, day.last, part ? 'part_of_day' : day.kind, day.value, relative, day.deictic && !part);
  }

  private day(text: string, tokens: readonly Token[], i: number, first: boolean): RawTime | null {
    const w = this.word(text, tokens, i, first);
    if (w && w.entry.role === 'expression' && w.entry.kind === 'relative_day') {
      const wd = this.weekday(text, tokens, w.last);
      if (wd) return this.make(tokens, w.start, i, wd.last, 'relative_day', null, w.entry.relative);
      if (this.describedDay(text, tokens, w)) return null;
      return this.make(tokens, w.start, i, w.last, 'relative_day', null, w.entry.relative, w.entry.deictic);
    }
    let j = i;
    let start: number | null = null;
    const head = this.role(text, tokens, i, 'unit');
    if (head && head.entry.role === 'unit' && head.entry.code === 'D' && tokens[i]!.norm.endsWith('يوم')) {
      start = head.start;
      j = head.last;
    }
    const wd = this.weekday(text, tokens, j);
    if (!wd) return null;
    start ??= wd.start;
    const date = this.dateOrMonth(text, tokens, wd.last);
    if (date && date.kind === 'date') return { ...date, start, first: i };
    const after = this.word(text, tokens, wd.last, false);
    if (after && (after.entry.role === 'past' || after.entry.role === 'next')) {
      return this.make(tokens, start, i, after.last, 'weekday', null, `WD${after.entry.role === 'past' ? '-' : '+'}${wd.entry.code}`);
    }
    return this.make(tokens, start, i, wd.last, 'weekday', null, `WD-${wd.entry.code}`);
  }

  /** «24 ديسمبر (كانون الأول) 2021», «23 فبراير/شباط الماضي», «مايو الماضي», «إبريل/ نيسان 2019». */
  private dateOrMonth(text: string, tokens: readonly Token[], i: number): RawTime | null {
    let dayNum: number | null = numberOf(tokens[i]);
    let j = i;
    if (dayNum !== null) {
      if (dayNum < 1 || dayNum > 31) return null;
      j = i + 1;
    }
    const m = this.month(text, tokens, j);
    if (!m) return null;
    const start = dayNum !== null ? tokens[i]!.start : m.start;
    let last = m.last;
    const year = numberOf(tokens[last]);
    const mm = pad(m.entry.month);
    if (m.entry.needsAnchor && dayNum === null && (year === null || year < 1900)) return null;
    if (year !== null && year >= 1900 && year <= 2100) {
      last++;
      const value = dayNum !== null ? `${year}-${mm}-${pad(dayNum)}` : `${year}-${mm}`;
      return this.make(tokens, start, i, last, dayNum !== null ? 'date' : 'month', value, null);
    }
    const after = this.word(text, tokens, last, false);
    let yearPart = 'PUB/Y';
    if (after && (after.entry.role === 'past' || after.entry.role === 'next' || after.entry.role === 'this-year')) {
      last = after.last;
      // «ديسمبر الماضي» is always December of the previous year (README: PUB/Y-1:12).
      if (after.entry.role === 'past' && m.entry.month === 12) yearPart = 'PUB/Y-1';
    }
    const relative = dayNum !== null ? `${yearPart}:${mm}-${pad(dayNum)}` : `${yearPart}:${mm}`;
    return this.make(tokens, start, i, last, dayNum !== null ? 'date' : 'month', null, relative);
  }

  /** «عام 2014», «العام 2019», and a bare year after «في», «منذ», «خلال» … («في 2011»). */
  private year(text: string, tokens: readonly Token[], i: number): RawTime | null {
    const head = this.role(text, tokens, i, 'unit');
    if (head && head.entry.role === 'unit' && head.entry.code === 'Y' && head.entry.count !== 2) {
      const y = numberOf(tokens[head.last]);
      if (y !== null && y >= 1900 && y <= 2100) return this.make(tokens, head.start, i, head.last + 1, 'year', String(y), null);
      return null;
    }
    const y = numberOf(tokens[i]);
    if (y === null || y < 1900 || y > 2100 || tokens[i]!.norm.length !== 4) return null;
    const before = tokens[i - 1] ? this.word(text, tokens, i - 1) : null;
    const cue = before && ['year-cue', 'since', 'ago', 'edge'].includes(before.entry.role);
    const next = tokens[i + 1];
    if (!cue && next && next.kind !== 'punct') return null;
    return this.make(tokens, tokens[i]!.start, i, i + 1, 'year', String(y), null);
  }

  /** «نهاية العام المقبل» (PUB/Y+1/END), «مطلع العام الجاري». */
  private edge(text: string, tokens: readonly Token[], i: number): RawTime | null {
    const e = this.word(text, tokens, i);
    if (!e || e.entry.role !== 'edge') return null;
    const y = this.word(text, tokens, e.last, false);
    if (!y || y.entry.role !== 'expression' || y.entry.kind !== 'year') return null;
    return this.make(tokens, e.start, i, y.last, 'period', null, `${y.entry.relative}/${e.entry.code}`);
  }

  /**
   * Durations and distances back in time: «18 شهرا» (P18M), «عامين» (P2Y), «منذ سنوات» (no value),
   * «قبل عام» (PUB/Y-1), «قبل ثلاثة أيام» (PUB-3D), «قبل عدة أيام» (PAST).
   */
  private durationOrAgo(text: string, tokens: readonly Token[], i: number): RawTime | null {
    let j = i;
    const lead = this.word(text, tokens, i);
    const mode = lead && (lead.entry.role === 'ago' || lead.entry.role === 'since') ? lead.entry.role : null;
    let start: number | null = null;
    if (mode) [j, start] = [lead!.last, lead!.start];
    let count: number | null = numberOf(tokens[j]);
    let vague = false;
    if (count !== null) {
      start ??= tokens[j]!.start;
      j++;
    } else {
      const w = this.word(text, tokens, j, mode === null);
      if (w && w.entry.role === 'count') [count, j, start] = [w.entry.count, w.last, start ?? w.start];
      else if (w && w.entry.role === 'vague') [vague, j, start] = [true, w.last, start ?? w.start];
    }
    const u = this.word(text, tokens, j, start === null);
    if (!u || u.entry.role !== 'unit') return null;
    start ??= u.start;
    const unit = u.entry.code;
    const yearAfter = numberOf(tokens[u.last]);
    if (yearAfter !== null && yearAfter >= 1900 && yearAfter <= 2100) return null; // «منذ عام 2014»: a year
    // Dual forms carry their number («عامين»); a singular unit after «قبل»/«منذ» means one («قبل عام»);
    // a plural without a number is vague («منذ سنوات»).
    if (count === null && u.entry.count === 2) count = 2;
    if (count === null && !vague && mode !== null && u.entry.count === 1) count = 1;
    if (count === null && !mode) return null;
    if (mode === 'ago') {
      const kind: TimeKind = unit === 'Y' || unit === 'C' || unit === 'DE' ? 'year' : unit === 'M' ? 'month' : 'relative_day';
      if (count === null || vague) return this.make(tokens, start, i, u.last, kind, null, 'PAST');
      const rel = unit === 'D' ? `PUB-${count}D` : unit === 'W' ? `PUB-${count * 7}D` : unit === 'M' ? `PUB/M-${count}`
        : unit === 'Y' ? `PUB/Y-${count}` : unit === 'H' ? 'PUB' : 'PAST';
      return this.make(tokens, start, i, u.last, kind, null, rel);
    }
    if (count === null || vague) return this.make(tokens, start, i, u.last, 'duration', null, null);
    const iso = unit === 'H' ? `PT${count}H` : unit === 'C' ? `P${count * 100}Y` : unit === 'DE' ? `P${count * 10}Y` : `P${count}${unit}`;
    return this.make(tokens, start, i, u.last, 'duration', iso, null);
  }
}
