import type { Span } from '../../doc/span.js';
import type { Token } from '../../doc/token.js';
import { futuresIn, threatConditional } from '../quotes/act-future.js';
import type { ActStances } from '../quotes/act-words.js';
import { loadQuoteLexicon } from '../quotes/lexicon.js';
import { tokenRange } from './view.js';

/**
 * PLOVER's THREATEN is a statement of a coercive act the threatening party would take. A statement
 * the quotes stage calls a warning is such a threat only when its words commit the speaker or the
 * speaker's side to a future deed («سنواصل إحباط …», «ستدعم بلاده … فإنها مستعدة …»), or hold a
 * future under a negative condition («ستستأنف عملياتها حال عدم التزام …»). A warning about a state of
 * affairs («محذراً من أن الصراع دخل مرحلة جديدة»), about violations by others, or about what a third
 * party will not allow («حكومة السراج لن تسمح …») threatens nothing.
 */

let stances: ActStances | null = null;

/** The speech-stances.tsv roles (self nouns, pronouns, negators, conditions), read once per process. */
function speechStances(): ActStances {
  stances ??= loadQuoteLexicon().stances;
  return stances;
}

export function commitsOwnSide(tokens: readonly Token[], content: Span, st: ActStances = speechStances()): boolean {
  const { first, last } = tokenRange(tokens, content);
  const end = last + 1;
  const futures = futuresIn(tokens, first, end, st);
  return futures.some((f) => f.who === 'first') || threatConditional(tokens, futures, first, end, st);
}

let complementizers: ReadonlySet<string> | null = null;

/** quote-links.tsv complementizers («أن», «بأن», «إن»), read once per process. */
function complementizerKeys(): ReadonlySet<string> {
  complementizers ??= new Set([...loadQuoteLexicon().links].filter(([, role]) => role === 'complementizer').map(([k]) => k));
  return complementizers;
}

/**
 * «حذر من أن الصراع دخل مرحلة جديدة»: a warning whose words are a reported clause after a
 * complementizer states a danger; «حذر حفتر من مغبة استهداف القوات» warns a party off a deed. The
 * first is a threat only when the clause commits the speaker's side (see commitsOwnSide).
 */
export function warnsOfState(tokens: readonly Token[], content: Span): boolean {
  const { first } = tokenRange(tokens, content);
  const keys = complementizerKeys();
  for (let k = first - 1; k >= 0 && k >= first - 2; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    return keys.has(t.norm) || keys.has(t.key);
  }
  return false;
}
