import type { Token } from '../../doc/token.js';
import { dataPath } from '../../lexicons/paths.js';
import { readVerbFormSet } from './forms.js';
import type { TriggerHit } from './triggers.js';
import { isClauseBreak } from './view.js';

/**
 * Control verbs (data/events/control.tsv): «نجحت قوات الوفاق في طرد الانقلابيين», «تمكنت القوات من
 * طرد مليشيات حفتر». The masdar after such a verb shares its subject, so the agent of the masdar is
 * the verb's subject and the noun after the masdar is its object — where a bare masdar would take
 * that noun as its agent («زيارة حفتر»).
 */

export function loadControlVerbs(file = dataPath('events', 'control.tsv')): ReadonlySet<string> {
  return readVerbFormSet(file);
}

/** How far before its masdar a control verb may stand (its subject, a preposition and an adverbial between: «يواصل حفتر منذ اتفاقية أبوظبي في إبريل 2019، انتهاك …»). */
const CONTROL_REACH = 12;

/** The token index of the control verb governing the masdar `hit`, or null. */
export function controllerOf(tokens: readonly Token[], sentFirst: number, hit: TriggerHit, hits: readonly TriggerHit[],
  verbs: ReadonlySet<string>): number | null {
  if (hit.form.form !== 'noun') return null;
  for (let k = hit.first - 1; k >= Math.max(sentFirst, hit.first - CONTROL_REACH); k--) {
    const t = tokens[k]!;
    // A comma may set off the subject («تمكنت قوات الحكومة الليبية، من طرد …»); other breaks end the clause.
    if (isClauseBreak(t) && t.text !== '،' && t.text !== ',') return null;
    if (hits.some((h) => h !== hit && h.first <= k && k <= h.last)) return null;
    if (t.kind === 'word' && (verbs.has(t.key) || verbs.has(t.norm))) return k;
  }
  return null;
}
