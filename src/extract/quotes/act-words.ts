import type { SpeechAct } from '../../doc/annotations.js';
import type { Token } from '../../doc/token.js';
import { MarsadError } from '../../errors.js';
import { readTable } from '../../lexicons/table.js';
import { matchKey, phraseKey, stripMarks } from '../../text/index.js';
import { tokenIs, withoutConjunction } from './tokens.js';

/**
 * The words the speech-act decision reads besides speech-acts.tsv: the roles of speech-stances.tsv
 * (stance nouns, self nouns and pronouns, negators, intent nouns, hostile deeds, conditions,
 * openers, performatives), and how a token is read against them.
 */

/**
 * Stance nouns («قلق», «رفض», «دعم»), self nouns («بلاد», «حكومة») and the possessive pronouns that tie
 * them to the speaker, from data/ar/speech-stances.tsv (all as match keys).
 */
export interface ActStances {
  readonly stance: ReadonlyMap<string, SpeechAct>;
  readonly self: ReadonlySet<string>;
  /** Longest first, so «هما» is tried before «ها» and «ه». */
  readonly pronouns: readonly string[];
  /** Negators and intent nouns: «ليس لها مطامع» disowns a design (denial). */
  readonly negators: ReadonlySet<string>;
  readonly intents: ReadonlySet<string>;
  /** Deeds against an adversary («إحباط», «نلاحق»): the speaker's own future of one is a threat. */
  readonly hostile: ReadonlySet<string>;
  /** Negative conditions («حال عدم», «إذا لم»), as word lists: a future under one is a threat. */
  readonly conditions: readonly (readonly string[])[];
  /** Words that, first in the content, give it its force («على» + who must act: demand). */
  readonly openers: ReadonlyMap<string, SpeechAct>;
  /** Nouns after which an opener starts a fronted adverbial instead («على الرغم من»). */
  readonly adverbials: ReadonlySet<string>;
  /** First-person verbs that perform the act they name («ندين», «نطالب»). */
  readonly performatives: ReadonlyMap<string, SpeechAct>;
  /** Third-person promise words that commit only their subject («مستعدة», «ستواصل»). */
  readonly commitments: ReadonlySet<string>;
  /** Subject pronouns that stand for the speaker's side before a commitment («نحن», «إنها»). */
  readonly subjects: ReadonlySet<string>;
  /** First-person verbs of knowing or being able («نعرف», «نستطيع»): negated, they deny no conduct. */
  readonly knowing: ReadonlySet<string>;
  /** Verbs of hoping and wishing in every person («يأمل», «نأمل»): hoping that a party acts asks it to. */
  readonly hopes: ReadonlySet<string>;
  /** Words of a precondition («قبل», «إلا بعد»), as word lists: «لا مفاوضات … قبل سحب …» is a demand. */
  readonly preconditions: readonly (readonly string[])[];
  /** Cleft pronouns and relatives («هي التي», «هو من»): the party named before one is singled out. */
  readonly clefts: readonly (readonly string[])[];
  /** Verbs of feeling in every person («تشعر», «نشعر»): with a stance noun after them, the speaker voices it. */
  readonly feelings: ReadonlySet<string>;
}

export function loadStances(file: string, acts: ReadonlySet<string>): ActStances {
  const t = readTable(file);
  const stance = new Map<string, SpeechAct>();
  const self = new Set<string>();
  const pronouns: string[] = [];
  const negators = new Set<string>();
  const intents = new Set<string>();
  const hostile = new Set<string>();
  const conditions: string[][] = [];
  const openers = new Map<string, SpeechAct>();
  const adverbials = new Set<string>();
  const performatives = new Map<string, SpeechAct>();
  const commitments = new Set<string>();
  const subjects = new Set<string>();
  const knowing = new Set<string>();
  const hopes = new Set<string>();
  const preconditions: string[][] = [];
  const clefts: string[][] = [];
  const feelings = new Set<string>();
  for (const row of t.rows) {
    const word = matchKey(row.cells['word'] ?? '');
    const role = row.cells['role'] ?? '';
    const act = row.cells['act'] ?? '';
    const bad = (detail: string): MarsadError => new MarsadError('MARSAD_DATA_INVALID', { file: t.file, line: row.line, detail });
    if (!word) throw bad('empty column "word"');
    if (role === 'stance' || role === 'opener' || role === 'performative') {
      if (!acts.has(act)) throw bad(`unknown speech act "${act}"`);
      (role === 'stance' ? stance : role === 'opener' ? openers : performatives).set(word, act as SpeechAct);
    } else if (role === 'self') self.add(word);
    else if (role === 'pronoun') pronouns.push(word);
    else if (role === 'negator') negators.add(word);
    else if (role === 'intent') intents.add(word);
    else if (role === 'hostile') hostile.add(word);
    else if (role === 'condition') conditions.push(phraseKey(row.cells['word'] ?? '').split(' '));
    else if (role === 'adverbial') adverbials.add(word);
    else if (role === 'commitment') commitments.add(word);
    else if (role === 'subject') subjects.add(word);
    else if (role === 'knowing') knowing.add(word);
    else if (role === 'hope') hopes.add(word);
    else if (role === 'precondition') preconditions.push(phraseKey(row.cells['word'] ?? '').split(' '));
    else if (role === 'cleft') clefts.push(phraseKey(row.cells['word'] ?? '').split(' '));
    else if (role === 'feeling') feelings.add(word);
    else throw bad(`unknown role "${role}"`);
  }
  return {
    stance, self, pronouns: pronouns.sort((a, b) => b.length - a.length), negators, intents, hostile, conditions,
    openers, adverbials, performatives, commitments, subjects, knowing, hopes, preconditions, clefts, feelings,
  };
}

/**
 * The keys a token may be read as, and whether it carries a possessive pronoun: its light stem key,
 * and its surface less a listed pronoun (the text core leaves «أسفه» whole when its stem is rare), the
 * ta marbuta restored where the pronoun had turned it into «ت» («حكومته» → «حكومه»).
 */
export function readings(t: Token, st: ActStances): { keys: string[]; owned: boolean } {
  const keys = [t.key, t.norm];
  let owned = t.parts.some((p) => p.role === 'enclitic' && st.pronouns.includes(matchKey(p.form)));
  // Compared on the written letters: matchKey folds ta marbuta to «ه», which is no pronoun («الحكومة»).
  const written = stripMarks(t.text);
  for (const p of st.pronouns) {
    if (t.norm.length - p.length < 2 || !t.norm.endsWith(p) || !written.endsWith(p)) continue;
    const base = t.norm.slice(0, -p.length);
    keys.push(base);
    if (base.endsWith('ت')) keys.push(base.slice(0, -1) + 'ه');
    owned = true;
    break;
  }
  return { keys, owned };
}

export const stanceOf = (t: Token, st: ActStances): SpeechAct | null => {
  for (const k of readings(t, st).keys) {
    const act = st.stance.get(k);
    if (act) return act;
  }
  return null;
};

/** A self noun with a possessive pronoun: the speaker's own side («بلاده», «حكومتها», «دولتنا»). */
export function isOwnSide(t: Token, st: ActStances): boolean {
  const r = readings(t, st);
  return r.owned && r.keys.some((k) => st.self.has(k));
}

/** Is there a negator among the `reach` words before token `i` (not before the content's first)? */
export function negatedAt(tokens: readonly Token[], i: number, first: number, reach: number, st: ActStances): boolean {
  for (let k = Math.max(first, i - reach); k < i; k++) if (st.negators.has(withoutConjunction(tokens[k]!) ?? tokens[k]!.norm)) return true;
  return false;
}

/**
 * Does the phrase `words` of speech-acts.tsv start at token `i`? As phraseAt, each word also read in
 * the accusative indefinite, its alif written («يعد خرقا واضحا», «تصعيدا خطيرا»); one word that
 * `interposed` accepts (an adverb of time: «الكرة الآن في ملعب …») may stand between two of its words.
 */
export function actPhraseAt(
  tokens: readonly Token[], i: number, words: readonly string[], last: number, interposed: (t: Token) => boolean = () => false,
): boolean {
  let j = i;
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && j < last && interposed(tokens[j]!)) j++;
    if (j >= last) return false;
    const t = tokens[j]!;
    const w = words[k]!;
    const reads = (x: string): boolean => (k === 0 ? tokenIs(t, x) : t.norm === x || t.key === x);
    if (!reads(w) && (w.endsWith('ا') || !reads(w + 'ا'))) return false;
    j++;
  }
  return true;
}

/** How far before a commitment word its subject may stand («بلاده ستظل», «نحن على الدوام مستعدون»). */
const COMMITMENT_REACH = 3;

/**
 * Is the subject of the commitment word at token `i` the speaker's side? It opens the content (the
 * pronoun of «أنه»/«أنها» before the content is its subject), or a self noun («بلاده») or a subject
 * pronoun («نحن», «إنها») stands just before it. «حفتر مستعد» commits Haftar, not the speaker.
 */
export function committedBySpeaker(tokens: readonly Token[], i: number, first: number, st: ActStances): boolean {
  let words = 0;
  for (let k = i - 1; k >= first && words < COMMITMENT_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.kind !== 'number' && t.kind !== 'latin') continue;
    words++;
    if (isOwnSide(t, st) || st.subjects.has(withoutConjunction(t) ?? t.norm) || st.subjects.has(t.norm)) return true;
  }
  return !tokens.slice(first, i).some((t) => t.kind === 'word' || t.kind === 'latin');
}
