import type { Token } from '../../doc/token.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { matchKey } from '../../text/normalize.js';
import { imperfectForms, perfectForms } from './forms.js';

/**
 * Verbs whose subject is the agent of the act a masdar names («أعلن الهدنة», «أطلق تهديدات»; data/events/
 * relative-agent-verbs.tsv). Only these, in a definite masdar's relative clause, name its agent: a verb of
 * facing or undergoing («الضغوط التي يواجهها حالوتس») has the act's target or a bystander as subject.
 */
let cache: ReadonlySet<string> | undefined;

export function loadRelativeAgentVerbs(file = dataPath('events', 'relative-agent-verbs.tsv')): ReadonlySet<string> {
  if (cache && file === dataPath('events', 'relative-agent-verbs.tsv')) return cache;
  const out = new Set<string>();
  for (const row of readTable(file).rows) {
    for (const f of perfectForms(row.cells['perfect'] ?? '')) out.add(f);
    for (const f of imperfectForms(row.cells['imperfect'] ?? '')) out.add(f);
  }
  if (file === dataPath('events', 'relative-agent-verbs.tsv')) cache = out;
  return out;
}

/** Whether the token is one of those verbs, its resuming pronoun aside («أعلنها», «أطلقتها», «نفذتها»). */
export function isAgentVerb(t: Token, verbs: ReadonlySet<string>): boolean {
  const stem = t.parts.find((p) => p.role === 'stem');
  return verbs.has(t.key) || (stem !== undefined && verbs.has(matchKey(stem.form)));
}
