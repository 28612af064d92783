import { readdirSync } from 'node:fs';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';

/**
 * What the events stage reads from the actor knowledge base (data/actors, owned by the actors
 * stage; read here, never written): the state actor of each country (the host of a visit to its
 * capital, «وصل إلى أنقرة» → Turkey), each actor's country, and the bodies a person holds office in
 * (a minister's or spokesperson's statement has the person and the body or state as sources).
 */
export interface ActorKb {
  /** ISO 3166 alpha-2 → the id of that country's state actor. */
  readonly stateOf: ReadonlyMap<string, string>;
  /** Actor id → its country (ISO alpha-2), when the KB gives one. */
  readonly countryOf: ReadonlyMap<string, string>;
  /** ISO alpha-2 → the government actors of that country (kind government), in KB order. */
  readonly governmentsOf: ReadonlyMap<string, readonly string[]>;
  /** Person id → the actors of the offices he or she holds or held (roles.tsv `of`). */
  readonly officesOf: ReadonlyMap<string, readonly string[]>;
}

let cached: ActorKb | undefined;

export function loadActorKb(dir = dataPath('actors')): ActorKb {
  if (cached && dir === dataPath('actors')) return cached;
  const stateOf = new Map<string, string>();
  const countryOf = new Map<string, string>();
  const governmentsOf = new Map<string, string[]>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.tsv') && f !== 'roles.tsv').sort()) {
    for (const row of readTable(`${dir}/${name}`).rows) {
      const id = row.cells['id'];
      const country = row.cells['country'];
      if (!id || !country) continue;
      countryOf.set(id, country);
      if (row.cells['kind'] === 'state' && !stateOf.has(country)) stateOf.set(country, id);
      if (row.cells['kind'] === 'government') governmentsOf.set(country, [...(governmentsOf.get(country) ?? []), id]);
    }
  }
  const officesOf = new Map<string, string[]>();
  for (const row of readTable(`${dir}/roles.tsv`).rows) {
    const holder = row.cells['holder'];
    const of = row.cells['of'];
    if (!holder || !of) continue;
    const list = officesOf.get(holder) ?? [];
    if (!list.includes(of)) list.push(of);
    officesOf.set(holder, list);
  }
  const kb: ActorKb = { stateOf, countryOf, governmentsOf, officesOf };
  if (dir === dataPath('actors')) cached = kb;
  return kb;
}
