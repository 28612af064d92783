import type { Token } from '../../doc/token.js';
import { isOwnSide, readings, type ActStances } from './act-words.js';
import { phraseAt, withoutConjunction } from './tokens.js';

/**
 * Futures in a statement's words and what they commit to: who will act (the speaker's side or
 * someone else), a threat (a hostile deed, a negative condition), a commitment («لن نتخلى»).
 */

/** How far before a future verb its subject may stand and still be read as the speaker's side («بلاده ستواصل»). */
const SUBJECT_REACH = 3;

/** Particles after which a future is counterfactual or conditional, not something announced («لولا … لكانت ستزداد»). */
const COUNTERFACTUAL: ReadonlySet<string> = new Set(['لو', 'لولا']);

/**
 * Who does the imperfect verb at token `i`: 'first' when the speaker is its subject (first person,
 * or a self noun of the speaker's side just before or right after it: «بلاده ستسخّر», «ستدعم
 * بلاده»); 'other' for anyone else; null when it is no imperfect.
 */
function personOf(tokens: readonly Token[], i: number, first: number, last: number, st: ActStances): 'first' | 'other' | null {
  const t = tokens[i]!;
  const stem = t.parts.find((p) => p.role === 'stem')?.form ?? t.text;
  if (!/^[نتيأا]/u.test(stem)) return null;
  if (stem.startsWith('ن') || stem.startsWith('أ')) return 'first';
  for (let k = Math.max(first, i - SUBJECT_REACH); k < i; k++) if (isOwnSide(tokens[k]!, st)) return 'first';
  if (i + 1 < last && isOwnSide(tokens[i + 1]!, st)) return 'first';
  return 'other';
}

/** A verb with the future proclitic «س» («سنواصل», «سيلتقي»), and who does it (see personOf). */
function futureVerb(tokens: readonly Token[], i: number, first: number, last: number, st: ActStances): 'first' | 'other' | null {
  if (!tokens[i]!.parts.some((p) => p.role === 'proclitic' && p.form === 'س')) return null;
  return personOf(tokens, i, first, last, st);
}

/** Suffixes of the imperfect's plural and dual persons («يحاربون», «تقاتلان»), left on the key by the text core. */
const PERSON_SUFFIX = /(?:ون|ان|ين|وا)$/u;

/** A hostile deed at token `i`: its verbal noun («إحباط»), or its imperfect in any person («سيرد» → «نرد», «يحاربون» → «نحارب»). */
export function isHostile(t: Token, st: ActStances): boolean {
  if (readings(t, st).keys.some((k) => st.hostile.has(k))) return true;
  if (!/^[يتأ]/u.test(t.key)) return false;
  const first = 'ن' + t.key.slice(1);
  return st.hostile.has(first) || (first.length > 4 && st.hostile.has(first.replace(PERSON_SUFFIX, '')));
}

/**
 * A future deed against an adversary («سنلاحق», «سنواصل إحباط …», «الجيش سيرد بقوة على …»): a
 * threat, outranking the loaded words that name the adversary («المنظمات الإرهابية»). «لن نضرب» is none.
 */
export function threatens(tokens: readonly Token[], futures: readonly Future[], last: number, st: ActStances): boolean {
  return futures.some(({ at, negated }) => !negated
    && (isHostile(tokens[at]!, st) || (at + 1 < last && isHostile(tokens[at + 1]!, st))));
}

/** A future under a negative condition («ستستأنف عملياتها حال عدم التزام الطرف الآخر»): a threat. */
export function threatConditional(tokens: readonly Token[], futures: readonly Future[], first: number, last: number, st: ActStances): boolean {
  if (futures.length === 0) return false;
  for (let i = first; i < last; i++) if (st.conditions.some((c) => phraseAt(tokens, i, c, last) > 0)) return true;
  return false;
}

/** A verb in the future at token `at`; `negated` after «لن» («لن نتخلى»). */
export interface Future { readonly at: number; readonly who: 'first' | 'other'; readonly negated: boolean }

/**
 * The verbs in the future of tokens [first, last), up to a counterfactual particle («لولا … لكانت
 * ستزداد»): «سـ» + imperfect, and «لن» + imperfect when the speaker's side is its subject («بلاده لن
 * تتخلى») — a commitment; «الحل لن يكون عسكريا» is a claim about what will be, not one.
 */
export function futuresIn(tokens: readonly Token[], first: number, last: number, st: ActStances): Future[] {
  const out: Future[] = [];
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    const bare = withoutConjunction(t) ?? t.norm;
    if (COUNTERFACTUAL.has(bare)) break;
    const who = futureVerb(tokens, i, first, last, st);
    if (who) out.push({ at: i, who, negated: false });
    else if (st.negators.has(bare) && bare === 'لن' && i + 1 < last) {
      const v = personOf(tokens, i + 1, first, last, st);
      if (v === 'first') out.push({ at: i + 1, who: v, negated: true });
    }
  }
  return out;
}
