import type { Morpheme } from '../doc/token.js';
import { isArabicMark, isInvisibleControl, isTatweel } from './chars.js';
import { ArticleStems, StemCounters, type StemCounter } from './article-stems.js';
import { letterKey, matchKey } from './normalize.js';
import { isBareAlef, prefixOptions, type Proclitic } from './prefixes.js';

/** The clitic inventory and the cost of each split (from data/ar/clitics.tsv). */
export interface CliticTable {
  /** Proclitic surfaces per slot: 1 conjunctions, 2 prepositions/future, 3 the article. */
  readonly conjunctions: readonly string[];
  readonly prepositions: readonly string[];
  readonly future: readonly string[];
  readonly article: string;
  /** Pronoun enclitics, longest first. */
  readonly enclitics: readonly string[];
  /** Evidence a split must win back, per proclitic surface (the article under its own surface «ال»). */
  readonly procliticCost: ReadonlyMap<string, number>;
  readonly encliticCost: ReadonlyMap<string, number>;
}

/** What the segmenter may consult to decide whether a candidate stem is a real word. */
export interface StemEvidence {
  /** Known stems (match keys, ta marbuta kept), e.g. from the hunspell-ar vocabulary. */
  readonly vocabulary: ReadonlySet<string>;
  /** Closed-class words: the only two-letter stems accepted after a clitic («لذا», «بما»). */
  readonly functionWords?: ReadonlySet<string>;
  /**
   * Match keys of stems used elsewhere in the same article: «حفتر» beside «لحفتر» says the ل is a
   * clitic. `analyzeText` builds it as `ArticleStems`; a plain set of keys serves tests.
   */
  readonly articleForms?: ReadonlySet<string> | ArticleStems;
}

/**
 * Stem evidence, on one scale with the clitic costs of data/ar/clitics.tsv: listed in the vocabulary
 * (3), listed once an inflection is removed (2), used on its own in the same article (2.5 for a name
 * the vocabulary lacks; 1 more for a listed stem, to choose between two listed readings: «للجنة»
 * with «اللجنة» nearby).
 */
const EXACT = 3;
const SEEN_IN_ARTICLE = 2.5;
const INFLECTED = 2;
/**
 * For a stem the vocabulary already knows, being seen alone in the article adds 1: enough to prefer
 * «و + دعم» over the rarer listed word «ودعم» in an article about support, too little to cut a
 * listed word whose remainder the article never uses alone.
 */
const SEEN_IN_ARTICLE_KNOWN = 1;
/** The article written with a bare alef marks a noun: a little evidence for a stem nothing else knows («السايح»). */
const AFTER_ARTICLE = 0.5;
const MIN_STEM = 2;
const TEH = 'ت';
const TEH_MARBUTA = 'ة';
/** First letters of imperfect verbs: the future particle س only comes before them. */
const IMPERFECT_PREFIXES = new Set(['ي', 'ت', 'ن', 'ا']);

/**
 * Hunspell lists stems; sound plurals, the feminine ending and verb agreement are suffixes it
 * generates. Removing one such suffix before the look-up lets «انتخابات» and «اعتبرت» count as known.
 */
const INFLECTIONS: readonly (readonly [suffix: string, minBase: number])[] = [
  ['ات', 3], ['ون', 3], ['ين', 3], ['ان', 3], ['وا', 3], ['تم', 3], ['ية', 3],
  ['ة', 3], ['ت', 3], ['ا', 3], ['ي', 3],
];

/**
 * Nisba adjectives of names ending in alef: «فرنسا» → «فرنسية», «ليبيا» → «ليبيين», «تركيا» → «تركي».
 * Hunspell lists the names, rarely the adjectives, which news uses for states' agents.
 */
const NISBA_ENDINGS = ['ي', 'ية', 'يون', 'يين', 'يات', 'يان'];

/**
 * Counters for forms analysed outside a cache (`segmentWord`, tests), so that any of them can be
 * counted together. `analyzeText`'s cache passes its own, cleared with its forms.
 */
const sharedCounters = new StemCounters();
/** Placeholder while a form is being built (its stem key needs the finished form). */
const NO_STEM: StemCounter = { key: '', text: 0, count: 0 };

function vocabularyEvidence(k: string, evidence: StemEvidence): number {
  // Two-letter stems: closed-class words are sure; a listed content word (geminate roots: «شن», «رد»)
  // counts as weaker evidence, as many two-letter strings are listed (Hunspell's «رس», «مت»).
  if (k.length < 3) return evidence.functionWords?.has(k) ? EXACT : evidence.vocabulary.has(k) ? INFLECTED : 0;
  if (evidence.vocabulary.has(k)) return EXACT;
  for (const [suffix, minBase] of INFLECTIONS) {
    if (k.length - suffix.length >= minBase && k.endsWith(suffix) && evidence.vocabulary.has(k.slice(0, -suffix.length))) {
      return INFLECTED;
    }
  }
  for (const ending of NISBA_ENDINGS) {
    if (k.length - ending.length >= 3 && k.endsWith(ending) && evidence.vocabulary.has(k.slice(0, -ending.length) + 'ا')) {
      return INFLECTED;
    }
  }
  return 0;
}

/** One way to cut a word, scored without article evidence; `articleKey` says which stem the article could confirm. */
interface Candidate {
  readonly pro: readonly Proclitic[];
  readonly encl: string;
  /** Stem letters [stemFirst, stemEnd) in the letter arrays. */
  readonly stemFirst: number;
  readonly stemEnd: number;
  readonly restoredTeh: boolean;
  readonly clitics: number;
  readonly cost: number;
  /** Vocabulary evidence minus cost. */
  readonly base: number;
  /** matchKey of the stem when the article's words could raise its evidence, else null. */
  readonly articleKey: string | null;
  /** Its counter in the forms' `StemCounters` (null with `articleKey`). */
  readonly articleCounter: StemCounter | null;
}

/**
 * Everything about a word form that does not depend on the article it is in, computed once per
 * distinct surface form (a news corpus repeats forms heavily) and kept in a cache.
 */
export interface FormAnalysis {
  readonly surface: string;
  /** matchKey of the whole surface (the token's `norm`). */
  readonly norm: string;
  /** Per letter (marks, tatweel and joiners attach to the letter before): surface extent, relative. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly candidates: readonly Candidate[];
  /** Index of the winner when no article evidence applies. */
  readonly vocabularyBest: number;
  /** True when some candidate could overtake the winner with article evidence. */
  readonly articleSensitive: boolean;
  /**
   * The candidates that can still win with article evidence (best score with the evidence ≥ the
   * winner's score without it), in order; the others lose in every article, so are not scored.
   */
  readonly contenders: readonly number[];
  /** Built morphemes (offsets relative to the word) per chosen candidate, filled lazily. */
  readonly parts: (readonly Morpheme[] | undefined)[];
  readonly keys: (string | undefined)[];
  /** matchKey of the stem of `vocabularyBest`: what this form contributes to article evidence. */
  readonly vocabularyStem: string;
  /** The counter of `vocabularyStem`, which `ArticleStems` counts. */
  readonly stemCounter: StemCounter;
  /** Occurrences in the text being analysed (stamped by `ArticleStems`; the cache is per process). */
  readonly seen: { text: number; count: number };
}

/**
 * Lays out and scores every segmentation of one word that the clitic grammar allows:
 * [conjunction] [preposition | future] [article] stem [pronoun]. Scores: stem evidence (3 listed in
 * the vocabulary, 2 listed once an inflection is removed) minus each clitic's cost; the word left
 * whole scores its own evidence with no cost. So a known word («وزير», «بلاد», «فوري») stays whole,
 * an unknown word with an unknown remainder («وليامز», «فيسبوك») stays whole, and a clitic is split
 * off when what remains is a better-attested word than the whole («وقال», «بحضور»).
 */
export function analyzeForm(
  surface: string, table: CliticTable, evidence: StemEvidence, counters: StemCounters = sharedCounters,
): FormAnalysis {
  const starts: number[] = [];
  const ends: number[] = [];
  let keys = '';
  const raws: number[] = []; // code units as written: the article needs a bare alef
  for (let i = 0; i < surface.length; i++) {
    const cp = surface.charCodeAt(i);
    const k = isArabicMark(cp) || isTatweel(cp) || isInvisibleControl(cp) ? '' : letterKey(cp);
    if (k.length === 0) {
      if (ends.length > 0) ends[ends.length - 1] = i + 1;
      continue;
    }
    // A ligature (presentation form «ﻻ») gives several letters in one code unit; they share its extent
    // and no morpheme boundary may fall between them (see `boundaryOk`).
    for (let j = 0; j < k.length; j++) {
      keys += k[j];
      starts.push(i);
      ends.push(i + 1);
      raws.push(cp);
    }
  }
  const norm = matchKey(surface);
  const n = keys.length;
  const candidates: Candidate[] = [];
  const whole: Candidate = {
    pro: [], encl: '', stemFirst: 0, stemEnd: n, restoredTeh: false, clitics: 0, cost: 0,
    base: n >= 3 ? vocabularyEvidence(keys, evidence) : 0, articleKey: null, articleCounter: null,
  };
  candidates.push(whole);
  // A closed-class word is never cut: «الذي», «التي», «الآن», «لكن» are words, not clitic + stem.
  const closedClass = evidence.functionWords?.has(keys) ?? false;
  if (n >= MIN_STEM + 1 && !closedClass) {
    const article = table.article;
    const articleCost = table.procliticCost.get(article) ?? 0;
    for (const pro of prefixOptions(keys, raws, table)) {
      let used = 0;
      let cost = 0;
      for (const p of pro) {
        used += p.letters;
        cost += p.form === article ? articleCost : table.procliticCost.get(p.form) ?? 1;
      }
      if (!boundaryOk(starts, ends, used)) continue;
      const hasArticle = pro.length > 0 && pro[pro.length - 1]!.form === article;
      let future = false;
      for (const p of pro) if (table.future.includes(p.form)) future = true;
      // A pronoun never follows the article («الكتابه» is not a word).
      const enclCount = hasArticle ? 0 : table.enclitics.length;
      for (let e = -1; e < enclCount; e++) {
        const encl = e < 0 ? '' : table.enclitics[e]!;
        if (pro.length === 0 && !encl) continue; // the whole word, scored above
        if (encl && !keys.endsWith(encl)) continue;
        const stemEnd = n - encl.length;
        if (stemEnd - used < MIN_STEM || !boundaryOk(starts, ends, stemEnd)) continue;
        const stem = keys.slice(used, stemEnd);
        if (future && !IMPERFECT_PREFIXES.has(stem[0]!)) continue;
        // A stem that itself starts with the article is cut at the article instead, unless listed as is («الذي»).
        if (!hasArticle && stem.length >= 4 && stem.startsWith(article) && isBareAlef(raws[used]) && !evidence.vocabulary.has(stem)) continue;
        const encCost = encl ? table.encliticCost.get(encl) ?? 1 : 0;
        const total = cost + encCost;
        // The article is counted apart: on a tie it is no cut of its own («للأزمة» = ل + ال + أزمة).
        const clitics = pro.length - (hasArticle ? 1 : 0) + (encl ? 1 : 0);
        for (let restored = 0; restored < 2; restored++) {
          // «حكومته»: before a pronoun the ta marbuta is written ت; the stem's form is «حكومة».
          if (restored && !(encl && stem.endsWith(TEH) && stem.length >= 3)) break;
          const stemKey = restored ? stem.slice(0, -1) + TEH_MARBUTA : stem;
          let ev = vocabularyEvidence(stemKey, evidence);
          if (ev === 0 && hasArticle) ev = AFTER_ARTICLE;
          const articleKey = stemKey.length >= 3 ? matchKey(stemKey) : null;
          candidates.push({
            pro, encl, stemFirst: used, stemEnd, restoredTeh: restored === 1, clitics, cost: total, base: ev - total,
            articleKey, articleCounter: articleKey === null ? null : counters.of(articleKey),
          });
        }
      }
    }
  }
  let vocabularyBest = 0;
  for (let c = 1; c < candidates.length; c++) if (better(candidates[c]!, candidates[c]!.base, candidates[vocabularyBest]!, candidates[vocabularyBest]!.base)) vocabularyBest = c;
  const bestBase = candidates[vocabularyBest]!.base;
  const contenders: number[] = [];
  for (let c = 0; c < candidates.length; c++) {
    const cand = candidates[c]!;
    if (articleBonus(cand, c) + cand.base >= bestBase) contenders.push(c);
  }
  // The winner is always a contender: with no other, article evidence changes nothing.
  const articleSensitive = contenders.length > 1;
  const form: FormAnalysis = {
    surface, norm, starts, ends, candidates, vocabularyBest, articleSensitive, contenders,
    parts: new Array(candidates.length), keys: new Array(candidates.length),
    vocabularyStem: '', stemCounter: NO_STEM, seen: { text: 0, count: 0 },
  };
  const vocabularyStem = stemKeyOf(form, vocabularyBest);
  (form as { vocabularyStem: string }).vocabularyStem = vocabularyStem;
  (form as { stemCounter: StemCounter }).stemCounter = counters.of(vocabularyStem);
  return form;
}

/**
 * Higher score wins; on a tie, fewer clitics, then the shorter stem (the article written out rather
 * than merged: «للأزمة» is ل + ال + أزمة, not ل + لازمة), then the stem as written (no restored ة).
 */
/** No morpheme boundary inside a ligature: letter `li` must start after letter `li - 1` ends. */
function boundaryOk(starts: readonly number[], ends: readonly number[], li: number): boolean {
  return li <= 0 || li >= starts.length || starts[li]! >= ends[li - 1]!;
}

function better(a: Candidate, as: number, b: Candidate, bs: number): boolean {
  if (as !== bs) return as > bs;
  if (a.clitics !== b.clitics) return a.clitics < b.clitics;
  const al = a.stemEnd - a.stemFirst;
  const bl = b.stemEnd - b.stemFirst;
  if (al !== bl) return al < bl;
  return !a.restoredTeh && b.restoredTeh;
}

/** What being seen in the article adds to candidate `c` (0 when the article cannot confirm it). */
function articleBonus(cand: Candidate, c: number): number {
  // Candidate 0 is the whole word: no evidence for itself.
  if (cand.articleKey === null || c === 0) return 0;
  return cand.base + cand.cost > 0 ? SEEN_IN_ARTICLE_KNOWN : SEEN_IN_ARTICLE;
}

/** Picks the segmentation of an analysed form, given the words of its article. */
export function chooseCandidate(form: FormAnalysis, articleForms: ReadonlySet<string> | ArticleStems | undefined): number {
  if (!form.articleSensitive || !articleForms) return form.vocabularyBest;
  let best = -1;
  let bestScore = -Infinity;
  const cs = form.candidates;
  const contenders = form.contenders;
  const stems = articleForms instanceof ArticleStems ? articleForms : null;
  for (let k = 0; k < contenders.length; k++) {
    const c = contenders[k]!;
    const cand = cs[c]!;
    let score = cand.base;
    const bonus = articleBonus(cand, c);
    if (bonus !== 0 &&
      (stems ? stems.hasOther(cand.articleCounter!, form) : (articleForms as ReadonlySet<string>).has(cand.articleKey!))) {
      score += bonus;
    }
    if (best < 0 || better(cand, score, cs[best]!, bestScore)) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** The morphemes of candidate `c`, offsets relative to the word's start (built once per form and candidate). */
export function morphemesOf(form: FormAnalysis, c: number): readonly Morpheme[] {
  const cached = form.parts[c];
  if (cached) return cached;
  const cand = form.candidates[c]!;
  const { starts, surface } = form;
  // Morphemes tile the word: each starts where its first letter starts (marks stay with the letter
  // before), the first at 0, the last ends at the word's end.
  const parts: Morpheme[] = [];
  let li = 0;
  let cursor = 0;
  for (const p of cand.pro) {
    if (p.letters === 0) continue; // an article merged into the stem's first letter has no surface of its own
    li += p.letters;
    const end = starts[li]!;
    parts.push(Object.freeze({ role: 'proclitic', form: p.form, start: cursor, end }));
    cursor = end;
  }
  const stemEnd = cand.encl ? starts[cand.stemEnd]! : surface.length;
  let stemForm = surface.slice(cursor, stemEnd);
  if (cand.restoredTeh) {
    const at = stemForm.lastIndexOf(TEH);
    stemForm = stemForm.slice(0, at) + TEH_MARBUTA + stemForm.slice(at + 1);
  }
  parts.push(Object.freeze({ role: 'stem', form: stemForm, start: cursor, end: stemEnd }));
  if (cand.encl) parts.push(Object.freeze({ role: 'enclitic', form: cand.encl, start: stemEnd, end: surface.length }));
  const frozen = Object.freeze(parts);
  form.parts[c] = frozen;
  return frozen;
}

/** The light stem key of candidate `c`: matchKey of its stem form. */
export function stemKeyOf(form: FormAnalysis, c: number): string {
  const cached = form.keys[c];
  if (cached !== undefined) return cached;
  const stem = morphemesOf(form, c).find((p) => p.role === 'stem')!;
  const key = matchKey(stem.form);
  form.keys[c] = key;
  return key;
}

/**
 * Segments one Arabic word into proclitics, stem and pronoun enclitics, keeping exact offsets
 * (`offset` is the word's start in the text). Uncached convenience over `analyzeForm`.
 */
export function segmentWord(text: string, offset: number, table: CliticTable, evidence: StemEvidence): Morpheme[] {
  const form = analyzeForm(text, table, evidence);
  const parts = morphemesOf(form, chooseCandidate(form, evidence.articleForms));
  return parts.map((p) => ({ ...p, start: p.start + offset, end: p.end + offset }));
}
