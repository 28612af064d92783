import type { Span } from '../../doc/span.js';
import type { Token } from '../../doc/token.js';
import { isClauseBreak, tokenRange, type ActorGroup, type MentionAt } from './view.js';

/**
 * What a call says about its parties beyond the call itself: whether it is a leader's call on his
 * own forces («دعا حفتر قواته إلى …»), and the party the act it asks for is aimed at.
 */

/** The call (its trigger and recipients) names as recipient, before token `before`, forces it owns («قواته», «قواتنا»). */
export function callsOwnForces(tokens: readonly Token[], ms: readonly MentionAt[], call: { trigger: Span; target: readonly string[] },
  before: number): boolean {
  const from = tokenRange(tokens, call.trigger).last;
  return ms.some((m) => m.first > from && m.last < before && call.target.includes(m.mention.actorId)
    && tokens[m.last]!.parts.some((p) => p.role === 'enclitic'));
}

const QUOTE_MARK = /^[«»"“”']+$/u;

/** The first actor after token `last` in its clause, unless it is one of `not`: the object of an act. */
export function objectAfter(tokens: readonly Token[], groups: readonly ActorGroup[], last: number, end: number,
  not: readonly string[]): readonly string[] {
  for (let k = last + 1; k < end; k++) {
    // «لطرد "المحتل التركي"»: a quote mark the outlet sets around the name opens no clause.
    if (QUOTE_MARK.test(tokens[k]!.text) && groups.some((g) => g.first === k + 1)) continue;
    if (isClauseBreak(tokens[k]!)) return [];
    const g = groups.find((x) => x.first === k);
    if (g) return g.ids.some((id) => not.includes(id)) ? [] : g.ids;
  }
  return [];
}
