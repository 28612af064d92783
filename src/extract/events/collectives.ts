import type { Token } from '../../doc/token.js';
import { MarsadError } from '../../errors.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { phraseKey } from '../../text/normalize.js';
import { wordKey } from './forms.js';
import type { TriggerHit } from './triggers.js';
import { isClauseBreak } from './view.js';

/**
 * «دول تدعم حفتر مثل فرنسا ومصر والإمارات»: a verb right after an indefinite collective noun
 * (data/events/collectives.tsv) is a descriptive clause on that noun, its subject; the name right
 * after the verb is its object, and the actors listed after an example word («مثل», «منها») are the
 * members of the subject, the event's sources.
 */

export interface Collectives {
  readonly collective: ReadonlySet<string>;
  readonly examples: readonly (readonly string[])[];
}

let cached: Collectives | undefined;

export function loadCollectives(file = dataPath('events', 'collectives.tsv')): Collectives {
  if (cached && file === dataPath('events', 'collectives.tsv')) return cached;
  const t = readTable(file);
  const collective = new Set<string>();
  const examples: string[][] = [];
  for (const row of t.rows) {
    const word = row.cells['word'] ?? '';
    const role = row.cells['role'];
    // The accusative indefinite carries an alif («أطرافا», «جهاتٍ» has none).
    if (role === 'collective') for (const f of [word, word + 'ا']) collective.add(wordKey(f));
    else if (role === 'example') examples.push(phraseKey(word).split(' ').map(wordKey));
    else throw new MarsadError('MARSAD_DATA_INVALID', { file: t.file, line: row.line, detail: `unknown role "${role}"` });
  }
  const c = { collective, examples };
  if (file === dataPath('events', 'collectives.tsv')) cached = c;
  return c;
}

/** Whether the verb trigger follows an indefinite collective noun directly («دول تدعم»). */
export function afterCollective(tokens: readonly Token[], hit: TriggerHit, first: number, c: Collectives = loadCollectives()): boolean {
  if (hit.form.form === 'noun' || hit.first <= first) return false;
  const prev = tokens[hit.first - 1]!;
  return prev.kind === 'word' && prev.parts.length === 1 && c.collective.has(prev.key);
}

/** The token after the example word that follows the trigger in its clause («… مثل فرنسا»), or null. */
export function examplesStart(tokens: readonly Token[], hit: TriggerHit, end: number, c: Collectives = loadCollectives()): number | null {
  for (let k = hit.last + 1; k < end; k++) {
    if (isClauseBreak(tokens[k]!)) return null;
    for (const words of c.examples) {
      if (k + words.length <= end && words.every((w, n) => tokens[k + n]!.key === w || tokens[k + n]!.norm === w)) return k + words.length;
    }
  }
  return null;
}

/**
 * The roles of a verb after a collective noun: the actors listed after its example word are the
 * sources, what was read as its subject or object the targets; null when no member is named.
 */
export function collectiveRoles(tokens: readonly Token[], groups: readonly { readonly ids: readonly string[]; readonly first: number }[],
  hit: TriggerHit, end: number, source: readonly string[], target: readonly string[]): { source: string[]; target: string[] } | null {
  const from = examplesStart(tokens, hit, end);
  const members: string[] = [];
  for (let k = from ?? end; k < end && !isClauseBreak(tokens[k]!); k++) {
    for (const g of groups) if (g.first === k) for (const id of g.ids) if (!members.includes(id)) members.push(id);
  }
  if (members.length === 0) return null;
  return {
    source: members,
    target: [...source, ...target.filter((id) => !source.includes(id))].filter((id) => !members.includes(id)),
  };
}
