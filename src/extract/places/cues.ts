import { MarsadError } from '../../errors.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { phraseKey } from '../../text/normalize.js';

export type CueKind =
  | 'location' | 'actor' | 'agentive' | 'body' | 'role' | 'anaphor-country' | 'anaphor-capital' | 'not-place' | 'conjunction' | 'city-head' | 'district-head';

const KINDS: ReadonlySet<string> = new Set([
  'location', 'actor', 'agentive', 'body', 'role', 'anaphor-country', 'anaphor-capital', 'not-place', 'conjunction', 'city-head', 'district-head',
]);

/** Context words that decide whether a gazetteer match is a location use (data/gazetteer/place-cues.tsv). */
export interface PlaceCues {
  /** phraseKey (also without a leading ال) → kinds of cue it is. */
  readonly byKey: ReadonlyMap<string, ReadonlySet<CueKind>>;
}

/** Keys a cue phrase is recognised by: as written and, for a word with the article, without it. */
export function cueKeys(phrase: string): string[] {
  const k = phraseKey(phrase);
  return k.startsWith('ال') && k.length > 3 ? [k, k.slice(2)] : [k];
}

export function loadPlaceCues(file = dataPath('gazetteer', 'place-cues.tsv')): PlaceCues {
  const byKey = new Map<string, Set<CueKind>>();
  for (const { line, cells } of readTable(file).rows) {
    const kind = cells['kind']!;
    if (!KINDS.has(kind)) throw new MarsadError('MARSAD_DATA_INVALID', { file, line, detail: `unknown cue kind «${kind}»` });
    for (const k of cueKeys(cells['phrase']!)) {
      let set = byKey.get(k);
      if (!set) byKey.set(k, (set = new Set()));
      set.add(kind as CueKind);
    }
  }
  return { byKey };
}
