import type { Token } from '../../doc/token.js';
import type { SpeechAct } from '../../doc/annotations.js';
import { stanceOf, type ActStances } from './act-words.js';
import { isWord, phraseAt, tokenIs, withoutConjunction } from './tokens.js';

/** The first `n` word tokens of [first, last). */
function headWords(tokens: readonly Token[], first: number, last: number, n: number): number[] {
  const out: number[] = [];
  for (let i = first; i < last && out.length < n; i++) if (isWord(tokens[i]!)) out.push(i);
  return out;
}

/** How many words after the hoped-for verb the party hoped to act may be named. */
const HOPED_REACH = 2;

/**
 * «يأمل أن تواصل المحكمة الجنائية الدولية تحقيقها في جرائم حفتر»: a content opening with a verb of
 * hoping, «أن» and a verb whose subject is an actor named right after it — the speaker asks that
 * party to act: a demand. «آمل أن تكون النتائج …» hopes for a state of affairs (no actor acts).
 * `actorAt(i)`: token i lies in an actor mention.
 */
export function hopesForDeed(
  tokens: readonly Token[], first: number, last: number, st: ActStances, actorAt: (i: number) => boolean,
): boolean {
  const [hope, that, verb, ...after] = headWords(tokens, first, last, 3 + HOPED_REACH);
  if (hope === undefined || that === undefined || verb === undefined) return false;
  const h = tokens[hope]!;
  if (!st.hopes.has(withoutConjunction(h) ?? h.norm) && !st.hopes.has(h.norm)) return false;
  if (!tokenIs(tokens[that]!, 'ان')) return false;
  const stem = tokens[verb]!.parts.find((p) => p.role === 'stem')?.form ?? tokens[verb]!.text;
  if (!/^[يت]/u.test(stem)) return false;
  return after.some((i) => actorAt(i));
}

/**
 * «لا مفاوضات مع حكومة الوفاق قبل سحب المجموعات المسلحة»: a negated noun at the head of the content
 * and, further on, a precondition (speech-stances.tsv) — nothing is to happen until the other side
 * acts: a demand.
 */
export function setsPrecondition(tokens: readonly Token[], first: number, last: number, st: ActStances): boolean {
  const [neg, noun] = headWords(tokens, first, last, 2);
  if (neg === undefined || noun === undefined) return false;
  const n = tokens[neg]!;
  if ((withoutConjunction(n) ?? n.norm) !== 'لا') return false;
  for (let i = noun + 1; i < last; i++) if (st.preconditions.some((p) => phraseAt(tokens, i, p, last) > 0)) return true;
  return false;
}

/**
 * «… لكن هذه المرة حكومة طرابلس هي التي لا تريد فعل ذلك»: the actor named right before a cleft
 * (speech-stances.tsv) is the party singled out — the one a blaming statement is aimed at.
 * `mentionEndingAt(i)` gives the actor of a mention whose last token is i, or null.
 */
export function cleftFocus(
  tokens: readonly Token[], first: number, last: number, st: ActStances, mentionEndingAt: (i: number) => string | null,
): string | null {
  for (let i = first + 1; i < last; i++) {
    const t = tokens[i]!;
    if (!st.clefts.some((c) => c[0] === t.norm || c[0] === t.key)) continue; // cheap test before phraseAt
    if (!st.clefts.some((c) => phraseAt(tokens, i, c, last) > 0)) continue;
    const who = mentionEndingAt(i - 1);
    if (who) return who;
  }
  return null;
}

/**
 * «قالت الخارجية إنها تشعر بقلق بالغ إزاء …»: a verb of feeling opening the content with a stance
 * noun right after it voices that stance (the act of the stance), as «أعرب عن قلقه» does.
 */
export function feltStance(tokens: readonly Token[], first: number, last: number, st: ActStances): SpeechAct | null {
  const [feel, noun] = headWords(tokens, first, last, 2);
  if (feel === undefined || noun === undefined) return null;
  const f = tokens[feel]!;
  if (!st.feelings.has(withoutConjunction(f) ?? f.norm)) return null;
  return stanceOf(tokens[noun]!, st);
}
