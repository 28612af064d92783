import type { Quote, PloverType } from '../../doc/annotations.js';
import { contains, overlaps, type Span } from '../../doc/span.js';
import type { Sentence, Token } from '../../doc/token.js';
import { VERBAL_TYPES, type EventLexicon } from './lexicon.js';
import { ABOUT_REACH, headOf } from './statements.js';
import { commitsOwnSide } from './threats.js';
import { cueAt, polarityOf } from './triggers.js';
import { tokenRange, type MentionAt } from './view.js';

/**
 * Statements as events of their own: a quote whose speech act is a PLOVER category
 * (data/events/quote-acts.tsv) and that no trigger coded yet is an event on its cue.
 */

/** An event being built by the stage. */
export interface Draft {
  type: PloverType;
  mode: string | null;
  trigger: Span;
  source: string[];
  target: string[];
  quote: number | null;
  sentence: Sentence;
}

/** Categories that are only ever said, never done: a statement holding one is no report of a deed or stand. */
const VERBAL_ONLY: ReadonlySet<PloverType> = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);

export interface StatementContext {
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly quotes: readonly Quote[];
  readonly lex: EventLexicon;
  readonly ms: readonly MentionAt[];
  readonly affil: ReadonlyMap<string, readonly string[]>;
  /** The speaker of quote `qi` when it is a known actor. */
  readonly speakerOf: (qi: number) => string | null;
  readonly withAffiliations: (ids: readonly string[]) => string[];
  /** The speaker, the bodies it speaks for and their parents. */
  readonly sideOf: (speaker: string) => ReadonlySet<string>;
}

/** Adds to `drafts` the statements that are events by their speech act. */
export function addStatementEvents(drafts: Draft[], ctx: StatementContext): void {
  const { sentences, tokens, quotes, lex, ms, affil, speakerOf, withAffiliations, sideOf } = ctx;
  quotes.forEach((q, qi) => {
    const coded = lex.quoteActs.get(q.act);
    const speaker = speakerOf(qi);
    // A statement a trigger already coded — the same category, or a verbal act at the head of its
    // words, the attitude the cue voices («أعرب عن قلقه» → the ACCUSE of «قلقه») — is not coded twice;
    // another statement of the same speaker in the same sentence («…، مشيرة إلى …») is an act of its own.
    if (!coded || !speaker) return;
    const head = headOf(tokens, q.content);
    if (drafts.some((d) => d.quote === qi && (d.type === coded.type || (VERBAL_TYPES.has(d.type) && d.trigger.start < head)))) return;
    const trigger = q.cue ?? q.content;
    const sentence = sentences.find((s) => s.start <= trigger.start && trigger.start < s.end);
    if (!sentence) return;
    // «في حال أبدى المجتمع الدولي رغبة …»: a statement under a condition or negation is none made.
    const cueFirst = tokenRange(tokens, trigger).first;
    if (polarityOf(tokens, sentence.tokens.first, sentence.tokens.end, { first: cueFirst }, lex) !== 'fact') return;
    // «صدرت التعليمات لقواتنا ببدء الهجوم … مليشيات حفتر الإرهابية», «وقوف تركيا إلى جانب … الذين
    // يحاربون الإرهابيين»: words reporting a deed or stand of the speaker's own side are that act; the
    // loaded words naming its adversary in them are labels, not an accusation the statement makes.
    if (coded.type === 'ACCUSE' && drafts.some((d) => d.quote !== qi && !VERBAL_ONLY.has(d.type)
      && contains(q.content, d.trigger) && !d.source.includes(speaker) && d.source.some((id) => sideOf(speaker).has(id)))) return;
    // «لن نتراجع عن إعادة بسط سيطرة الدولة»: a promise whose words open with a negation vows not to do
    // something — resolve, not the future cooperation or concession an AGREE promises.
    if (coded.type === 'AGREE' && opensWithNegation(tokens, q.content, lex)) return;
    // A warning is a threat only when the speaker's side commits to a deed (quote-acts.tsv requires).
    if (coded.ownFuture && !commitsOwnSide(tokens, q.content)) return;
    // A verbal trigger of the speaker on the cue itself or inside the content stands for the statement.
    if (drafts.some((d) => d.type === coded.type && d.source.includes(speaker)
      && (overlaps(d.trigger, trigger) || contains(q.content, d.trigger)))) return;
    // «صرح المتحدث بأن الوزير أكد … أنه يجب …»: a call coded inside the words is the act reported,
    // whoever it is attributed to; the report is not a second call.
    if (drafts.some((d) => d.type === coded.type && d.quote !== qi && contains(q.content, d.trigger))) return;
    let target: string[] = [];
    // «وقال عن حفتر "…"»: the actor the cue says the words are about.
    const about = q.cue === null ? undefined : ms.find((m) => m.prepWord === 'عن' && m.mention.actorId !== speaker
      && m.mention.span.start >= q.cue!.end && m.mention.span.end <= q.content.start
      && m.first - tokenRange(tokens, q.cue!).last <= ABOUT_REACH);
    if (about) target = [about.mention.actorId];
    else if (q.target && q.target !== speaker) target = [q.target];
    else if (coded.type === 'ACCUSE' || coded.type === 'THREATEN') {
      const m = ms.find((x) => contains(q.content, x.mention.span) && x.mention.actorId !== speaker
        && !(affil.get(speaker) ?? []).includes(x.mention.actorId));
      if (m) target = [m.mention.actorId];
    }
    const sources = withAffiliations([speaker]);
    // «تواصل اتصالاتها مع حفتر والسراج، قائلاً: "نوجه إشارة واضحة بأن …"»: a call that names no
    // addressee is addressed to the parties the speaker's side was just said to be in talks with.
    if (coded.type === 'REQUEST' && target.length === 0) {
      const talks = drafts.filter((d) => d.type === 'CONSULT' && d.sentence === sentence && d.trigger.end <= trigger.start
        && d.source.some((id) => sideOf(speaker).has(id))).at(-1);
      if (talks) target = [...talks.target];
    }
    drafts.push({ type: coded.type, mode: coded.mode, trigger, source: sources, target: target.filter((id) => !sources.includes(id)), quote: qi, sentence });
  });
}

/** Whether the statement's words open with a negation cue («لن نتراجع», «لا نقبل»). */
function opensWithNegation(tokens: readonly Token[], content: Span, lex: EventLexicon): boolean {
  const { first, last } = tokenRange(tokens, content);
  for (let k = first; k <= last; k++) {
    if (tokens[k]!.kind !== 'word') continue;
    return cueAt(tokens, k, last + 1, lex)?.kind === 'negation';
  }
  return false;
}
