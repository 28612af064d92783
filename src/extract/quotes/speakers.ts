import type { ActorMention, ArticleActor } from '../../doc/annotations.js';
import type { Span } from '../../doc/span.js';
import type { Token } from '../../doc/token.js';
import type { QuoteLexicon } from './lexicon.js';
import { contentStart, mayStart, phraseAt, proclitics } from './tokens.js';

/**
 * Who can speak: actor mentions (from the `mentions` layer) and unnamed sources («مصادر مطلعة»),
 * each as a token range. A mention right after a preposition or a relational word («لدى ليبيا»,
 * «نائب السراج», «باسم الجيش») or written with a prepositional proclitic («للسفارة») is not the
 * subject of a cue, so it is marked `governed` and never taken as a speaker outside a source phrase.
 */
export interface Candidate {
  /** First and one-past-last token. */
  readonly first: number;
  readonly end: number;
  /** Token where the phrase begins once the mention's own labels are included («الوزير التركي خلوصي أكار»). */
  readonly extFirst: number;
  readonly span: Span;
  /** Actor id, or 'unnamed_sources'. */
  readonly speaker: string;
  readonly person: boolean;
  readonly named: boolean;
  readonly governed: boolean;
}

const PREP_PROCLITICS = new Set(['ب', 'ل', 'ك']);

/** Index of the token containing offset `pos` (tokens sorted), or -1. */
function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.end <= pos) lo = mid + 1;
    else if (t.start > pos) hi = mid - 1;
    else return mid;
  }
  return lo < tokens.length ? lo : -1;
}

function isGoverned(tokens: readonly Token[], first: number, lex: QuoteLexicon): boolean {
  // «نقل عن مصادر رسمية قولها»: after a source phrase the name is who is quoted.
  for (const p of lex.linkPhrases) {
    if (p.role === 'source' && first - p.words.length >= 0 && phraseAt(tokens, first - p.words.length, p.words) === first) return false;
  }
  const t = tokens[first]!;
  if (proclitics(t).some((p) => PREP_PROCLITICS.has(p)) && contentStart(t) > t.start) return true;
  const prev = tokens[first - 1];
  if (!prev) return false;
  const role = lex.links.get(prev.norm) ?? lex.links.get(prev.key);
  return role === 'blocker' || role === 'role';
}

export function collectCandidates(
  tokens: readonly Token[], mentions: readonly ActorMention[], actors: readonly ArticleActor[], lex: QuoteLexicon,
): Candidate[] {
  const typeOf = new Map(actors.map((a) => [a.id, a.type]));
  const out: Candidate[] = [];
  const covered = new Set<number>();
  for (const m of mentions) {
    const first = tokenAt(tokens, m.span.start);
    const lastTok = tokenAt(tokens, Math.max(m.span.start, m.span.end - 1));
    if (first < 0 || lastTok < 0) continue;
    const labelStart = Math.min(m.span.start, ...m.labels.map((l) => l.span.start));
    const extFirst = tokenAt(tokens, labelStart);
    for (let k = first; k <= lastTok; k++) covered.add(k);
    out.push({
      first, end: lastTok + 1, extFirst: extFirst < 0 ? first : Math.min(extFirst, first), span: m.span,
      speaker: m.actorId, person: typeOf.get(m.actorId) === 'PER', named: m.mentionKind === 'name',
      governed: isGoverned(tokens, Math.min(extFirst < 0 ? first : extFirst, first), lex),
    });
  }
  // Unnamed sources, where no actor mention already covers the words.
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i) || !mayStart(tokens[i]!, lex.unnamedHeads)) continue;
    for (const words of lex.unnamed) {
      const end = phraseAt(tokens, i, words);
      if (end < 0) continue;
      let stop = end;
      // A following adjective belongs to the source («مصادر مطلعة», «وسائل إعلام محلية تركية»).
      while (stop < tokens.length && stop < end + 2 && tokens[stop]!.kind === 'word' && isAdjectiveLike(tokens[stop]!, lex)) stop++;
      out.push({
        first: i, end: stop, extFirst: i, span: { start: contentStart(tokens[i]!), end: tokens[stop - 1]!.end },
        speaker: 'unnamed_sources', person: false, named: false, governed: isGoverned(tokens, i, lex),
      });
      i = stop - 1;
      break;
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

/**
 * A word that can qualify an unnamed source: an indefinite nisba-like adjective ending in «ية/ي/ة»
 * («رسمية», «محلية», «تركية») or a participle in م- («مطلعة», «مقربة»); never a complementizer
 * or a link word.
 */
function isAdjectiveLike(t: Token, lex: QuoteLexicon): boolean {
  if (lex.links.has(t.norm) || lex.cues.has(t.norm)) return false;
  const k = t.norm;
  if (k.startsWith('ال')) return false;
  return /(يه|ي|يين|يون)$/u.test(k) || (k.startsWith('م') && k.length >= 4);
}
