import type { Token } from '../../doc/token.js';
import { frameKey, type EventLexicon, type FrameRole, type PrepRole } from './lexicon.js';
import type { TriggerHit } from './triggers.js';
import type { ActorGroup } from './view.js';

/**
 * Verb frames (data/events/frames.tsv): the preposition a trigger governs can make the actor after
 * it the recipient where the preposition alone would not («طلبت من قيادة الجيش»: «من» is no
 * participant elsewhere), and a few verbs change sense with a preposition («بحث عن»: to search for).
 */

/** What the preposition before `g` makes of it for this trigger: the frame's role, else the preposition's own. */
export function framedRole(lex: EventLexicon, hit: TriggerHit, g: ActorGroup): PrepRole | null {
  if (g.prepWord === null) return g.prep;
  const role = lex.frames.get(frameKey(hit.form.entry.lemma, g.prepWord));
  return role === undefined || role === 'sense' ? g.prep : role;
}

/** Words after a trigger within which its sense-changing preposition stands («يبحثون اليوم عن»). */
const SENSE_REACH = 3;

function prepositionsOf(t: Token): string[] {
  const out = t.parts.filter((p) => p.role === 'proclitic').map((p) => p.form);
  out.push(t.key, t.norm);
  return out;
}

/** Whether the trigger is used in a sense that is no event («يبحثون عن جحر»). */
export function hasOtherSense(tokens: readonly Token[], hit: TriggerHit, end: number, lex: EventLexicon): boolean {
  for (let k = hit.last + 1; k < Math.min(end, hit.last + 1 + SENSE_REACH); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    for (const p of prepositionsOf(t)) {
      const role: FrameRole | undefined = lex.frames.get(frameKey(hit.form.entry.lemma, p));
      if (role === 'sense') return true;
    }
  }
  return false;
}
