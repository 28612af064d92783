import type { Token } from '../../doc/token.js';
import { countryMarks, hasArticle, triggersOf, type Gazetteer } from './gazetteer.js';
import { guessedStemKey } from './alt-key.js';
import { nameLikeness } from './char-lm.js';
import { vocabularyClass } from './known.js';
import { verbClass, type VerbForms } from './verbs.js';
import { nameMarks, placeTierOf, type NameLists } from './names.js';
import { orgContextOf, type OrgContext } from './org-context.js';
import { skeletonHit } from './skeleton.js';
import { letterMarks, type LetterNames } from './letter-names.js';
import { conjunctionOf, isConnector, type Connectors } from './connectors.js';

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
  /** Nouns that announce an organisation after them in a construct (org-context.ts): «سائق فيراري». */
  readonly orgContext?: OrgContext;
  /** Name particles (connectors.ts): «بن», «أبو», «عبد», «دي». */
  readonly connectors?: Connectors;
  /** Latin letter names in Arabic spelling (letter-names.ts): acronyms spelt out, «إف بي آي». */
  readonly letters?: LetterNames;
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
  /** Org-context kind and article (org-context.ts), '-' for none. */
  readonly oc: string;
  /** A name particle (connectors.ts). */
  readonly cn: boolean;
}

const PAD: TokenView = { word: '<s>', key: '<s>', cls: 'PAD', gaz: '-', lex: '-', td: '-', nl: '-', vb: '-', oc: '-', cn: false };

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
 * What a token contributes whatever its neighbours: its view (as the context window reads it) and
 * its own features. They depend only on the token's surface, key and clitics (and the resources),
 * so the tagger computes them once per distinct token (`tokenSignature`) and caches them.
 */
export interface OwnFeatures {
  readonly word: string;
  readonly key: string;
  readonly cls: string;
  readonly td: string;
  readonly nl: string;
  readonly vb: string;
  /** The stem key the token would have with its first letter as a proclitic (alt-key.ts), or null. */
  readonly alt: string | null;
  readonly features: readonly string[];
}

/** Everything `ownFeatures` reads of a token: equal signatures give equal own features. */
export function tokenSignature(t: Token): string {
  let s = t.kind + '\u0001' + t.text + '\u0001' + t.key;
  for (const p of t.parts) s += '\u0001' + p.role[0] + p.form;
  return s;
}

export function ownFeatures(t: Token, res: FeatureResources): OwnFeatures {
  const alt = guessedStemKey(t);
  const known = vocabularyClass(t, res.vocabulary)[0]!;
  const dict = res.tagDictionary;
  const td = dict ? dict.get(t.key) ?? (alt ? dict.get(alt) : undefined) ?? '-' : '-';
  const nl = t.kind === 'word' && t.key.length >= 3 ? nameLikeness(res.names.nameLm, res.names.wordLm, alt ?? t.key) : '-';
  const cls = shapeOf(t, known);
  const vb = res.verbs ? verbClass(t, res.verbs) : '-';
  const k = t.key;
  const word = t.norm;
  const pro = t.parts.filter((p) => p.role === 'proclitic').map((p) => p.form).join('+');
  const enc = t.parts.some((p) => p.role === 'enclitic') ? 'y' : 'n';
  const f: string[] = [
    'b',
    'w=' + word,
    'k=' + k,
    'pro=' + pro,
    'enc=' + enc,
    'sh=' + cls,
    'len=' + Math.min(k.length, 8),
    'p2=' + k.slice(0, 2),
    'p3=' + k.slice(0, 3),
    's1=' + k.slice(-1),
    's2=' + k.slice(-2),
    's3=' + k.slice(-3),
    'ws2=' + word.slice(-2),
    'p4=' + k.slice(0, 4),
    's4=' + k.slice(-4),
    'wp2=' + word.slice(0, 2),
    'pro,sh=' + pro + '|' + cls,
    'td=' + td,
    'td,sh=' + td + '|' + cls,
    'nl,sh=' + nl + '|' + cls,
    'vb=' + vb,
  ];
  if (t.kind === 'word') addCharGrams(f, k);
  // How prominent a listed one-word place is, with the shape (article, vocabulary class): a capital
  // or a city of millions («كابل», «شنغهاي») is a place even where the vocabulary knows the word,
  // a small town's name («نصر», «العامل») is more often the ordinary word.
  const pt = placeTierOf(res.names, t, alt);
  if (pt !== '-') f.push('pt=' + pt, 'pt,sh=' + pt + '|' + cls);
  // Another spelling of a listed foreign place or name («شنغهاي» for «شانغهاي»): unknown words only.
  if (known === 'u') {
    const sk = skeletonHit(res.names, t, alt);
    if (sk !== '-') f.push('sk=' + sk, 'sk,sh=' + sk + '|' + cls);
  }
  // Which letter was guessed to be a proclitic: a name starting with the conjunction «و» after
  // another name usually starts a new one («وفيدرر وهينان»), a preposition's («لفيرجسون») does not.
  if (alt) f.push('k=' + alt, 'ak', 'ak=' + k[0], 'p3=' + alt.slice(0, 3), 's3=' + alt.slice(-3));
  return { word, key: k, cls, td, nl, vb, alt, features: f };
}

/**
 * The features of every token of one sentence that look at its neighbours: the compact facts of a
 * ±2 window, word bigrams, and the multi-word marks (gazetteer, name lists) computed per sentence.
 * Tag transitions are scored by the decoder, not here.
 */
export function contextFeatures(tokens: readonly Token[], own: readonly OwnFeatures[], res: FeatureResources): string[][] {
  const marks = countryMarks(res.gazetteer, tokens);
  const lex = nameMarks(res.names, tokens, own.map((o) => o.alt));
  const letters = res.letters ? letterMarks(res.letters, tokens) : null;
  const views: TokenView[] = tokens.map((t, i) => {
    const o = own[i]!;
    const oc = res.orgContext ? orgContextOf(res.orgContext, t) : '-';
    const cn = res.connectors ? isConnector(res.connectors, t) : false;
    return { word: o.word, key: o.key, cls: o.cls, gaz: gazOf(res, t, marks[i] ?? null), lex: lex[i]!, td: o.td, nl: o.nl, vb: o.vb, oc, cn };
  });
  const at = (i: number): TokenView => (i < 0 || i >= views.length ? PAD : views[i]!);
  return tokens.map((_, i) => {
    const v = views[i]!;
    const k = v.key;
    const f: string[] = [
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
      'k,sh+1=' + k + '|' + at(i + 1).cls,
      'sh-1,k=' + at(i - 1).cls + '|' + k,
      'x=' + v.lex,
      'x-1=' + at(i - 1).lex,
      'x+1=' + at(i + 1).lex,
      'x,sh=' + v.lex + '|' + v.cls,
      'x-1,x=' + at(i - 1).lex + '|' + v.lex,
      'x,x+1=' + v.lex + '|' + at(i + 1).lex,
      'g-1,x=' + at(i - 1).gaz + '|' + v.lex,
      'td-1=' + at(i - 1).td,
      'td+1=' + at(i + 1).td,
      'vb-1,sh=' + at(i - 1).vb + '|' + v.cls,
      'vb+1,sh=' + at(i + 1).vb + '|' + v.cls,
      'vb-1,nl=' + at(i - 1).vb + '|' + v.nl,
    ];
    if (own[i]!.alt) f.push('ak,sh-1=' + at(i - 1).cls);
    // A team, company or media noun (or a player, driver, correspondent of one) one or two words
    // back, with or without its article: «سائق فيراري» is the team, «المدرب فان خال» a person.
    const oc1 = at(i - 1).oc;
    const oc2 = at(i - 2).oc;
    if (oc1 !== '-') f.push('oc-1=' + oc1, 'oc-1,x=' + oc1 + '|' + v.lex, 'oc-1,sh=' + oc1 + '|' + v.cls);
    if (oc2 !== '-') f.push('oc-2=' + oc2 + '|' + at(i - 1).cls);
    // Name particles continue a name on both sides («حمد بن جاسم»); the conjunction «و» on a word
    // right after a listed or tagged name usually opens a new one («بوش وشيراك»).
    if (at(i - 1).cn) f.push('cn-1,sh=' + v.cls);
    if (at(i + 1).cn) f.push('cn+1,sh=' + v.cls);
    // An acronym spelt letter by letter («سي إن إن», «إف ـ 16»): the letters and their neighbours.
    if (letters) {
      const lt = letters[i]!;
      const before = letters[i - 1] ?? '-';
      const after = letters[i + 1] ?? '-';
      if (lt !== '-') f.push('lt=' + lt, 'lt,lt-1,lt+1=' + lt + before + after);
      else if (before !== '-' || after !== '-') f.push('lt-1,lt+1=' + before + after + '|' + v.cls);
    }
    const cj = conjunctionOf(tokens[i]!, own[i]!.alt);
    if (cj !== '-') f.push('cj,x-1=' + cj + '|' + at(i - 1).lex, 'cj,td-1=' + cj + '|' + at(i - 1).td, 'cj,sh-1=' + cj + '|' + at(i - 1).cls + '|' + v.cls);
    return f;
  });
}

/**
 * Features of every token of one sentence, as strings (hashed by the model's feature table):
 * its own features (surface key, stem key, clitic parts, affixes of the stem, shape, vocabulary
 * membership, tag dictionary, name-likeness, verb class, letter trigrams) then its context's.
 */
export function sentenceFeatures(tokens: readonly Token[], res: FeatureResources): string[][] {
  const own = tokens.map((t) => ownFeatures(t, res));
  return contextFeatures(tokens, own, res).map((ctx, i) => [...own[i]!.features, ...ctx]);
}
