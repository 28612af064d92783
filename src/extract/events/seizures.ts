import { readWordKinds } from '../../lexicons/word-kinds.js';
import type { PlaceMention } from '../../doc/annotations.js';
import type { Token } from '../../doc/token.js';
import { dataPath } from '../../lexicons/paths.js';
import { matchKey } from '../../text/normalize.js';
import { isClauseBreak, tokenRange } from './view.js';

/**
 * «حرر الجيش الليبي مدينة ترهونة», «عملية عسكرية لاستعادة السيطرة على مدينة سرت», «هجوم أطلقته هذه
 * القوات باتجاه طرابلس»: an assault whose object is a place taken or attacked is aimed at whoever held
 * the place. The text seldom names the holder; in a two-sided conflict (data/actors/sides.tsv) it is
 * the side opposite the attacker (sides.ts). Which words make the place the object is data (seizures.tsv).
 */
export interface Seizures {
  /** Trigger lemmas (key) whose object is a place taken. */
  readonly lemmas: ReadonlySet<string>;
  /** Words (key) between a trigger and a place that make the place the aim or direction of the attack. */
  readonly cues: ReadonlySet<string>;
}

export function loadSeizures(file = dataPath('events', 'seizures.tsv')): Seizures {
  const { lemma, cue } = readWordKinds(file, ['lemma', 'cue']);
  return { lemmas: lemma, cues: cue };
}

/** Words after the trigger within which the place must be written (a verb, its subject, a title). */
const REACH = 6;

/**
 * Whether the clause of an assault trigger ending at token `last` names a place it takes or is aimed at: the
 * trigger is a seizure verb and a place follows within reach, or a seizure cue stands between the
 * trigger and that place. A place merely located («قرب قاعدة الوطية», «في ليبيا») does not count.
 */
export function seizesPlace(tokens: readonly Token[], last: number, end: number, lemma: string,
  places: readonly PlaceMention[], s: Seizures): boolean {
  const placeStarts = new Set(places.map((p) => tokenRange(tokens, p.span).first));
  let cued = s.lemmas.has(matchKey(lemma));
  for (let k = last + 1; k < Math.min(end, last + 1 + REACH); k++) {
    const t = tokens[k]!;
    if (isClauseBreak(t)) return false;
    if (placeStarts.has(k)) return cued;
    if (s.cues.has(t.key) || s.cues.has(t.norm)) cued = true;
  }
  return false;
}
