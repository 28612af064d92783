import type { TimeKind } from '../../doc/annotations.js';

const WEEKDAYS: Readonly<Record<string, number>> = { SUN: 0, MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6 };
const EDGES: Readonly<Record<string, [string, string]>> = {
  START: ['01-01', '03-31'], MID: ['05-01', '08-31'], END: ['10-01', '12-31'],
};

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** The publication day as a UTC date, or null when unknown or unreadable. */
export function publicationDate(published: string | null | undefined): Date | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(published);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

/** The most recent month MM (and day DD) on or before the publication day. */
function mostRecent(pub: Date, month: number, day: number | null): string {
  const y = pub.getUTCFullYear();
  const pm = pub.getUTCMonth() + 1;
  const after = month > pm || (month === pm && day !== null && day > pub.getUTCDate());
  const year = after ? y - 1 : y;
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * What an expression denotes once the publication date is known (README `resolved`): an ISO day,
 * month or year, or `start/end` for a period. Null when the date is unknown — never a guess — and
 * for vague times (PAST, FUTURE) and durations.
 */
export function resolveTime(kind: TimeKind, value: string | null, relative: string | null, published: Date | null): string | null {
  if (value !== null) return kind === 'duration' ? null : value;
  if (relative === null || published === null) return null;
  const rel = relative.replace(/\/(MO|AF|EV|NI)$/u, '');
  let m: RegExpExecArray | null;
  if ((m = /^PUB(?:([+-]\d+)D)?$/u.exec(rel))) return iso(addDays(published, Number(m[1] ?? 0)));
  if ((m = /^WD([+-])([A-Z]{3})$/u.exec(rel))) {
    const target = WEEKDAYS[m[2]!];
    if (target === undefined) return null;
    const today = published.getUTCDay();
    const back = (today - target + 7) % 7;
    return iso(m[1] === '-' ? addDays(published, -back) : addDays(published, (target - today + 7) % 7));
  }
  const y = published.getUTCFullYear();
  if ((m = /^PUB\/Y([+-]\d+)?(?:\/(START|MID|END))?$/u.exec(rel))) {
    const year = y + Number(m[1] ?? 0);
    if (!m[2]) return String(year);
    const [a, b] = EDGES[m[2]]!;
    return `${year}-${a}/${year}-${b}`;
  }
  if ((m = /^PUB\/M([+-]\d+)?$/u.exec(rel))) {
    const d = new Date(Date.UTC(y, published.getUTCMonth() + Number(m[1] ?? 0), 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  }
  if ((m = /^PUB\/Y-1:(\d{2})(?:-(\d{2}))?$/u.exec(rel))) return `${y - 1}-${m[1]}${m[2] ? `-${m[2]}` : ''}`;
  if ((m = /^PUB\/Y:(\d{2})(?:-(\d{2}))?$/u.exec(rel))) return mostRecent(published, Number(m[1]), m[2] ? Number(m[2]) : null);
  if ((m = /^PUB\/W([+-]\d+)?$/u.exec(rel))) {
    // Weeks as Saturday–Friday, the Arab working week's usual reading of «الأسبوع الماضي».
    const startOfWeek = addDays(published, -((published.getUTCDay() + 1) % 7) + 7 * Number(m[1] ?? 0));
    return `${iso(startOfWeek)}/${iso(addDays(startOfWeek, 6))}`;
  }
  return null;
}
