import type { Morpheme } from '../doc/token.js';
import { isArabicMark, isInvisibleControl, isTatweel } from './chars.js';
import { matchKey } from './normalize.js';

/** The clitic inventory (from data/ar/clitics.tsv). */
export interface CliticTable {
  /** Proclitic surfaces per slot: 1 conjunctions, 2 prepositions/future, 3 the article. */
  readonly conjunctions: readonly string[];
  readonly prepositions: readonly string[];
  readonly future: readonly string[];
  readonly article: string;
  /** Pronoun enclitics, longest first. */
  readonly enclitics: readonly string[];
}

/** What the segmenter may consult to decide whether a candidate stem is a real word. */
export interface StemEvidence {
  /** Known stems (match keys), e.g. from the hunspell-ar vocabulary. */
  readonly vocabulary: ReadonlySet<string>;
  /** Word keys seen elsewhere in the same article: «حفتر» beside «لحفتر» says the ل is a clitic. */
  readonly articleForms?: ReadonlySet<string>;
}

interface Letter {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** Letters of a word with their surface extent (marks and tatweel attach to the preceding letter). */
function lettersOf(text: string, offset: number): Letter[] {
  const letters: Letter[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if ((isArabicMark(cp) || isTatweel(cp) || isInvisibleControl(cp)) && letters.length > 0) {
      const last = letters[letters.length - 1]!;
      letters[letters.length - 1] = { ...last, end: offset + i + 1 };
      continue;
    }
    letters.push({ key: matchKey(text[i]!, { foldTehMarbuta: false }), start: offset + i, end: offset + i + 1 });
  }
  return letters;
}

interface Candidate {
  readonly pro: readonly { surface: number; form: string }[];
  readonly encl: string;
  readonly stemKey: string;
  readonly restoredTeh: boolean;
  readonly score: number;
}

const MIN_STEM = 2;
const TEH = 'ت';
const TEH_MARBUTA = 'ة';

/**
 * Segments one Arabic word into proclitics, stem and pronoun enclitics, keeping exact offsets.
 * Candidate segmentations are scored: a stem in the vocabulary (or seen alone in the article) is strong
 * evidence; each clitic costs a little, so a known whole word («وزير», «بلاد») is never split; the
 * article «ال» is cheap, being unambiguous after a prefix. With no evidence at all, only a conjunction
 * before a stem of at least three letters is split off («وحفتر»), as names start with ب/ل/ك too.
 */
export function segmentWord(text: string, offset: number, table: CliticTable, evidence: StemEvidence): Morpheme[] {
  const letters = lettersOf(text, offset);
  const whole = letters.map((l) => l.key).join('');
  const stemOnly: Morpheme[] = [{ role: 'stem', form: text, start: offset, end: offset + text.length }];
  if (letters.length < MIN_STEM + 1) return stemOnly;
  const wholeKey = foldKey(whole);
  // A stem is known when the vocabulary lists it (directly or once an inflectional suffix is removed),
  // or when the article uses it as a word of its own. The word itself is no evidence for itself.
  // Evidence for a stem: listed as is (10), listed once an inflection is removed or used alone
  // elsewhere in the article (8), none (0). The word itself is no evidence for itself.
  const strength = (k: string): number => {
    const v = vocabularyEvidence(k, evidence.vocabulary);
    if (v === 'exact') return 10;
    if (v === 'inflected') return 8;
    return k !== wholeKey && (evidence.articleForms?.has(matchKey(k)) ?? false) ? 8 : 0;
  };
  const known = (k: string): boolean => strength(k) > 0;
  // A word the vocabulary lists exactly as written («التي», «بعد», «وزير») is not split at all.
  const wholeListed = evidence.vocabulary.has(whole);

  const candidates: Candidate[] = [];
  const proOptions = prefixOptions(whole, table);
  for (const pro of proOptions) {
    const used = pro.reduce((n, p) => n + p.surface, 0);
    const hasArticle = pro.some((p) => p.form === table.article);
    const enclOptions = hasArticle ? [''] : ['', ...table.enclitics];
    for (const encl of enclOptions) {
      if (encl && !whole.endsWith(encl)) continue;
      const stemLetters = whole.slice(used, whole.length - encl.length);
      if (stemLetters.length < MIN_STEM) continue;
      // «حكومته»: the stem surface ends in ت before a pronoun; its form is «حكومة».
      let stemKey = foldKey(stemLetters);
      let restoredTeh = false;
      if (encl && stemLetters.endsWith(TEH)) {
        const withMarbuta = stemKey.slice(0, -1) + TEH_MARBUTA;
        if (!known(stemKey) && known(withMarbuta)) {
          stemKey = withMarbuta;
          restoredTeh = true;
        }
      }
      const future = pro.some((p) => table.future.includes(p.form));
      if (future && !/^[يتنا]/u.test(stemLetters)) continue;
      const clitics = pro.length + (encl ? 1 : 0);
      // Each clitic costs 1; the preposition ك is rarer than a word starting with ك, so it costs 2.
      const cost = clitics + pro.filter((p) => p.form === 'ك').length;
      let score = clitics === 0 && wholeListed ? 12 : strength(stemKey);
      score -= cost;
      if (hasArticle) score += 1;
      // «لل» before a stem is the preposition ل with the article far more often than ل + a ل-word.
      if (hasArticle && pro.some((p) => p.form === 'ل')) score += 1;
      if (clitics === 0 && !known(stemKey)) score = 0.5;
      candidates.push({ pro, encl, stemKey, restoredTeh, score });
    }
  }
  // No evidence anywhere: split a lone conjunction before a 3+ letter stem («وحفتر»), nothing else.
  if (candidates.every((c) => c.score <= 0.5)) {
    const conj = candidates.find(
      (c) => c.pro.length === 1 && table.conjunctions.includes(c.pro[0]!.form) && !c.encl && c.stemKey.length >= 3,
    );
    if (!conj) return stemOnly;
    return build(letters, text, offset, conj);
  }
  candidates.sort((a, b) => b.score - a.score || a.pro.length - b.pro.length);
  const best = candidates[0]!;
  if (best.pro.length === 0 && !best.encl) return stemOnly;
  return build(letters, text, offset, best);
}

/**
 * Hunspell lists stems; sound plurals, the feminine ending and verb agreement are suffixes it
 * generates. Removing one such suffix before the look-up lets «انتخابات» and «اعتبرت» count as known.
 */
const INFLECTIONS = ['ات', 'ون', 'ين', 'ان', 'ة', 'ت', 'وا', 'تم', 'ية', 'ي', 'ا'];

/** `k` is keyed without folding ta marbuta, so «ة» (an inflection) and «ه» (a pronoun) stay apart. */
function vocabularyEvidence(k: string, vocabulary: ReadonlySet<string>): 'exact' | 'inflected' | null {
  if (vocabulary.has(k)) return 'exact';
  for (const suffix of INFLECTIONS) {
    if (k.length - suffix.length >= 3 && k.endsWith(suffix) && vocabulary.has(k.slice(0, -suffix.length))) {
      return 'inflected';
    }
  }
  return null;
}

/** Letters are already matchKey'd one by one with ta marbuta kept; this is the identity, named for clarity. */
function foldKey(letters: string): string {
  return letters;
}

/** Every proclitic sequence the word's beginning allows: [conj] [prep | future] [article]. */
function prefixOptions(whole: string, table: CliticTable): { surface: number; form: string }[][] {
  const out: { surface: number; form: string }[][] = [];
  const conjs = ['', ...table.conjunctions];
  const preps = ['', ...table.prepositions, ...table.future];
  for (const c of conjs) {
    if (c && !whole.startsWith(c)) continue;
    for (const p of preps) {
      const afterConj = c.length;
      if (p && !whole.startsWith(p, afterConj)) continue;
      const afterPrep = afterConj + p.length;
      const seq: { surface: number; form: string }[] = [];
      if (c) seq.push({ surface: c.length, form: c });
      if (p) seq.push({ surface: p.length, form: p });
      out.push(seq);
      const isFuture = table.future.includes(p);
      if (isFuture) continue;
      // The article: «ال»; after the preposition ل it is written «ل» alone («للحكومة»).
      if (p === 'ل' && whole.startsWith('ل', afterPrep)) {
        out.push([...seq, { surface: 1, form: table.article }]);
      } else if (whole.startsWith(table.article, afterPrep)) {
        out.push([...seq, { surface: table.article.length, form: table.article }]);
      }
    }
  }
  return out;
}

function build(letters: readonly Letter[], text: string, offset: number, c: Candidate): Morpheme[] {
  const parts: Morpheme[] = [];
  let li = 0;
  for (const p of c.pro) {
    const first = letters[li]!;
    const last = letters[li + p.surface - 1]!;
    parts.push({ role: 'proclitic', form: p.form, start: first.start, end: last.end });
    li += p.surface;
  }
  const enclLen = c.encl.length;
  const stemFirst = letters[li]!;
  const stemLast = letters[letters.length - 1 - enclLen]!;
  const stemSurface = text.slice(stemFirst.start - offset, stemLast.end - offset);
  const stemForm = c.restoredTeh ? stemSurface.slice(0, stemSurface.lastIndexOf(TEH)) + 'ة' + stemSurface.slice(stemSurface.lastIndexOf(TEH) + 1) : stemSurface;
  parts.push({ role: 'stem', form: stemForm, start: stemFirst.start, end: stemLast.end });
  if (enclLen > 0) {
    const first = letters[letters.length - enclLen]!;
    parts.push({ role: 'enclitic', form: c.encl, start: first.start, end: offset + text.length });
  }
  return parts;
}
