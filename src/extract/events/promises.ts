import type { PloverType } from '../../doc/annotations.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { MarsadError } from '../../errors.js';
import { PLOVER_TYPES } from './lexicon.js';

/**
 * What a promise or declared readiness is when what it governs is coercive (data/events/promised.tsv):
 * «مستعدة للنظر في إمكانية فرض عقوبات» threatens (PLOVER THREATEN) rather than agrees.
 */
let cached: ReadonlyMap<PloverType, PloverType> | undefined;

export function loadPromised(file = dataPath('events', 'promised.tsv')): ReadonlyMap<PloverType, PloverType> {
  if (cached && file === dataPath('events', 'promised.tsv')) return cached;
  const t = readTable(file);
  const out = new Map<PloverType, PloverType>();
  for (const row of t.rows) {
    const promised = row.cells['promised'] as PloverType;
    const coded = row.cells['coded'] as PloverType;
    if (!PLOVER_TYPES.includes(promised) || !PLOVER_TYPES.includes(coded)) {
      throw new MarsadError('MARSAD_DATA_INVALID', { file: t.file, line: row.line, detail: `unknown PLOVER type in "${promised}" / "${coded}"` });
    }
    out.set(promised, coded);
  }
  if (file === dataPath('events', 'promised.tsv')) cached = out;
  return out;
}
