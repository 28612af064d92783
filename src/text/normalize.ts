import {
  ALEF, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA, ALEF_MAKSURA, ALEF_WASLA, HEH, HEH_DOACHASHMEE,
  HEH_GOAL, KEHEH, FARSI_YEH, TEH_MARBUTA, TEH_MARBUTA_GOAL, YEH, YEH_BARREE, digitValue, isArabicMark,
  isInvisibleControl, isTatweel, CLOSING_QUOTES, OPENING_QUOTES, SYMMETRIC_QUOTES,
} from './chars.js';

/**
 * Normalisation for *matching*, never for display: `article.text` is never rewritten; match keys
 * are computed per token or per data entry, so no offset map is needed (as Lucene's normalize()).
 */
export interface MatchKeyOptions {
  /** Fold ta marbuta into ha («حكومة» = «حكومه»). Default true: news spells both. */
  readonly foldTehMarbuta?: boolean;
}

const KAF = 0x0643;

/** Replacement per UTF-16 code unit: undefined keeps the unit, '' drops it. Built once. */
function buildTable(foldTehMarbuta: boolean): (string | undefined)[] {
  const table: (string | undefined)[] = new Array(0x10000);
  const set = (cp: number, to: string): void => {
    table[cp] = to;
  };
  for (let cp = 0; cp < 0x10000; cp++) {
    if (isArabicMark(cp) || isTatweel(cp) || isInvisibleControl(cp)) set(cp, '');
    const d = digitValue(cp);
    if (d >= 0 && cp > 0x39) set(cp, String(d));
  }
  const alef = String.fromCharCode(ALEF);
  for (const cp of [ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_MADDA, ALEF_WASLA]) set(cp, alef);
  set(ALEF_MAKSURA, String.fromCharCode(YEH));
  set(FARSI_YEH, String.fromCharCode(YEH));
  set(YEH_BARREE, String.fromCharCode(YEH));
  set(KEHEH, String.fromCharCode(KAF));
  set(HEH_GOAL, String.fromCharCode(HEH));
  set(HEH_DOACHASHMEE, String.fromCharCode(HEH));
  set(TEH_MARBUTA_GOAL, String.fromCharCode(foldTehMarbuta ? HEH : TEH_MARBUTA));
  if (foldTehMarbuta) set(TEH_MARBUTA, String.fromCharCode(HEH));
  for (const q of [...OPENING_QUOTES, ...CLOSING_QUOTES, ...SYMMETRIC_QUOTES]) set(q.charCodeAt(0), '"');
  // Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) decompose to base letters, then fold again.
  for (let cp = 0xfb50; cp <= 0xfeff; cp++) {
    if (cp >= 0xfe00 && cp <= 0xfe6f) continue; // variation selectors, CJK and small forms
    const decomposed = String.fromCharCode(cp).normalize('NFKC');
    if (decomposed !== String.fromCharCode(cp)) table[cp] = decomposed;
  }
  for (let cp = 0xfb50; cp <= 0xfeff; cp++) {
    const d = table[cp];
    if (d !== undefined && d.length > 0) table[cp] = foldWith(table, d);
  }
  return table;
}

function foldWith(table: readonly (string | undefined)[], s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const r = table[s.charCodeAt(i)];
    out += r === undefined ? s[i] : r;
  }
  return out;
}

let foldingTable: (string | undefined)[] | undefined;
let keepTehTable: (string | undefined)[] | undefined;

/** The one normal form for comparing text with data. Total: never throws, on any string. */
export function matchKey(s: string, options: MatchKeyOptions = {}): string {
  const fold = options.foldTehMarbuta ?? true;
  const table = fold ? (foldingTable ??= buildTable(true)) : (keepTehTable ??= buildTable(false));
  // Fast path: most tokens need no change at all.
  let i = 0;
  for (; i < s.length; i++) if (table[s.charCodeAt(i)] !== undefined) break;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const r = table[s.charCodeAt(i)];
    out += r === undefined ? s[i] : r;
  }
  return out;
}

/**
 * The match key of one code unit with ta marbuta kept (so «ة», an inflection, and «ه», a pronoun,
 * stay apart): '' for marks and controls, one letter usually, several for a ligature («ﻻ» → «لا»).
 */
export function letterKey(cp: number): string {
  const table = (keepTehTable ??= buildTable(false));
  const r = table[cp];
  return r === undefined ? String.fromCharCode(cp) : r;
}

/** Removes diacritics and tatweel only (for display-friendly comparison, keeping letter forms). */
export function stripMarks(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const cp = s.charCodeAt(i);
    if (!isArabicMark(cp) && !isTatweel(cp) && !isInvisibleControl(cp)) out += s[i];
  }
  return out;
}

/** Keys a multi-word phrase from data: each whitespace-separated word keyed, joined by one space. */
export function phraseKey(s: string, options: MatchKeyOptions = {}): string {
  return s.trim().split(/\s+/u).map((w) => matchKey(w, options)).filter((w) => w.length > 0).join(' ');
}
