import type { Token } from '../../doc/token.js';
import type { PrepRole } from './lexicon.js';
import type { TriggerHit } from './triggers.js';
import { isClauseBreak, type ActorGroup } from './view.js';

/**
 * Source and target of a trigger by syntax-light rules over the actor groups of its sentence.
 * Verbs: the subject follows the verb (VSO, «دعت روسيا») or precedes it in the same clause
 * («روسيا تدعو»). Masdars: the genitive after them is the actor («زيارة حفتر»), else the subject of
 * the clause before them («وجّه الوزير تحذيرا»). The target is the next actor after the trigger (and
 * after a following subject) unless a preposition marks it as a place or origin; actors after «بين»
 * are co-actors («اتفاق بين الجيش وقوات الوفاق»).
 */

export interface Roles {
  readonly source: readonly string[];
  readonly target: readonly string[];
  /** True when the source was found in the text (not supplied by a quote's speaker). */
  readonly subjectFound: boolean;
  /** True when the subject is written right after the trigger (a masdar's genitive agent: «زيارة حفتر»). */
  readonly subjectAfter: boolean;
}

/** How far (in tokens) a subject or target may be from its trigger. */
const SUBJECT_AFTER = 4;
const SUBJECT_BEFORE = 10;
const TARGET_AFTER = 10;

export interface Bounds {
  readonly first: number;
  /** Exclusive. */
  readonly end: number;
}

/** Whether token `k` closes a clause for the role rules. */
type BreakAt = (k: number) => boolean;

function clauseStart(from: number, bounds: Bounds, breakAt: BreakAt): number {
  for (let k = from - 1; k >= bounds.first; k--) if (breakAt(k)) return k + 1;
  return bounds.first;
}

function clauseEnd(from: number, bounds: Bounds, breakAt: BreakAt): number {
  for (let k = from + 1; k < bounds.end; k++) if (breakAt(k)) return k;
  return bounds.end;
}

const QUOTE_MARK = /^[«»"“”']+$/u;

/**
 * Quote marks that enclose a name or lie inside one («هاجمت تركيا «الجيش الوطني الليبي»», «قوات
 * حكومة «الوفاق»») mark the outlet's wording of that name, not a speaker's words: they do not close
 * the clause, so the name stays the verb's subject or object.
 */
function nameMarks(tokens: readonly Token[], groups: readonly ActorGroup[]): Set<number> {
  const out = new Set<number>();
  const mark = (k: number): boolean => tokens[k] !== undefined && tokens[k]!.kind !== 'word' && QUOTE_MARK.test(tokens[k]!.text);
  // Parentheses inside a name («(خليفة) حفتر») belong to it.
  const paren = (k: number): boolean => tokens[k]!.text === '(' || tokens[k]!.text === ')';
  for (const g of groups) {
    for (let k = g.first; k <= g.last; k++) if (mark(k) || paren(k)) out.add(k);
    if (mark(g.first - 1) && mark(g.last + 1)) {
      out.add(g.first - 1);
      out.add(g.last + 1);
    }
  }
  // «توفر «تدريب المراقبين المتقدمين» لقوات هذه الحكومة»: a short phrase the outlet quotes inside a
  // clause (a few words, no punctuation) is part of the clause, not a speaker's words.
  for (let k = 0; k < tokens.length; k++) {
    if (!mark(k)) continue;
    let j = k + 1;
    while (j < tokens.length && j - k <= QUOTED_PHRASE + 1 && tokens[j]!.kind !== 'punct' && tokens[j]!.kind !== 'symbol') j++;
    if (j < tokens.length && mark(j) && j - k > 1 && j - k <= QUOTED_PHRASE + 1) {
      out.add(k);
      out.add(j);
      k = j;
    }
  }
  return out;
}

/** Words a parenthetical set off by commas may hold («، اليوم الخميس،», «، بحسب تقييماتنا،»). */
const PARENTHETICAL = 4;

/**
 * Commas enclosing a short parenthetical with no actor in it («فإن قوات حفتر، بحسب تقييماتنا، مستعدة»,
 * «أعلن المسماري، اليوم الخميس، إعادة تمركز …»): the clause runs through them. The trigger itself
 * is never inside the parenthetical.
 */
function parentheticals(tokens: readonly Token[], groups: readonly ActorGroup[], bounds: Bounds, hit: TriggerHit): number[] {
  const out: number[] = [];
  const comma = (k: number): boolean => tokens[k]?.text === '،' || tokens[k]?.text === ',';
  for (let k = bounds.first; k < bounds.end; k++) {
    if (!comma(k)) continue;
    let j = k + 1;
    while (j < bounds.end && j - k <= PARENTHETICAL + 1 && tokens[j]!.kind === 'word') j++;
    if (j >= bounds.end || !comma(j) || j - k < 2 || j - k > PARENTHETICAL + 1) continue;
    if (hit.first > k && hit.first < j) continue;
    if (groups.some((g) => g.first > k && g.first < j)) continue;
    out.push(k, j);
    k = j - 1;
  }
  return out;
}

/** Words a quoted phrase inside a clause may hold. */
const QUOTED_PHRASE = 5;

/** A first-person verb («نريد», «سنقف», «أكدنا») speaks for the speaker. */
export function isFirstPerson(tokens: readonly Token[], hit: TriggerHit): boolean {
  const key = tokens[hit.first]!.key;
  // The matched form is itself a generated person form («نقبل»): the «ن» is the 1st-person prefix unless
  // the lemma starts with «ن» too («يناقش» → «نناقش»).
  if (hit.form.form === 'imperfect') return key.startsWith('ن') && (!hit.form.entry.lemma.startsWith('ن') || key.startsWith('نن'));
  if (hit.form.form === 'perfect') return key.endsWith('نا') && !hit.form.entry.lemma.endsWith('ن');
  return false;
}

/** Tokens a role phrase may span between its body and the person's name («المتحدث باسم الجيش، العقيد X»). */
const ROLE_TO_NAME = 5;

/** Punctuation allowed between a role phrase and the name it introduces: a comma and quote marks. */
function appositive(t: Token): boolean {
  return t.kind === 'word' || /^[،,«»"“”']+$/u.test(t.text);
}

/**
 * «بحث رئيس هيئة الأركان التركية يشار غولر»: the actors inside the role phrase (the state, the body)
 * stand before the person's name; the person is the subject, the others are his affiliations.
 */
function personAfterRole(tokens: readonly Token[], groups: readonly ActorGroup[], subject: ActorGroup,
  isPerson: (id: string) => boolean, triggerBetween: (a: number, b: number) => boolean = () => false): ActorGroup {
  if (subject.ids.some(isPerson)) return subject;
  let last = subject.last;
  for (const g of groups) {
    if (g.first <= last) continue;
    if (g.first - last > ROLE_TO_NAME || g.prep === 'none' || g.prep === 'source') return subject;
    // Inside a role phrase a body is joined by a proclitic («الناطق للجيش»); a separate preposition
    // («مع قيادة الجيش») opens an object, after which a name is no longer in apposition.
    if (g.prep !== null && tokens[g.first]!.parts[0]?.role !== 'proclitic') return subject;
    if (!tokens.slice(last + 1, g.first).every(appositive)) return subject;
    // A role phrase holds no event word: «… مع قيادة الجيش وبعد زيارة أداها المشير» starts another act.
    if (triggerBetween(last, g.first)) return subject;
    if (g.ids.some(isPerson)) return g;
    last = g.last;
  }
  return subject;
}

/** A word opened by the conjunction «و»: split off by the text core, or left on a «و»-initial word («ووجه»). */
function opensWithAnd(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  return (t.parts[0]?.role === 'proclitic' && t.parts[0].form === 'و') || t.key.startsWith('وو');
}

function isComma(t: Token): boolean {
  return t.text === '،' || t.text === ',';
}

/** A preposition carrying a pronoun («بهما», «لها», «عليه»): a short word with an enclitic and no stem of its own. */
function pronounPhrase(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.key.length <= 3
    && t.parts.some((p) => p.role === 'enclitic' || (p.role === 'proclitic' && (p.form === 'ب' || p.form === 'ل')));
}

/** How far after a relative verb its subject may start (a title or time word between). */
const RELATIVE_SUBJECT = 2;

/** The token at `i` when it is a word with a resumptive pronoun («أداها», «أجرتها», «أطلقته»), else null. */
function relativeVerbAt(tokens: readonly Token[], i: number, bounds: Bounds): number | null {
  const t = tokens[i];
  if (!t || i >= bounds.end || t.kind !== 'word') return null;
  if (t.parts.some((p) => p.role === 'proclitic')) return null;
  const enc = t.parts.find((p) => p.role === 'enclitic');
  return enc && (enc.form === 'ها' || enc.form === 'ه') ? i : null;
}


/** Whether «من قِبل» follows the masdar, before any other trigger. */
function agentMarkedAfter(tokens: readonly Token[], hit: TriggerHit, bounds: Bounds, otherTriggers: readonly TriggerHit[]): boolean {
  for (let k = hit.last + 2; k < Math.min(bounds.end, hit.last + 1 + TARGET_AFTER); k++) {
    if (otherTriggers.some((t) => t !== hit && t.first === k)) return false;
    if (tokens[k]!.key === 'قبل' && tokens[k - 1]!.norm === 'من') return true;
  }
  return false;
}

/** Words between a definite masdar and its relative pronoun (an adjective: «الهدنة الإنسانية التي»). */
const RELATIVE_AFTER_MASDAR = 1;

/**
 * «الهدنة الإنسانية التي أعلنها الجيش الوطني»: a definite masdar's relative clause whose verb resumes
 * it names its agent after that verb, as an indefinite masdar's relative verb does.
 */
export function relativeClauseVerb(tokens: readonly Token[], last: number, bounds: Bounds,
  relativeAt: ((k: number) => boolean) | undefined, agentVerbAt: ((k: number) => boolean) | undefined): number | null {
  if (!relativeAt || !agentVerbAt) return null;
  for (let k = last + 1; k <= last + 1 + RELATIVE_AFTER_MASDAR && k < bounds.end; k++) {
    if (tokens[k]!.kind !== 'word') return null;
    if (!relativeAt(k)) continue;
    // Only a verb that performs or declares the act names its agent (relative-agent-verbs.tsv): the
    // subject of «يواجهها» in «الضغوط التي يواجهها حالوتس» is the target of the pressure.
    const v = relativeVerbAt(tokens, k + 1, bounds);
    return v !== null && agentVerbAt(v) ? v : null;
  }
  return null;
}

/** A verb's own conjunction («ودعت», «فالتقى»): it opens a new coordinated clause. */
function hasConjunction(tokens: readonly Token[], hit: TriggerHit): boolean {
  return hit.conjunction || tokens[hit.first]!.parts.some((p) => p.role === 'proclitic' && (p.form === 'و' || p.form === 'ف'));
}

/** A masdar carrying a possessive pronoun («رفضها», «زيارته», «اتصالاتها»): the pronoun is its agent. */
export function hasOwnAgent(tokens: readonly Token[], hit: TriggerHit): boolean {
  return hit.form.form === 'noun' && hit.first === hit.last && tokens[hit.first]!.parts.some((p) => p.role === 'enclitic');
}

/** What the caller knows about a trigger's setting beyond the tokens and actor groups. */
export interface RoleContext {
  readonly isPerson?: (id: string) => boolean;
  /** What the preposition before a group makes of it for this trigger (verb frames). */
  readonly roleOf?: (g: ActorGroup) => PrepRole | null;
  /** The control verb governing a masdar trigger («نجحت … في طرد»), or null. */
  readonly controller?: number | null;
  /** The trigger is a circumstantial participle («متهماً», «داعيةً»): its subject is the clause's, never after it. */
  readonly participle?: boolean;
  /** The token of a relative pronoun the verb follows («الذين يشاركون»), or null. */
  readonly relative?: number | null;
  /** Whether token `k` is a relative pronoun («الذي», «التي»). */
  readonly relativeAt?: (k: number) => boolean;
  /** Whether token k is a verb whose subject is the agent of the masdar it resumes (relative-agent-verbs.tsv). */
  readonly agentVerbAt?: (k: number) => boolean;
  /** Whether token `k` lies in a role or title label of some mention («رئيس هيئة الأركان», «المشير»). */
  readonly labelled?: (k: number) => boolean;
}

export function resolveRoles(tokens: readonly Token[], groups: readonly ActorGroup[], hit: TriggerHit, bounds: Bounds,
  otherTriggers: readonly TriggerHit[], context: RoleContext = {}): Roles {
  const isPerson = context.isPerson ?? (() => false);
  const roleOf = context.roleOf ?? ((g: ActorGroup) => g.prep);
  const controller = context.controller ?? null;
  const marks = nameMarks(tokens, groups);
  parentheticals(tokens, groups, bounds, hit).forEach((k) => marks.add(k));
  const breakAt: BreakAt = (k) => isClauseBreak(tokens[k]!) && !marks.has(k);
  const cStart = clauseStart(hit.first, bounds, breakAt);
  const cEnd = clauseEnd(hit.last, bounds, breakAt);
  const inBounds = groups.filter((g) => g.first >= bounds.first && g.last < bounds.end);
  const after = inBounds.filter((g) => g.first > hit.last && g.first < cEnd);
  const before = inBounds.filter((g) => g.last < hit.first && g.first >= cStart).reverse();
  // Another trigger between a candidate and this one takes the candidate (it is that verb's subject).
  const blocked = (a: number, b: number): boolean => otherTriggers.some((t) => t !== hit && t.form.form !== 'noun' && t.first > a && t.first < b);

  let subject: ActorGroup | undefined;
  const verb = hit.form.form !== 'noun';
  const reach = verb ? SUBJECT_AFTER : 2;
  // A phrase trigger holds its own object («استدعاء السفير الفرنسي», «فتح تحقيق»): what follows it
  // qualifies that object, so its actor is the subject before it («قررت الجزائر استدعاء …»).
  const phrase = !verb && hit.last > hit.first;
  // «أن بلاده تدعم حكومة الوفاق»: a name written right before a verb without its own conjunction is
  // its subject (SVO); what follows is the object.
  const fronted = verb && !hasConjunction(tokens, hit) ? before.find((g) => g.last === hit.first - 1 && g.prep === null) : undefined;
  // «تتفق مصر مع حفتر برفضها التدخل التركي»: the pronoun on the masdar is its agent, which it resumes
  // from the clause's subject, past the verb it depends on; what follows the masdar is its object.
  const ownAgent = hasOwnAgent(tokens, hit);
  // «نجحت قوات الوفاق في طرد الانقلابيين»: a control verb's subject is its masdar's agent — written
  // between the verb and the masdar (VSO) or right before the verb (SVO) — and what follows the
  // masdar is its object.
  if (controller !== null && !verb) {
    const between = inBounds.find((g) => g.first > controller && g.last < hit.first && g.prep === null);
    const fronting = inBounds.filter((g) => g.last < controller && g.prep === null).at(-1);
    subject = between ?? (fronting && controller - fronting.last <= 2 ? fronting : undefined);
  }
  // A masdar's genitive agent follows it with at most a title between («زيارة المشير حفتر»); a word
  // with a preposition between starts another phrase whose genitive the name is («أسفه لصمت المجتمع الدولي»).
  const phraseBetween = (g: ActorGroup): boolean => !verb && tokens.slice(hit.last + 1, g.first)
    .some((t) => t.parts.some((p) => p.role === 'proclitic' && (p.form === 'ل' || p.form === 'ب')));
  // Words between a verb and its subject are the subject's role or title («بحث رئيس هيئة الأركان
  // التركية …», «وصل المشير …»); other words make the name part of an object («وسيزور مقر السفارة»).
  const labelled = context.labelled;
  const labelledBetween = (g: ActorGroup): boolean => labelled !== undefined
    && tokens.slice(hit.last + 1, g.first).every((t, n) => t.kind !== 'word' || labelled(hit.last + 1 + n));
  const roleBetween = (g: ActorGroup): boolean => !verb || !labelled || labelledBetween(g);
  // A masdar's genitive agent may follow a role phrase («زيارة وزير الدفاع الإيطالي لورينزو غويريني»).
  const inReach = (g: ActorGroup): boolean => g.first - hit.last <= reach
    || (!verb && g.first - hit.last <= SUBJECT_AFTER && labelledBetween(g));
  if (!subject) subject = fronted ?? (phrase || ownAgent || controller !== null || context.participle ? undefined
    : after.find((g) => g.prep === null && inReach(g) && !blocked(hit.last, g.first) && !phraseBetween(g) && roleBetween(g)));
  if (!subject && ownAgent) {
    // Past the verb only when the masdar is that verb's adjunct («برفضها», «لزيارته»); a bare one is
    // its object, a topic with no agent of its own here («بحث X مع Y استعدادها»).
    const adjunct = tokens[hit.first]!.parts.some((p) => p.role === 'proclitic' && (p.form === 'ب' || p.form === 'ل'));
    subject = inBounds.filter((g) => g.last < hit.first && hit.first - g.last <= SUBJECT_BEFORE && g.prep === null
      && (adjunct || !blocked(g.last, hit.first))).reverse()[0];
  }
  // «زيارة أداها المشير حفتر», «اتصالات أجرتها جهات أمريكية»: an indefinite masdar's relative verb
  // (a verb carrying the pronoun that resumes the masdar) names its agent right after it.
  if (!subject && !verb) {
    // A preposition carrying a pronoun may stand between («انفجار لغم بهما زرعته مليشيات حفتر»).
    const rel = relativeVerbAt(tokens, hit.last + 1, bounds)
      ?? (pronounPhrase(tokens[hit.last + 1]) ? relativeVerbAt(tokens, hit.last + 2, bounds) : null)
      ?? relativeClauseVerb(tokens, hit.last, bounds, context.relativeAt, context.agentVerbAt);
    if (rel !== null) subject = after.find((g) => g.prep === null && g.first > rel && g.first - rel <= RELATIVE_SUBJECT);
    // «وأشار لافروف، في تصريح عقب مؤتمر افتراضي عقده مع نظرائه»: a relative verb with no agent
    // after it has the pronoun subject of the sentence's speaker, the nearest name before (commas aside).
    if (rel !== null && !subject) {
      subject = inBounds.filter((g) => g.last < hit.first && g.prep === null && hit.first - g.last <= SUBJECT_BEFORE
        && !blocked(g.last, hit.first)).at(-1);
    }
  }
  const anyTrigger = (a: number, b: number): boolean => otherTriggers.some((t) => t !== hit && t.first > a && t.first < b);
  // The role-phrase reading needs a role word between the trigger and the body («بحث رئيس هيئة
  // الأركان التركية يشار غولر»); a name right after the verb is the subject itself («هاجمت تركيا
  // «الجيش الوطني الليبي» بقيادة المشير خليفة حفتر»: the army and Haftar are the object).
  const headed = subject !== undefined && tokens.slice(hit.last + 1, subject.first).some((t) => t.kind === 'word');
  if (subject && subject !== fronted && headed) subject = personAfterRole(tokens, inBounds, subject, isPerson, anyTrigger);
  // «أولئك الذين يشاركون فيها», «الانقلابيين الذين كانوا يتوعدون»: a verb after a relative pronoun has
  // the pronoun's antecedent as subject — the name right before it, or none.
  // The antecedent comes first: what follows such a verb is its object («… يتوعدون أشقاءنا الليبيين»),
  // unless the verb carries the pronoun that resumes the antecedent («التي أعلنها الجيش»).
  const relative = context.relative ?? null;
  const antecedent = relative === null ? undefined : inBounds.find((g) => g.last === relative - 1 && g.prep === null);
  const resumed = tokens[hit.first]!.parts.some((p) => p.role === 'enclitic');
  if (antecedent && !resumed) subject = antecedent;
  // «تفقد خلوصي أكار قوات بلاده في ليبيا التي وصلها أمس»: a verb resuming its antecedent as object with
  // no subject after it has the pronoun subject of the clause the relative clause hangs on — its first name.
  // A person antecedent is the verb's own subject, the pronoun another party («ماركو فان باستن الذي
  // استبعده»: van Basten dropped him; checked on ANERcorp, docs/DESIGN.md).
  const personAntecedent = antecedent !== undefined && antecedent.ids.some((id) => context.isPerson?.(id) === true);
  if (!subject && relative !== null && resumed && !personAntecedent) {
    subject = inBounds.find((g) => g.first >= cStart && g.last < relative && g.prep === null && !blocked(g.last, relative));
  }
  if (!subject && relative !== null) subject = antecedent;
  else if (!subject) subject = before.find((g) => g.prep === null && hit.first - g.last <= SUBJECT_BEFORE && !blocked(g.last, hit.first));
  // «تفقد وزير الدفاع التركي خلوصي أكار قوات بلاده هناك، ووجه تحذيرا …»: a clause opened by «و» after
  // a comma, with no subject of its own, shares the subject of the clause before (its first name).
  // Only the clause's own verb, or the object right after it («ووجه تحذيرا»), shares it.
  const clauseHead = !subject && relative === null && cStart > bounds.first && hit.first - cStart <= 1 && isComma(tokens[cStart - 1]!);
  if (clauseHead && opensWithAnd(tokens[cStart])) {
    const pStart = clauseStart(cStart - 1, bounds, breakAt);
    const first = inBounds.find((g) => g.first >= pStart && g.last < cStart - 1 && g.prep === null);
    if (first) subject = personAfterRole(tokens, inBounds, first, isPerson, anyTrigger);
  } else if (clauseHead && context.relativeAt) {
    // «فتحي باشاغا الذي يزور باريس حالياً، سيجري محادثات …»: a relative clause set off by a comma
    // stands between the subject and its verb; the subject is the relative pronoun's antecedent.
    const pStart = clauseStart(cStart - 1, bounds, breakAt);
    for (let r = cStart - 2; r >= pStart && !subject; r--) {
      if (!context.relativeAt(r)) continue;
      subject = inBounds.find((g) => g.last === r - 1 && g.prep === null);
      break;
    }
  }

  // «تشهد انتهاكات مستمرة، من قبل الجماعات المسلحة»: the agent written after «من قِبل» — an actor,
  // added below, or one we do not know — is the masdar's; no name before it takes its place.
  if (subject && !verb && subject.last < hit.first && agentMarkedAfter(tokens, hit, bounds, otherTriggers)) subject = undefined;
  const source = new Set(subject?.ids ?? []);
  const target = new Set<string>();
  const from = subject && subject.first > hit.last ? subject.last : hit.last;
  // The object follows the subject, in the clause the subject ends (an appositive comma after a
  // name does not close it: «بحث X، مع نظيره …»).
  const objectEnd = clauseEnd(from + (tokens[from + 1]?.text === '،' || tokens[from + 1]?.text === ',' ? 1 : 0), bounds, breakAt);
  const objects = inBounds.filter((g) => g.first > from && g.first < objectEnd);
  for (const g of objects) {
    // A call's recipient may stand at the end of what it asks for («طالب في تصريحات … بقطع جميع
    // المساعدات الخارجية لحفتر»): calls look to the end of their clause.
    const prep = roleOf(g);
    // Co-actors and an agent after «من قِبل» belong to the act anywhere in its clause («الاعتداء الذي
    // حصل قرب قاعدة الوطية قبل عدة أيام من قِبل حفتر»).
    if (g === subject || (g.first - from > TARGET_AFTER && hit.form.entry.type !== 'REQUEST' && prep !== 'source')) continue;
    if (blocked(hit.last, g.first)) break;
    if (prep === 'source') {
      // Co-actors belong to the nearest act before them («قلقها من التفاهمات … بين X وY»: the understandings').
      // A masdar with a preposition on it between them («التفاهمات العسكرية بوقف إطلاق النار في ليبيا بين …»)
      // is a complement of this act, not another head.
      const head = otherTriggers.some((t) => t !== hit && t.first > hit.last && t.first < g.first
        && !tokens[t.first]!.parts.some((p) => p.role === 'proclitic' && (p.form === 'ب' || p.form === 'ل')));
      if (!head) g.ids.forEach((id) => source.add(id));
      continue;
    }
    if (prep === 'none') continue;
    const ids = g.ids.filter((id) => !source.has(id));
    if (ids.length === 0) continue;
    ids.forEach((id) => target.add(id));
    // «مع رئيس المفوضية العليا للانتخابات عماد السايح»: the body in the role phrase and the person.
    const person = personAfterRole(tokens, objects, g, isPerson, anyTrigger);
    if (person !== g) for (const o of objects) if (o.first > g.last && o.last <= person.last) o.ids.forEach((id) => target.add(id));
    break;
  }
  const subjectAfter = subject !== undefined && subject.first > hit.last;
  const roles = { source: [...source], target: [...target], subjectFound: source.size > 0, subjectAfter };
  return hit.form.entry.reverse && roles.target.length > 0
    ? { source: roles.target, target: roles.source, subjectFound: true, subjectAfter }
    : roles;
}
