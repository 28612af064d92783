import type { Token } from '../../doc/token.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { MarsadError } from '../../errors.js';
import { matchKey } from '../../text/normalize.js';
import { wordKey } from './forms.js';
import type { TriggerHit } from './triggers.js';
import { isClauseBreak } from './view.js';

/**
 * Support that is military is AID (README: military aid, arms, training and personnel are AID;
 * political support is SUPPORT): a support trigger (data/events/military.tsv `support`) whose clause
 * goes on to name military means or a military basis («تدعم حكومة الوفاق بموجب اتفاق التعاون
 * العسكري», «دعمت حفتر بالسلاح والمرتزقة»). The clause ends at a clause break or at the next event
 * word («تدعم الحل السياسي وترفض التدخل العسكري» is political support).
 */

export interface MilitaryWords {
  readonly support: ReadonlySet<string>;
  readonly military: ReadonlySet<string>;
}

let cached: MilitaryWords | undefined;

export function loadMilitaryWords(file = dataPath('events', 'military.tsv')): MilitaryWords {
  if (cached && file === dataPath('events', 'military.tsv')) return cached;
  const t = readTable(file);
  const support = new Set<string>();
  const military = new Set<string>();
  for (const row of t.rows) {
    const word = row.cells['word'] ?? '';
    const role = row.cells['role'];
    if (role !== 'support' && role !== 'military') {
      throw new MarsadError('MARSAD_DATA_INVALID', { file: t.file, line: row.line, detail: `unknown role "${role}"` });
    }
    for (const key of new Set([wordKey(word), matchKey(word)])) (role === 'support' ? support : military).add(key);
  }
  const words = { support, military };
  if (file === dataPath('events', 'military.tsv')) cached = words;
  return words;
}

/** Whether the support trigger `hit` is military aid: a military word later in its clause, before a trigger of another category. */
export function isMilitarySupport(tokens: readonly Token[], hit: TriggerHit, end: number, hits: readonly TriggerHit[],
  words: MilitaryWords = loadMilitaryWords()): boolean {
  if (!words.support.has(wordKey(hit.form.entry.lemma))) return false;
  // An agreement or cooperation named on the way («بموجب اتفاق التعاون العسكري») is the support's basis,
  // not another act.
  const next = hits.find((h) => h.first > hit.last && h.form.entry.type !== 'SUPPORT')?.first ?? end;
  for (let k = hit.last + 1; k < Math.min(end, next); k++) {
    const t = tokens[k]!;
    if (isClauseBreak(t)) return false;
    if (words.military.has(t.key) || words.military.has(t.norm)) return true;
  }
  return false;
}
