import type { PloverType } from '../../doc/annotations.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { MarsadError } from '../../errors.js';
import type { Token } from '../../doc/token.js';
import { PLOVER_TYPES, type EventLexicon } from './lexicon.js';
import { cueAt } from './triggers.js';

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

/**
 * Whether the promise or readiness whose trigger ends at token `from` vows the coercive act at token `at`:
 * no negation cue stands between them. «تتعهد واشنطن بعدم القيام بأي مسعى لإسقاط النظام», «ضمانات … بأن
 * القصف لن يطال مراكز الأمم المتحدة» promise that the coercion will not happen — no threat (checked on
 * ANERcorp: every readiness-to-coerce reading there was of that kind, docs/DESIGN.md).
 */
export function vowsCoercion(tokens: readonly Token[], from: number, at: number, end: number, lex: EventLexicon): boolean {
  // The act may be the subject of the negated verb («بأن القصف الإسرائيلي لن يطال …»): a few words after it count too.
  const stop = Math.min(end, at + 1 + NEGATION_AFTER);
  for (let k = from; k < stop; k++) {
    if (k > at && tokens[k]!.kind !== 'word') break;
    if (cueAt(tokens, k, stop, lex)?.kind === 'negation') return false;
  }
  return true;
}

/** Words after the vowed act within which a negation still negates it (its adjective, then the verb). */
const NEGATION_AFTER = 3;
