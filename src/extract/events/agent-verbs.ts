import type { Token } from '../../doc/token.js';
import { dataPath } from '../../lexicons/paths.js';
import { matchKey } from '../../text/normalize.js';
import { readVerbFormSet } from './forms.js';

/**
 * Verbs whose subject is the agent of the act a masdar names («أعلن الهدنة», «أطلق تهديدات»; data/events/
 * relative-agent-verbs.tsv). Only these, in a definite masdar's relative clause, name its agent: a verb of
 * facing or undergoing («الضغوط التي يواجهها حالوتس») has the act's target or a bystander as subject.
 */
export function loadRelativeAgentVerbs(file = dataPath('events', 'relative-agent-verbs.tsv')): ReadonlySet<string> {
  return readVerbFormSet(file);
}

/** Whether the token is one of those verbs, its resuming pronoun aside («أعلنها», «أطلقتها», «نفذتها»). */
export function isAgentVerb(t: Token, verbs: ReadonlySet<string>): boolean {
  const stem = t.parts.find((p) => p.role === 'stem');
  return verbs.has(t.key) || (stem !== undefined && verbs.has(matchKey(stem.form)));
}
