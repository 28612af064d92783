import type { Token } from '../../doc/token.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { MarsadError } from '../../errors.js';
import { matchKey, stripMarks } from '../../text/index.js';
import { guessedStemKey } from './alt-key.js';
import { chunks } from './conll.js';
import { vocabularyClass } from './known.js';
import type { NameLists } from './names.js';
import { verbClass, type VerbForms } from './verbs.js';
import { readWordSet } from '../../lexicons/word-kinds.js';

/**
 * Span repairs after decoding. The tagger scores one token at a time against its neighbours, so it
 * sometimes joins what the writing separates or cuts what a name's grammar holds together. Each
 * repair below is a fact about how Arabic news writes personal names, and each leaves ANERcorp's own
 * training annotation unchanged almost everywhere (stage-repair.test.ts shows the cases; the counts
 * on the training split are in the commit that introduced each one):
 * - a conjunction «و» on a word after a person name starts a new name («وفيدرر وهينان»);
 * - a verb is never inside a name («ألونسو يتهم شوماخر» is two names around a verb);
 * - a name-link particle («عبد», «بن», «أبو») never ends a name: the linked word follows it.
 */

export interface RepairResources {
  readonly vocabulary: ReadonlySet<string>;
  readonly names: NameLists;
  readonly verbs?: VerbForms;
  /** matchKeys of name-link particles (data/ner/stage-name-particles.tsv). */
  readonly particles: ReadonlySet<string>;
  /** Written forms (marks stripped) of prepositions that cannot be a person's name (data/ner/stage-not-names.tsv). */
  readonly notNames?: ReadonlySet<string>;
  /** Stem keys of organisation- and place-kind nouns → the type of the name they head (data/ner/stage-type-heads.tsv). */
  readonly typeHeads?: ReadonlyMap<string, string>;
}

/** data/ner/stage-name-particles.tsv: «عبد», «بن», «أبو», … as matchKeys. */
export function loadNameParticles(): ReadonlySet<string> {
  return readWordSet(dataPath('ner', 'stage-name-particles.tsv'), 'form');
}

/** data/ner/stage-not-names.tsv: «على», «إلى», … as written (marks stripped, alef maqsura kept). */
export function loadNotNames(): ReadonlySet<string> {
  return readWordSet(dataPath('ner', 'stage-not-names.tsv'), 'form', stripMarks);
}

/** A preposition by its spelling (a bare token, no clitic): never part of a person's name. */
const notName = (t: Token, res: RepairResources): boolean =>
  t.kind === 'word' && t.parts.length === 1 && (res.notNames?.has(stripMarks(t.text)) ?? false);

let cachedHeads: ReadonlyMap<string, string> | undefined;

/** data/ner/stage-type-heads.tsv: «شركة» → ORG, «مدينة» → LOC, … keyed by matchKey (ta marbuta folded, as in Token.key). */
export function loadTypeHeads(): ReadonlyMap<string, string> {
  if (cachedHeads) return cachedHeads;
  const file = dataPath('ner', 'stage-type-heads.tsv');
  const out = new Map<string, string>();
  for (const row of readTable(file).rows) {
    const type = row.cells['type'] ?? '';
    if (type !== 'ORG' && type !== 'LOC') throw new MarsadError('MARSAD_DATA_INVALID', { file, line: row.line, detail: `type "${type}" (expected ORG | LOC)` });
    out.set(matchKey(row.cells['form'] ?? ''), type);
  }
  cachedHeads = out;
  return out;
}

/** The type a bare kind noun in construct gives the name after it (no article, no pronoun), or null. */
const headType = (t: Token, res: RepairResources): string | null => (t.kind === 'word'
  && !t.parts.some((p) => p.form === 'ال' || p.role === 'enclitic') ? res.typeHeads?.get(t.key) ?? null : null);

const isParticle = (t: Token, res: RepairResources): boolean =>
  t.kind === 'word' && !t.parts.some((p) => p.role === 'proclitic') && res.particles.has(t.norm);

/**
 * The word starts with the conjunction «و» and what follows is a name on its own: a listed first or
 * last name, a name-link particle («وبن عيسى»), or a word the same article tags as part of a name
 * without the «و» (`nameKeys`). The text core splits «و» off some unknown words and leaves it on
 * others («وهينان» split, «وفيدرر» whole), so both readings are tried; a name that merely begins
 * with the letter («وليد», «وينفري», «والكن») has no such remainder and stays one word.
 */
function conjoined(t: Token, res: RepairResources, nameKeys: ReadonlySet<string>): boolean {
  if (t.kind !== 'word') return false;
  const first = t.parts[0];
  let rest: string | null;
  if (first?.role === 'proclitic') {
    if (first.form !== 'و') return false;
    const stem = t.parts.find((p) => p.role === 'stem');
    rest = stem ? matchKey(stem.form) : null;
  } else rest = t.key.startsWith('و') ? guessedStemKey(t) : null;
  if (rest === null) return false;
  return res.names.firstNames.has(rest) || res.names.lastNames.has(rest) || res.particles.has(rest) || nameKeys.has(rest);
}

/** A word written with «و» first that may be the conjunction: split off by the text core, or left on an unknown word. */
function wawWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const first = t.parts[0];
  if (first?.role === 'proclitic') return first.form === 'و';
  return t.key.startsWith('و') && guessedStemKey(t) !== null;
}

/** Keys of the bare words (no proclitic) inside the entities of an article's tags: its name words. */
export function documentNameKeys(sentences: readonly (readonly Token[])[], tags: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  sentences.forEach((tokens, k) => tokens.forEach((t, i) => {
    if (t.kind === 'word' && tags[k]![i] !== 'O' && !t.parts.some((p) => p.role === 'proclitic')) out.add(t.key);
  }));
  return out;
}

/**
 * A verb in the imperfect («يتهم», «يختار», «تواصل»): a bare word (no clitic the text core split
 * off) that hunspell-ar lists only as a verb, with an imperfect prefix, and that no name list has.
 * The prefix test keeps out the many short perfect forms that are also transliterated names
 * («بشار», «دان», «شون» are listed as verbs too).
 */
const IMPERFECT = /^[يتن][^\s]{3,}$/u;
function isVerb(t: Token, res: RepairResources): boolean {
  if (res.verbs === undefined || t.kind !== 'word' || t.parts.length !== 1 || !IMPERFECT.test(t.norm)) return false;
  if (res.names.firstNames.has(t.key) || res.names.lastNames.has(t.key)) return false;
  return verbClass(t, res.verbs) === 'V' && vocabularyClass(t, res.vocabulary) !== 'unknown';
}

/** Tags with every entity re-opened where `starts[i]` says a new one begins, and `drop[i]` tokens O. */
function rebuild(tags: readonly string[], starts: readonly boolean[], drop: readonly boolean[]): string[] {
  const out = tags.slice();
  for (let i = 0; i < out.length; i++) {
    if (out[i] === 'O') continue;
    if (drop[i]) {
      out[i] = 'O';
      continue;
    }
    const type = out[i]!.slice(2);
    const prevSame = i > 0 && out[i - 1] !== 'O' && out[i - 1]!.slice(2) === type && tags[i]!.startsWith('I-');
    out[i] = (prevSame && !starts[i] ? 'I-' : 'B-') + type;
  }
  return out;
}

export type Repair = 'conjunction' | 'verb' | 'particle' | 'kind-head' | 'misc-number' | 'preposition' | 'nisba' | 'adjective';
export const REPAIRS: readonly Repair[] = ['conjunction', 'verb', 'particle', 'kind-head', 'misc-number', 'preposition', 'nisba', 'adjective'];

/**
 * A nationality adjective with the article («الفرنسي», «الصربية»): it describes the person named
 * after it and never begins a person's name (ANERcorp train: 0 of 6570 entities begin with one;
 * 10 end with one, as a family name: «محمد سعيد الكندي»).
 */
const definiteNisba = (t: Token, res: RepairResources): boolean =>
  t.kind === 'word' && t.parts.some((p) => p.form === 'ال') && res.names.nisba.has(t.key);

/**
 * Repaired BIO tags of one sentence's core tokens (same length; never adds an entity of its own).
 * `waw`, when given, receives the tokens whose first letter is the conjunction «و» although the
 * text core left it on the word («وفيدرر»): an entity starting there starts after that letter.
 */
export function repairTags(tokens: readonly Token[], tags: readonly string[], res: RepairResources,
  repairs: readonly Repair[] = REPAIRS, nameKeys: ReadonlySet<string> = new Set(), waw?: Set<number>): string[] {
  const starts: boolean[] = tags.map(() => false);
  const drop: boolean[] = tags.map(() => false);
  for (const c of chunks(tags)) {
    // Where the name being read started: a «و» word after a full name of two words or more is the
    // next name («وروي ماكاي وإدغار دافيدز») even when its remainder is not known to be a name.
    let part = c.first;
    for (let i = c.first; i < c.end; i++) {
      const t = tokens[i]!;
      if (repairs.includes('preposition') && c.type === 'PER' && notName(t, res)) {
        drop[i] = true;
        if (i + 1 < c.end) starts[i + 1] = true;
        part = i + 1;
        continue;
      }
      // At the start of a name (the chunk's or after a dropped word), a nationality adjective is out.
      if (repairs.includes('nisba') && c.type === 'PER' && i === part && definiteNisba(t, res)) {
        drop[i] = true;
        if (i + 1 < c.end) starts[i + 1] = true;
        part = i + 1;
        continue;
      }
      if (repairs.includes('verb') && i > c.first && isVerb(t, res)) {
        drop[i] = true;
        if (i + 1 < c.end) starts[i + 1] = true;
        part = i + 1;
        continue;
      }
      if (!repairs.includes('conjunction') || c.type !== 'PER') continue;
      const unsplit = t.parts.length === 1;
      if (i > part && !isParticle(tokens[i - 1]!, res) && (conjoined(t, res, nameKeys) || (i - part >= 2 && wawWord(t)))) {
        starts[i] = true;
        part = i;
        if (unsplit) waw?.add(i);
      } else if (i === c.first && unsplit && conjoined(t, res, nameKeys)) waw?.add(i);
    }
  }
  const out = rebuild(tags, starts, drop);
  // A person name ending on a link particle goes on to the word it links («حسني عبد ربه»).
  if (repairs.includes('particle')) for (const c of chunks(out)) {
    const next = tokens[c.end];
    if (c.type === 'PER' && isParticle(tokens[c.end - 1]!, res) && next?.kind === 'word' && out[c.end] === 'O') out[c.end] = 'I-PER';
  }
  // An event, model or edition name goes on over the number written right after it («مونديال 2006»,
  // «بوينج 737»; ANERcorp train: 10 of 11 MISC entities followed by a whole number include it).
  if (repairs.includes('misc-number')) for (const c of chunks(out)) {
    const next = tokens[c.end];
    if (c.type === 'MISC' && next?.kind === 'number' && /^\d+$/u.test(next.norm) && out[c.end] === 'O') out[c.end] = 'I-MISC';
  }
  // A nationality adjective that is also a country's short name («السعودية») is the adjective when
  // it agrees with the definite word before it («العائلة المالكة السعودية»), not the place.
  if (repairs.includes('adjective')) for (const c of chunks(out)) {
    const prev = tokens[c.first - 1];
    if (c.type !== 'LOC' || c.end - c.first !== 1 || !prev || out[c.first - 1] !== 'O') continue;
    const t = tokens[c.first]!;
    // An adjective takes no preposition: «بالسعودية» is the country.
    const bare = t.parts.every((p) => p.role !== 'proclitic' || p.form === 'ال');
    if (bare && definiteNisba(t, res) && prev.kind === 'word' && prev.parts.some((p) => p.form === 'ال')) out[c.first] = 'O';
  }
  // The name after a kind noun has the kind's type («شركة فورد», «فريق ميلان»: ORG; «قرية بني زيد»: LOC).
  if (repairs.includes('kind-head')) for (const c of chunks(out)) {
    const head = tokens[c.first - 1];
    const type = head && out[c.first - 1] === 'O' ? headType(head, res) : null;
    if (type === null || type === c.type) continue;
    for (let i = c.first; i < c.end; i++) out[i] = (i === c.first ? 'B-' : 'I-') + type;
  }
  return out;
}

/**
 * An event's name goes on over the field written after it with «لل» («بطولة العالم للمصارعة»,
 * «معرض الخليج للتعليم»): ANERcorp train has 11 MISC names of two words or more, ending on a
 * definite word, with such a complement inside and none followed by one left out. Run after the
 * article's names are completed (stage-consistency.ts), so that the shorter name the article also
 * writes alone («لبطولة العالم») is the one spread.
 */
export function miscComplements(tokens: readonly Token[], tags: readonly string[]): string[] {
  const out = tags.slice();
  for (const c of chunks(out)) {
    const next = tokens[c.end];
    const last = tokens[c.end - 1]!;
    if (c.type !== 'MISC' || c.end - c.first < 2 || !next || out[c.end] !== 'O' || !last.parts.some((p) => p.form === 'ال')) continue;
    const [p0, p1] = next.parts;
    if (next.kind === 'word' && p0?.role === 'proclitic' && p0.form === 'ل' && p1?.form === 'ال') out[c.end] = 'I-MISC';
  }
  return out;
}
