import type { Token } from '../../doc/token.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { matchKey } from '../../text/normalize.js';
import { wordKey } from './forms.js';
import type { TriggerHit } from './triggers.js';

/**
 * Where a nominal trigger (a masdar) stands in its phrase. Only what an article reports as having
 * happened is an event (README), and a masdar often names a topic instead: the complement of a
 * preposition of topic («بشأن المفاوضات»), the genitive of a noun that names an aspect of it
 * («نجاح المفاوضات», «استئناف المحادثات», «تعزيز التعاون»), or an intended act («لتوقيع اتفاق»,
 * «بهدف تعزيز»). Such a masdar is no event unless it has its own agent, which the caller checks.
 */

export type ComplementKind = 'topic-prep' | 'topic-head' | 'light-head' | 'purpose' | 'undergo' | 'deliver' | 'proposal' | 'schedule' | 'during';

/** topic: after a topic preposition; aspect: the genitive of a topic head («نتائج اجتماعات اللجنة»); planned: scheduled («موعد اجتماع»). */
export type Standing = 'topic' | 'aspect' | 'purpose' | 'planned' | 'free';

/** Word key → its kinds (a word may be listed twice: «اتفاق» is a topic head and a proposal). */
export type Complements = ReadonlyMap<string, readonly ComplementKind[]>;

let cached: Complements | undefined;

export function loadComplements(file = dataPath('events', 'complements.tsv')): Complements {
  if (cached && file === dataPath('events', 'complements.tsv')) return cached;
  const map = new Map<string, ComplementKind[]>();
  for (const row of readTable(file).rows) {
    const word = row.cells['word']!;
    const kind = row.cells['kind'] as ComplementKind;
    for (const key of new Set([wordKey(word), matchKey(word)])) map.set(key, [...(map.get(key) ?? []), kind]);
  }
  if (file === dataPath('events', 'complements.tsv')) cached = map;
  return map;
}

/** The word's kind as a head or governor (a proposal is a separate property, see rejectsAnAct). */
function kindOf(t: Token, c: Complements): ComplementKind | undefined {
  return (c.get(t.key) ?? c.get(t.norm) ?? []).find((k) => k !== 'proposal');
}

function isProposal(t: Token, c: Complements): boolean {
  return [...(c.get(t.key) ?? []), ...(c.get(t.norm) ?? [])].includes('proposal');
}

function has(t: Token, role: 'proclitic' | 'enclitic', form?: string): boolean {
  return t.parts.some((p) => p.role === role && (form === undefined || p.form === form));
}

/** «تعزيز», «تحديد», «تنظيم»: the verbal noun of form II (تَفْعِيل), a head noun by its shape. */
function isTaf3il(key: string): boolean {
  return key.length === 5 && key[0] === 'ت' && key[3] === 'ي';
}

/** How far back a verb of undergoing may stand before its «لـ»+masdar (its subject between). */
const UNDERGO_REACH = 4;

function undergone(tokens: readonly Token[], sentFirst: number, at: number, c: Complements): boolean {
  for (let k = at - 1; k >= Math.max(sentFirst, at - UNDERGO_REACH); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (kindOf(t, c) === 'undergo') return true;
  }
  return false;
}

/**
 * How the masdar starting at `hit.first` stands: a topic (after a topic preposition or as the
 * genitive of a topic head), a purpose (with the purpose «لـ» or after a word of purpose), or free.
 */
export function standingOf(tokens: readonly Token[], sentFirst: number, hit: TriggerHit, c: Complements): Standing {
  const t = tokens[hit.first]!;
  const prev = hit.first > sentFirst ? tokens[hit.first - 1] : undefined;
  const prevKind = prev && prev.kind === 'word' ? kindOf(prev, c) : undefined;
  // «لتحديد موعد اجتماع معها», «موعد للاجتماع»: a meeting being scheduled is planned, a future act.
  if (prevKind === 'schedule') return 'planned';
  // «لتوقيع اتفاق», «لاستهداف القوات»: the purpose «لـ» (but «تعرض مقر البرلمان لهجوم» is an attack undergone).
  if (has(t, 'proclitic', 'ل')) return undergone(tokens, sentFirst, hit.first, c) ? 'free' : 'purpose';
  if (prevKind === 'purpose') return 'purpose';
  // «لتنفيذ تعهداته», «لإجراء محادثات»: the genitive of a support noun that carries the purpose «لـ»
  // is the act intended.
  if (prev && prevKind === 'light-head' && has(prev, 'proclitic', 'ل') && !undergone(tokens, sentFirst, hit.first - 1, c)) return 'purpose';
  if (prevKind === 'topic-prep') return 'topic';
  // The construct state: a head noun without article or pronoun right before the masdar, which
  // itself carries no preposition («نجاح المفاوضات», not «نجاح في المفاوضات»).
  // A conjunct («تجنيد وتدريب») is no genitive of the word before it.
  if (has(t, 'proclitic', 'و')) return conjunctStanding(tokens, sentFirst, hit.first, c);
  if (!prev || prev.kind !== 'word' || has(t, 'proclitic', 'ب')) return 'free';
  if (has(prev, 'proclitic', 'ال') || has(prev, 'enclitic')) return 'free';
  if (prevKind === 'topic-head') return 'aspect';
  // A head known only by its تفعيل shape (it may be a name: «تركيا») names a topic, not surely an aspect.
  if (prevKind === undefined && isTaf3il(prev.key)) return 'topic';
  return 'free';
}

/** How far back the head of a coordinated list may stand («لإعادة ترتيب صفوف الجيش الليبي وتدريبه»). */
const CONJUNCT_REACH = 6;

/**
 * A masdar joined by «و» to a list shares the standing of the list's head: «لإعادة ترتيب صفوف الجيش
 * وتدريبه» is an aim, «في مجالات مكافحة الإرهاب والجريمة المنظمة والتدريب» a topic. The head is a
 * word with the purpose «لـ» or a topic head/preposition, within a few words, in the same clause.
 */
function conjunctStanding(tokens: readonly Token[], sentFirst: number, at: number, c: Complements): Standing {
  for (let k = at - 1; k >= Math.max(sentFirst, at - CONJUNCT_REACH); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return 'free';
    const kind = kindOf(t, c);
    if (kind === 'topic-head' || kind === 'topic-prep') return 'topic';
    if (kind === 'purpose') return 'purpose';
    if (has(t, 'proclitic', 'ل') && !has(t, 'proclitic', 'و') && !undergone(tokens, sentFirst, k, c)) return 'purpose';
  }
  return 'free';
}

/** How far before the support it governs a verb of giving may stand (its subject between: «قدمت الإمارات دعما»). */
const DELIVER_REACH = 3;

/** Support governed by a verb or noun of giving («قدموا دعما», «تقديم الدعم») is delivered aid. */
export function isDelivered(tokens: readonly Token[], sentFirst: number, hit: TriggerHit, c: Complements): boolean {
  for (let k = hit.first - 1; k >= Math.max(sentFirst, hit.first - DELIVER_REACH); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (kindOf(t, c) === 'deliver') return true;
  }
  return false;
}

/** How many tokens a discussion verb's object may stand after it (its subject and a «مع» phrase between). */
const DISCUSSED_REACH = 24;

/**
 * A bare masdar that is the object of a verb of discussion («بحث X مع Y استعدادها», «ناقشا تعزيز
 * التعاون»): what was discussed is a topic, not a happening. The verb is the nearest trigger before
 * it in the sentence, a CONSULT verb without mode (talks, not visits or calls), and nothing but its
 * subject and objects stand between (no full stop, no other trigger).
 */
export function isDiscussed(tokens: readonly Token[], hits: readonly TriggerHit[], hit: TriggerHit): boolean {
  const t = tokens[hit.first]!;
  if (hit.form.form !== 'noun' || has(t, 'proclitic', 'ب') || has(t, 'proclitic', 'ل') || has(t, 'proclitic', 'و')) return false;
  const prev = hits.filter((h) => h.last < hit.first).at(-1);
  if (!prev || prev.form.form === 'noun' || prev.form.entry.type !== 'CONSULT' || prev.form.entry.mode !== null) return false;
  if (hit.first - prev.last > DISCUSSED_REACH) return false;
  return tokens.slice(prev.last + 1, hit.first).every((x) => x.kind !== 'punct' || x.text === '،' || x.text === ',' || /^[«»"“”]+$/u.test(x.text));
}

/**
 * The object of a rejection, when it names another party's act rather than a proposal: «رفضها
 * التدخل التركي» disapproves of Turkey's intervention (ACCUSE), «رفض المبادرة المصرية» refuses an
 * offer (REJECT). The object is the word right after the trigger; it must carry the article (a
 * definite act) and not be listed as a proposal.
 */
export function rejectsAnAct(tokens: readonly Token[], hit: TriggerHit, c: Complements): boolean {
  const o = tokens[hit.last + 1];
  if (!o || o.kind !== 'word' || !has(o, 'proclitic', 'ال') || has(o, 'proclitic', 'ب') || has(o, 'proclitic', 'ل')) return false;
  return !isProposal(o, c);
}

/** «خلال زيارة»: the masdar stands right after a preposition of time that makes it the frame of another act. */
export function isDuring(tokens: readonly Token[], hit: TriggerHit, c: Complements): boolean {
  const prev = tokens[hit.first - 1];
  return prev !== undefined && prev.kind === 'word' && [...(c.get(prev.key) ?? []), ...(c.get(prev.norm) ?? [])].includes('during');
}
