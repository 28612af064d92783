import type { Token } from '../../doc/token.js';
import type { CueKind, PlaceCues } from './cues.js';
import type { PlaceCandidate } from './match.js';

/**
 * How a place name is used (README): as a location («في ليبيا», «إلى أنقرة»), as a state or city
 * that acts or is acted on («هاجمت تركيا», «دعت روسيا», «السفير … لدى ليبيا»), or inside the name
 * of a conference or body («مؤتمر برلين»). Only location uses are place mentions.
 */
export type PlaceUse = 'location' | 'actor' | 'body' | 'none';

/** How many tokens before «في» a diplomatic role may stand («السفير الأمريكي في ليبيا»). */
const ROLE_WINDOW = 4;

export function tokenCues(cues: PlaceCues, t: Token | undefined): ReadonlySet<CueKind> {
  if (!t || t.kind !== 'word') return EMPTY;
  const a = cues.byKey.get(t.norm);
  // The segmenter may keep a conjunction on a short particle («وفي» is also a word, 'loyal').
  const bare = /^[وف]/u.test(t.norm) && t.norm.length > 2 ? t.norm.slice(1) : t.key;
  const b = t.key !== t.norm ? (cues.byKey.get(t.key) ?? cues.byKey.get(bare)) : cues.byKey.get(bare);
  if (!a) return b ?? EMPTY;
  if (!b) return a;
  return new Set([...a, ...b]);
}
const EMPTY: ReadonlySet<CueKind> = new Set();

/** The cue kinds of the one or two words right before token `i` (two-word cues win). */
export function cuesBefore(cues: PlaceCues, tokens: readonly Token[], i: number): ReadonlySet<CueKind> {
  const p1 = tokens[i - 1];
  const p2 = tokens[i - 2];
  if (p1?.kind === 'word' && p2?.kind === 'word') {
    const two = cues.byKey.get(`${p2.norm} ${p1.norm}`);
    if (two) return two;
  }
  return tokenCues(cues, p1);
}

export function decideUse(

  c: PlaceCandidate,
  tokens: readonly Token[],
  cues: PlaceCues,
  previous: { readonly candidate: PlaceCandidate; readonly use: PlaceUse } | null,
  firstSentenceToken: number,
): PlaceUse {
  const isCountry = c.entries.some((e) => e.feature === 'country');
  if (c.last - c.first === 1 && tokenCues(cues, tokens[c.first]).has('not-place')) return 'none';
  // A name written with its own preposition: ب is locative; ل is «to/for» — a state as recipient
  // («دعم لليبيا»), but the destination of a visit for a city («زيارة قام بها لطرابلس»).
  if (c.proclitics.includes('ب')) return 'location';
  if (c.proclitics.includes('ل')) return isCountry ? 'actor' : 'location';
  // A conjunct shares the use of the name it is joined to («في العراق وسوريا», «فرنسا ومصر»,
  // «مدينة ترهونة، ثم بني وليد»).
  if (previous && (c.proclitics.includes('و') || previous.candidate.last < c.first)) {
    let joined = true;
    for (let k = previous.candidate.last; k < c.first; k++) {
      const t = tokens[k]!;
      if (!(t.kind === 'punct' && t.text === '،') && !tokenCues(cues, t).has('conjunction')) joined = false;
    }
    if (joined && (c.proclitics.includes('و') || c.first > previous.candidate.last)) return previous.use;
  }
  let before = cuesBefore(cues, tokens, c.first);
  // A nisba adjective between a territorial noun and the name: «العاصمة الليبية طرابلس».
  const adj = tokens[c.first - 1];
  if (!before.size && adj?.kind === 'word' && adj.norm.startsWith('ال') && /(يه|ي)$/u.test(adj.norm)) {
    before = tokenCues(cues, tokens[c.first - 2]);
  }
  if (before.has('body')) return 'body';
  if (before.has('location')) {
    const prep = tokens[c.first - 1]!;
    if (prep.norm === 'من' && tokenCues(cues, tokens[c.first - 2]).has('agentive')) return 'actor';
    if (prep.norm === 'في' && isCountry) {
      for (let k = c.first - 2; k >= Math.max(firstSentenceToken, c.first - 1 - ROLE_WINDOW); k--) {
        if (tokenCues(cues, tokens[k]).has('role')) return 'actor';
      }
    }
    return 'location';
  }
  return 'actor';
}
