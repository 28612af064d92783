import type { Token } from '../../doc/token.js';
import { wordKey } from './forms.js';
import { frameKey, type EventLexicon, type FrameRole, type PrepRole } from './lexicon.js';
import { cueAt, type TriggerHit } from './triggers.js';
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
  return role === undefined || role === 'sense' || role === 'required' ? g.prep : role;
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

/** Words after a trigger within which its required word stands («وقوف تركيا إلى جانب …», «التفاهمات العسكرية بوقف إطلاق النار في ليبيا بين …»). */
const REQUIRED_REACH = 7;

/**
 * Whether a trigger that is an event only in a fixed construction lacks it: «وقف» is support only as
 * «وقف إلى جانب» / «بجانب» (stand by), not as «وقف القتال» (stopping).
 */
export function lacksRequired(tokens: readonly Token[], hit: TriggerHit, end: number, lex: EventLexicon): boolean {
  const words = lex.required.get(wordKey(hit.form.entry.lemma));
  if (!words) return false;
  for (let k = hit.last + 1; k < Math.min(end, hit.last + 1 + REQUIRED_REACH); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return true;
    if (words.includes(t.key) || words.includes(t.norm)) return false;
  }
  return true;
}

/** «سنقف إلى جانب إخوتنا وليس الانقلابيين»: an object set off by a negation («وليس», «لا») is excluded. */
export function isNegatedObject(tokens: readonly Token[], g: ActorGroup, lex: EventLexicon): boolean {
  // The negation stands before the object's phrase, whose head may precede the name («وليس المعتدين الروس»).
  for (let k = g.first - 1; k >= Math.max(0, g.first - NEGATED_HEAD - 1); k--) {
    if (tokens[k]!.kind !== 'word') return false;
    if (cueAt(tokens, k, tokens.length, lex)?.kind === 'negation') return true;
  }
  return false;
}

/** Words of an object's head between a negation and the name. */
const NEGATED_HEAD = 1;
