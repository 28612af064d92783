import { sentenceStart, type QuoteDoc } from './doc.js';
import type { Span } from '../../doc/span.js';
import type { Candidate } from './speakers.js';
import { isComma, isFinalPunct, isWord, quoteMark } from './tokens.js';

/** A cue's subject found after it: the chosen speaker, where the phrase began and the first token after it. */
export interface Subject {
  readonly speaker: Candidate;
  readonly first: number;
  readonly after: number;
}

const free = (c: Candidate): boolean => !c.governed;

/** How many words a role phrase may run before its name («وزير الخارجية بحكومة «الوفاق» محمد سيالة»). */
const ROLE_PHRASE_WORDS = 8;

/**
 * The subject after the cue (VSO): a chain of speaker candidates (with their own labels), commas,
 * quotation marks and time words, starting right after the cue («أعلن الناطق باسم قوات القيادة
 * العامة، اللواء أحمد المسماري، اليوم الخميس، …»). A person named in the chain wins over the body
 * he speaks for; role words («وزير», «رئيس») may open the chain before its first mention.
 */
export function forwardSubject(doc: QuoteDoc, from: number, limit: number, inChannel: (i: number) => boolean): Subject | null {
  const { tokens, lex } = doc;
  const chain: Candidate[] = [];
  let i = from;
  let first = -1;
  let rolePhrase = 0;
  let spokenFor: { speaker: Candidate; after: number } | null = null;
  while (i < limit) {
    const t = tokens[i]!;
    const here = doc.candidates.find((c) => c.extFirst <= i && i < c.end && free(c) && !inChannel(c.first));
    // «اتهم لافروف الولايات المتحدة بـ…»: a body named right after a person, with nothing between, is the
    // verb's object, not an apposition (those are set off by a comma or a role word).
    const last = chain[chain.length - 1];
    if (here && last && last.person && !here.person && here.extFirst === last.end) break;
    if (here && (chain.length === 0 || here.extFirst >= chain[chain.length - 1]!.end || here.first >= i)) {
      if (first < 0) first = Math.min(i, here.extFirst);
      chain.push(here);
      i = here.end;
      continue;
    }
    const inside = chain.length > 0 ? doc.candidates.find((c) => c.first <= i && i < c.end) : undefined;
    if (inside) {
      i = inside.end;
      continue;
    }
    // «السفير الأمريكي في ليبيا، ريتشارد نورلاند»: a preposition with its governed name stays in the subject phrase.
    const nextGoverned = doc.candidates.find((c) => c.first === i + 1 && c.governed);
    if (chain.length > 0 && nextGoverned && lex.links.get(t.norm) === 'blocker') {
      i = nextGoverned.end;
      continue;
    }
    // Quotation marks around a name («“حافظ”») stay in the chain; a quotation opening what was said does not.
    const mark = quoteMark(t);
    const aroundName = mark !== null && (doc.candidates.some((c) => c.first === i + 1) || doc.pairs.openOf.has(i));
    if (isComma(t) || aroundName || lex.links.get(t.norm) === 'time' || inChannel(i)) {
      i++;
      continue;
    }
    const link = lex.links.get(t.norm);
    if (chain.length === 0 && (link === 'role' || link === 'title')) {
      // A role phrase («المتحدث باسم الأمين العام للأمم المتحدة، ستيفن دوجاريك»): read on to the name.
      if (first < 0) first = i;
      rolePhrase = ROLE_PHRASE_WORDS;
      i++;
      continue;
    }
    if (chain.length === 0 && rolePhrase > 0 && isWord(t) && !lex.cues.has(t.norm) && lex.links.get(t.norm) !== 'complementizer') {
      // «نفى المتحدث باسم قوات حفتر ذلك»: the body a role speaks for, should no name follow.
      const body = doc.candidates.find((c) => c.first === i + 1 && c.governed && !c.person);
      if (body && lex.links.get(t.norm) === 'blocker' && !spokenFor) spokenFor = { speaker: body, after: body.end };
      rolePhrase--;
      i++;
      continue;
    }
    break;
  }
  if (chain.length === 0) {
    if (!spokenFor || i < spokenFor.after) return null;
    return { speaker: spokenFor.speaker, first: first < 0 ? from : first, after: spokenFor.after };
  }
  const pick = chain.find((c) => c.person && c.named) ?? chain.find((c) => c.person) ?? chain[0]!;
  let after = i;
  while (after > chain[chain.length - 1]!.end && (isComma(tokens[after - 1]!) || lex.links.get(tokens[after - 1]!.norm) === 'time')) after--;
  void isWord;
  return { speaker: pick, first: first < 0 ? from : first, after };
}

/** The source named right before the preposition that governs `c` («مصدر مسؤول | في وزارة الدفاع»), free or quoted «عن». */
function affiliatedSource(doc: QuoteDoc, c: Candidate): Candidate | null {
  const p = Math.min(c.first, c.extFirst) - 1;
  if (p < 0 || doc.lex.links.get(doc.tokens[p]!.norm) !== 'blocker') return null;
  const d = doc.candidates.find((x) => x.end === p);
  return d && (free(d) || afterSourceWord(doc, d.first)) ? d : null;
}

/** A free mention ending right before the verb: its subject in SVO order («لكن حفتر دعا», «وزارة الدفاع التركية أعلنت»). */
export function adjacentSubject(doc: QuoteDoc, cueFirst: number): Candidate | null {
  const c = doc.candidates.find((x) => x.end === cueFirst);
  if (!c || doc.sentenceOf[c.first] !== doc.sentenceOf[cueFirst]) return null;
  if (/\n/u.test(doc.text.slice(doc.tokens[c.end - 1]!.end, doc.tokens[cueFirst]!.start))) return null;
  // A verb right after a noun, even one governed by a preposition, has it as subject: «بشأن تقارير صحافية أفادت بـ…».
  return c;
}

/** A subject a few words before the cue in the same sentence («وكان باشاغا الذي قال إنه»). */
export function backwardSubject(doc: QuoteDoc, cueFirst: number, owned = false): Candidate | null {
  const { tokens } = doc;
  const start = sentenceStart(doc, cueFirst);
  for (let i = cueFirst - 1, gap = 0; i >= start && gap <= 2; i--) {
    const t = tokens[i]!;
    if (isFinalPunct(t) || quoteMark(t) !== null || doc.lex.cues.has(t.norm)) return null;
    const c = doc.candidates.find((x) => x.first <= i && i < x.end);
    // «نقل عن مصادر رسمية قولها»: with a possessive verbal noun, the one quoted «عن» is the speaker.
    if (c && (free(c) || (owned && c.end === cueFirst && afterSourceWord(doc, c.first)))) return c;
    // «نقلت الوكالة عن مصدر مسؤول في وزارة الدفاع قوله»: the source's affiliation stands between it and the noun.
    if (c && owned && c.end === cueFirst) return affiliatedSource(doc, c);
    if (c) return null;
    if (isWord(t)) gap++;
  }
  return null;
}

/** For a participle with no quote before it in its sentence: the first free mention of the sentence (its main subject). */
export function sentenceSubject(doc: QuoteDoc, cueFirst: number): Candidate | null {
  const start = sentenceStart(doc, cueFirst);
  return doc.candidates.find((c) => c.first >= start && c.first < cueFirst && free(c)) ?? null;
}

/** A carried speaker with no earlier quote: the most recent free person mention before the cue. */
export function latestPerson(doc: QuoteDoc, cueFirst: number): string | null {
  for (let k = doc.candidates.length - 1; k >= 0; k--) {
    const c = doc.candidates[k]!;
    if (c.end <= cueFirst && free(c) && c.person) return c.speaker;
  }
  return null;
}

/** Is the candidate at `first` right after the last word of a source phrase («نقل عن»)? */
function afterSourceWord(doc: QuoteDoc, first: number): boolean {
  const prev = doc.tokens[first - 1];
  if (!prev) return false;
  return doc.lex.linkPhrases.some((p) => p.role === 'source' && p.words[p.words.length - 1] === prev.norm);
}

/** Words that may stand between «الأخيرة» and its verb («فيما كانت الأخيرة تؤكد»): none but the copula, read as any word. */
const ANAPHOR_REACH = 2;

/**
 * «وذلك فيما كانت الأخيرة تؤكد أن …», «وأكد الأخير أن …»: «the latter» next to a verb cue is its
 * subject and stands for the actor named last before it (in this sentence or the one before). Returns
 * that actor with the anaphor's span, or null.
 */
export function anaphoricSubject(doc: QuoteDoc, cueFirst: number, cueEnd: number): { speaker: string; span: Span } | null {
  const { tokens, lex } = doc;
  let at = -1;
  if (cueEnd < tokens.length && lex.links.get(tokens[cueEnd]!.norm) === 'anaphor') at = cueEnd;
  for (let i = cueFirst - 1; at < 0 && i >= 0 && i >= cueFirst - ANAPHOR_REACH; i--) {
    if (lex.links.get(tokens[i]!.norm) === 'anaphor') at = i;
  }
  if (at < 0) return null;
  const from = sentenceStart(doc, Math.max(0, sentenceStart(doc, at) - 1));
  let best: Candidate | null = null;
  for (const c of doc.candidates) if (c.end <= at && c.first >= from && c.speaker !== 'unnamed_sources') best = c;
  const t = tokens[at]!;
  return best ? { speaker: best.speaker, span: { start: t.start, end: t.end } } : null;
}
