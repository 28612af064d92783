import type { Token } from '../../doc/token.js';
import type { EventLexicon } from './lexicon.js';
import { cueAt, type TriggerHit } from './triggers.js';

/**
 * Clause-level relations between triggers: coordinated masdars of one act, a verb in a relative
 * clause, a masdar that is the object of the act before it.
 */

/** The nominal trigger right before this one, joined to it by «و», of the same category. */
export function coordinatedWith(tokens: readonly Token[], hits: readonly TriggerHit[], hit: TriggerHit): boolean {
  if (tokens[hit.first]!.parts[0]?.form !== 'و') return false;
  return hits.some((h) => h.last === hit.first - 1 && h.form.form === 'noun' && h.form.entry.type === hit.form.entry.type);
}

/** Words between a relative pronoun and its verb (a form of «كان»: «الذين كانوا يتوعدون»). */
const RELATIVE_GAP = 1;

/** The relative pronoun right before a verb trigger (cues.tsv relative), or null. */
export function relativeBefore(tokens: readonly Token[], first: number, hit: TriggerHit, lex: EventLexicon): number | null {
  for (let k = hit.first - 1; k >= Math.max(first, hit.first - 1 - RELATIVE_GAP); k--) {
    if (tokens[k]!.kind !== 'word') return null;
    if (cueAt(tokens, k, tokens.length, lex)?.kind === 'relative') return k;
  }
  return null;
}

/** The masdar carries the object «لـ» and follows another trigger directly. */
export function objectOfAct(tokens: readonly Token[], hits: readonly TriggerHit[], hit: TriggerHit): boolean {
  const t = tokens[hit.first]!;
  if (!t.parts.some((p) => p.role === 'proclitic' && p.form === 'ل')) return false;
  return hits.some((h) => h !== hit && h.last === hit.first - 1 && h.form.form === 'noun');
}

