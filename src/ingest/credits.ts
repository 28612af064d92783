/**
 * Source-credit lines at the end of an article: «المصدر : الجزيرة + وكالات» or a bare list of
 * agencies such as «(رويترز، فرانس برس، الأناضول)». Names come back as written. Agency and outlet
 * names are in data/ar/news-credits.tsv (with provenance); a line counts as a credit line when it
 * is introduced by «المصدر»/«المصادر» or when every item of a short list is a known name.
 */
import { dataPath } from '../lexicons/paths.js';
import { readTable } from '../lexicons/table.js';
import { phraseKey } from '../text/index.js';

export interface CreditLine {
  readonly credits: readonly string[];
  /** Offsets of the credit line in the text. */
  readonly start: number;
  readonly end: number;
}

let known: ReadonlySet<string> | undefined;

export function knownCreditNames(): ReadonlySet<string> {
  known ??= new Set(readTable(dataPath('ar', 'news-credits.tsv')).rows.map((r) => phraseKey(r.cells['name']!)));
  return known;
}

/** How many final non-empty lines are examined: credits close an article, after a possible embed line or two. */
const TAIL_LINES = 4;
const LEAD = /^\s*(?:ال)?(?:مصدر|مصادر)\s*[:：]\s*/u;
const SEPARATORS = /\s*(?:[+،,؛;/|]|\sو(?=\S)|\s-\s)\s*/u;

function splitNames(s: string): string[] {
  return s.split(SEPARATORS).map((x) => x.trim()).filter((x) => x.length > 0);
}

/** Credit key: phraseKey without a leading «وكالة» so «وكالة الأناضول» and «الأناضول» both match. */
function isKnown(name: string, names: ReadonlySet<string>): boolean {
  const k = phraseKey(name);
  return names.has(k) || names.has(k.replace(/^وكاله /u, ''));
}

export function extractCredits(text: string): CreditLine | null {
  const names = knownCreditNames();
  const lines: { start: number; end: number; text: string }[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) lines.push({ start: pos, end: pos + line.length, text: line });
    pos += line.length + 1;
  }
  for (const line of lines.slice(-TAIL_LINES).reverse()) {
    const lead = LEAD.exec(line.text);
    if (lead) {
      const credits = splitNames(line.text.slice(lead[0].length));
      if (credits.length > 0) return { credits, start: line.start, end: line.end };
      continue;
    }
    const inner = /^\s*[(（]([^()]{2,120})[)）]\s*$/u.exec(line.text)?.[1] ?? (line.text.trim().length <= 80 ? line.text : null);
    if (!inner) continue;
    const items = splitNames(inner);
    if (items.length > 0 && items.length <= 8 && items.every((x) => isKnown(x, names))) return { credits: items, start: line.start, end: line.end };
  }
  return null;
}
