import type { Token } from '../../doc/token.js';
import { countryMarks, hasArticle, triggersOf, type Gazetteer } from './gazetteer.js';
import { guessedStemKey } from './alt-key.js';
import { nameLikeness } from './char-lm.js';
import { vocabularyClass } from './known.js';
import { verbClass, type VerbForms } from './verbs.js';
import { nameMarks, type NameLists } from './names.js';

/** What feature extraction needs besides the tokens: the gazetteer and the known-word list. */
export interface FeatureResources {
  readonly gazetteer: Gazetteer;
  /** Stem keys of ordinary words (the text core's vocabulary): names are mostly absent from it. */
  readonly vocabulary: ReadonlySet<string>;
  /** Person, organisation and place names and nisba adjectives (names.ts), read as features. */
  readonly names: NameLists;
  /** Entity types each stem key had in training (tag-dictionary.ts); the model file carries it. */
  readonly tagDictionary?: ReadonlyMap<string, string>;
  /** Verb forms (verbs.ts): a name often follows a verb (verb–subject order). */
  readonly verbs?: VerbForms;
}

/** Per-token facts computed once per sentence and read by the context window. */
interface TokenView {
  readonly word: string;
  readonly key: string;
  readonly cls: string;
  readonly gaz: string;
  /** Name-list marks (names.ts `nameMarks`). */
  readonly lex: string;
  /** Tag-dictionary signature of the key (or of the guessed stem), '-' when none. */
  readonly td: string;
  /** Letter-model name-likeness bucket (char-lm.ts), '-' for non-words and keys under 3 letters. */
  readonly nl: string;
  /** Verb class (verbs.ts): 'V', 'VN' or '-'. */
  readonly vb: string;
}

const PAD: TokenView = { word: '<s>', key: '<s>', cls: 'PAD', gaz: '-', lex: '-', td: '-', nl: '-', vb: '-' };

/** Coarse shape: kind, and for words whether the article is present and how the vocabulary knows the stem. */
function shapeOf(t: Token, known: string): string {
  if (t.kind === 'number') return /^\d{4}$/u.test(t.norm) ? 'YEAR' : 'NUM';
  if (t.kind !== 'word') return t.kind === 'latin' ? (/^[A-Z]/u.test(t.text) ? 'LATC' : 'LAT') : t.text.length === 1 ? 'P' + t.text : 'PUNCT';
  return (hasArticle(t) ? 'AL' : 'W') + known;
}

function gazOf(res: FeatureResources, t: Token, country: 'B' | 'I' | null): string {
  if (country) return 'C' + country;
  const tr = triggersOf(res.gazetteer, t);
  return tr.length ? tr.join('+') : '-';
}

/**
 * Character trigrams inside the stem, with word boundaries marked: transliterated foreign names
 * («فيرجسون», «يانكوفيتش») share letter sequences that native common words rarely have, and an
 * unseen name shares them with names seen in training.
 */
export function addCharGrams(out: string[], key: string): void {
  const s = '^' + key + '$';
  for (let j = 0; j + 3 <= s.length; j++) out.push('c3=' + s.slice(j, j + 3));
}

/**
 * Features of every token of one sentence, as strings (hashed by the model's feature table).
 * Token-internal: surface key, stem key, clitic parts, affixes of the stem, shape, vocabulary
 * membership, gazetteer hits; context: the same compact facts for a ±2 window and word bigrams.
 * Tag transitions are scored by the decoder, not here.
 */
export function sentenceFeatures(tokens: readonly Token[], res: FeatureResources): string[][] {
  const marks = countryMarks(res.gazetteer, tokens);
  const alts = tokens.map(guessedStemKey);
  const lex = nameMarks(res.names, tokens, alts);
  const views: TokenView[] = tokens.map((t, i) => {
    const known = vocabularyClass(t, res.vocabulary)[0]!;
    const dict = res.tagDictionary;
    const td = dict ? dict.get(t.key) ?? (alts[i] ? dict.get(alts[i]!) : undefined) ?? '-' : '-';
    const nl = t.kind === 'word' && t.key.length >= 3 ? nameLikeness(res.names.nameLm, res.names.wordLm, alts[i] ?? t.key) : '-';
    return { word: t.norm, key: t.key, cls: shapeOf(t, known), gaz: gazOf(res, t, marks[i] ?? null), lex: lex[i]!, td, nl, vb: res.verbs ? verbClass(t, res.verbs) : '-' };
  });
  const at = (i: number): TokenView => (i < 0 || i >= views.length ? PAD : views[i]!);
  return tokens.map((t, i) => {
    const v = views[i]!;
    const k = t.key;
    const pro = t.parts.filter((p) => p.role === 'proclitic').map((p) => p.form).join('+');
    const enc = t.parts.some((p) => p.role === 'enclitic') ? 'y' : 'n';
    const f: string[] = [
      'b',
      'w=' + v.word,
      'k=' + k,
      'pro=' + pro,
      'enc=' + enc,
      'sh=' + v.cls,
      'len=' + Math.min(k.length, 8),
      'p2=' + k.slice(0, 2),
      'p3=' + k.slice(0, 3),
      's1=' + k.slice(-1),
      's2=' + k.slice(-2),
      's3=' + k.slice(-3),
      'ws2=' + v.word.slice(-2),
      'p4=' + k.slice(0, 4),
      's4=' + k.slice(-4),
      'wp2=' + v.word.slice(0, 2),
      'k-1,sh=' + at(i - 1).key + '|' + v.cls,
      'g-1,sh=' + at(i - 1).gaz + '|' + v.cls,
      'g+1,sh=' + at(i + 1).gaz + '|' + v.cls,
      'sh+2=' + at(i + 2).cls,
      'sh-2=' + at(i - 2).cls,
      'g=' + v.gaz,
      'g-1=' + at(i - 1).gaz,
      'g+1=' + at(i + 1).gaz,
      'g-2=' + at(i - 2).gaz,
      'k-1=' + at(i - 1).key,
      'k+1=' + at(i + 1).key,
      'k-2=' + at(i - 2).key,
      'k+2=' + at(i + 2).key,
      'w-1=' + at(i - 1).word,
      'w+1=' + at(i + 1).word,
      'sh-1=' + at(i - 1).cls,
      'sh+1=' + at(i + 1).cls,
      'sh-1,0=' + at(i - 1).cls + '|' + v.cls,
      'sh0,+1=' + v.cls + '|' + at(i + 1).cls,
      'sh-2,-1,0=' + at(i - 2).cls + '|' + at(i - 1).cls + '|' + v.cls,
      'k-1,0=' + at(i - 1).key + '|' + k,
      'k0,+1=' + k + '|' + at(i + 1).key,
      'k-1,+1=' + at(i - 1).key + '|' + at(i + 1).key,
      'pro,sh=' + pro + '|' + v.cls,
      'k,sh+1=' + k + '|' + at(i + 1).cls,
      'sh-1,k=' + at(i - 1).cls + '|' + k,
      'x=' + v.lex,
      'x-1=' + at(i - 1).lex,
      'x+1=' + at(i + 1).lex,
      'x,sh=' + v.lex + '|' + v.cls,
      'x-1,x=' + at(i - 1).lex + '|' + v.lex,
      'x,x+1=' + v.lex + '|' + at(i + 1).lex,
      'g-1,x=' + at(i - 1).gaz + '|' + v.lex,
      'td=' + v.td,
      'td-1=' + at(i - 1).td,
      'td+1=' + at(i + 1).td,
      'td,sh=' + v.td + '|' + v.cls,
      'nl,sh=' + v.nl + '|' + v.cls,
      'vb=' + v.vb,
      'vb-1,sh=' + at(i - 1).vb + '|' + v.cls,
      'vb+1,sh=' + at(i + 1).vb + '|' + v.cls,
      'vb-1,nl=' + at(i - 1).vb + '|' + v.nl,
    ];
    if (t.kind === 'word') addCharGrams(f, k);
    const alt = alts[i];
    if (alt) f.push('k=' + alt, 'ak', 'ak,sh-1=' + at(i - 1).cls, 'p3=' + alt.slice(0, 3), 's3=' + alt.slice(-3));
    return f;
  });
}
