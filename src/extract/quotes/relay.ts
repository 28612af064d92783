import type { Quote } from '../../doc/annotations.js';
import type { Token } from '../../doc/token.js';
import { isWord } from './tokens.js';

/** How many words of a content may precede the nested cue that makes the content a relayed report. */
const RELAY_HEAD = 8;

/**
 * «وصرح المتحدث باسم الخارجية بأن وزير الخارجية أكد خلال كلمته أنه …»: when a generic statement's
 * content opens with another person reporting (a nested quote of another speaker, a person, whose cue
 * stands among its first words, its speaker named there), the outer speaker only relays that speech:
 * his act is `other`, the nested quote carries the act (and the statement event) of what was said.
 * «يقول كالن إن تركيا أكدت مراراً أن …» is no relay: a state's repeated position, cited as the
 * speaker's own argument. `generic[k]` tells whether quote k came from a cue whose own act is the
 * generic claim.
 */
export function markRelays(
  quotes: readonly Quote[], generic: readonly boolean[], tokens: readonly Token[], isPerson: (speaker: string) => boolean,
): Quote[] {
  return quotes.map((q, k) => {
    if (!generic[k] || !quotes.some((n) => n !== q && n.speaker !== null && isPerson(n.speaker) && relays(q, n, tokens))) return q;
    return { ...q, act: 'other' };
  });
}

function relays(outer: Quote, inner: Quote, tokens: readonly Token[]): boolean {
  const cue = inner.cue;
  const said = inner.speakerSpan;
  if (!cue || !said || inner.speaker === null || inner.speaker === outer.speaker) return false;
  const c = outer.content;
  if (cue.start < c.start || cue.end > c.end || said.start < c.start || said.end > cue.start) return false;
  let words = 0;
  for (const t of tokens) {
    if (t.start >= cue.start) break;
    if (t.start >= c.start && isWord(t)) words++;
  }
  return words <= RELAY_HEAD;
}

/**
 * «يقول كالن إن تركيا أكدت مراراً أن …», «قال المجلس إن رئيسه والوفد التركي أكدا …»: a state's or a
 * body's position cited inside someone else's reported words is part of that statement (the gold
 * conventions annotate only the outer one), unlike a person's speech relayed (markRelays). Returns
 * the quotes without those nested, non-person ones.
 */
export function withoutCitedPositions(quotes: readonly Quote[], isPerson: (speaker: string) => boolean): Quote[] {
  return quotes.filter((n) => {
    if (!n.cue || n.speaker === null || n.speaker === 'unnamed_sources' || isPerson(n.speaker)) return true;
    const cue = n.cue;
    return !quotes.some((o) => o !== n && o.direct === false && o.speaker !== n.speaker
      && o.content.start <= cue.start && cue.end <= o.content.end);
  });
}
