import type { ArticleWith } from '../../doc/article.js';
import type { Event, PloverType, Quote } from '../../doc/annotations.js';
import { contains, type Span } from '../../doc/span.js';
import type { Token } from '../../doc/token.js';
import { defineStage } from '../../pipeline/stage.js';
import { toEvents, VIOLENT } from './output.js';
import { conditionTarget, coordinatedWith, sharedSvoSubject, leavesGovernedClause, objectOfAct, objectOfSameAct, relativeBefore } from './clauses.js';
import { controllerOf, loadControlVerbs } from './control.js';
import { framedRole, hasOtherSense, isNegatedObject, lacksRequired } from './frames.js';
import { isDelivered, isDiscussed, isDuring, loadComplements, rejectsAnAct, standingOf, type Complements } from './complements.js';
import { loadActorKb, type ActorKb } from './kb.js';
import { loadEventLexicon, VERBAL_TYPES, type EventLexicon } from './lexicon.js';
import { callPronounTarget, possessorOf, pronounTarget } from './pronouns.js';
import { addStatementEvents, type Draft } from './statement-events.js';
import { opensWithSelf, quoteAround, quoteByCue, repeatsAccusation } from './statements.js';
import { hasOwnAgent, isFirstPerson, resolveRoles, type Bounds } from './roles.js';
import { alsoNoun, cueAt, findTriggers, isAnnounced, isAnnouncedAfter, isExistential, isAnnouncedObject, polarityOf } from './triggers.js';
import { affiliations, groupMentions, mentionsAt, tokenRange, type ActorGroup } from './view.js';
import { commitsOwnSide, warnsOfState } from './threats.js';
import { callsOwnForces, objectAfter } from './calls.js';
import { afterCollective, collectiveRoles } from './collectives.js';
import { isMilitarySupport } from './military.js';
import { resumedPlaceHost, talksFramed, visitHost } from './visits.js';
import { loadSeizures, seizesPlace } from './seizures.js';
import { bothSides, loadSides, loadTwoSidesPhrases, namesBothSides, opposingSide, reachesCeasefire } from './sides.js';
import { isInvitation, loadInvitations } from './invitations.js';
import { loadPromised, vowsCoercion } from './promises.js';
import { isAgentVerb, loadRelativeAgentVerbs } from './agent-verbs.js';
import { governs, loadGovernedComplements, stillGoverns, takesComplement, type Governor } from './governance.js';

const STAGE = 'events';
type Input = ArticleWith<'mentions' | 'actors' | 'quotes' | 'places' | 'times'>;


/** Statements whose unattributed content is the speaker's own act. */
const OWN_ACT_STATEMENTS: ReadonlySet<Quote['act']> = new Set(['announcement', 'promise']);

/** Verbal categories that, written inside a statement, are the speaker's own act whatever the subject. */
const SPEAKER_ACTS: ReadonlySet<PloverType> = new Set(['REQUEST', 'ACCUSE', 'REJECT']);

function spanOf(tokens: readonly Token[], first: number, last: number, conjunction = false): Span {
  // Spans exclude proclitics written on the word except the article (gold convention).
  const t = tokens[first]!;
  // The future «سـ» belongs to the verb's trigger («ستدعم»), as the article to a noun.
  const lead = t.parts.find((p) => p.role === 'stem' || p.form === 'ال' || p.form === 'س') ?? t.parts[0]!;
  return { start: lead.start + (conjunction ? 1 : 0), end: tokens[last]!.end };
}

export function extractEvents(article: Input, lex: EventLexicon, kb: ActorKb = loadActorKb(),
  complements: Complements = loadComplements(), controlVerbs: ReadonlySet<string> = loadControlVerbs()): Event[] {
  const { tokens, layers } = article;
  const ms = mentionsAt(tokens, layers.mentions, lex);
  const groups = groupMentions(tokens, ms);
  const affil = affiliations(tokens, ms, layers.actors, kb);
  const types = new Map(layers.actors.map((a) => [a.id, a.type]));
  const isPerson = (id: string): boolean => types.get(id) === 'PER';
  const covered = new Set<number>();
  for (const m of ms) for (let k = m.first; k <= m.last; k++) covered.add(k);
  const labelledTokens = new Set<number>();
  for (const m of layers.mentions) {
    for (const l of m.labels) {
      const r = tokenRange(tokens, l.span);
      for (let k = r.first; k <= r.last; k++) labelledTokens.add(k);
    }
  }
  const quotes = layers.quotes;
  const actorIds = new Set(layers.actors.map((a) => a.id));
  const withAffiliations = (ids: readonly string[]): string[] => {
    const out = [...ids];
    for (const id of ids) for (const a of affil.get(id) ?? []) if (!out.includes(a)) out.push(a);
    return out;
  };
  const speakerOf = (qi: number): string | null => {
    const s = quotes[qi]?.speaker;
    return s && s !== 'unnamed_sources' && actorIds.has(s) ? s : null;
  };

  const parentOf = new Map(layers.actors.map((a) => [a.id, a.parent]));
  /** The speaker, the bodies it speaks for and their parents (a force's state or government). */
  const sideOf = (speaker: string): ReadonlySet<string> => {
    const side = new Set(withAffiliations([speaker]));
    for (const id of [...side]) {
      const p = parentOf.get(id);
      if (p) side.add(p);
    }
    return side;
  };

  const seizures = loadSeizures();
  const sides = loadSides();
  const invitations = loadInvitations();
  const twoSides = loadTwoSidesPhrases();
  const promised = loadPromised();
  const governedComplements = loadGovernedComplements();
  const agentVerbs = loadRelativeAgentVerbs();
  const drafts: Draft[] = [];
  for (const sentence of article.sentences) {
    const sFirst = sentence.tokens.first;
    const sEnd = sentence.tokens.end;
    // «يبحثون عن جحر», «الهجوم الذي وقع»: a verb whose construction gives it a sense that is no event is
    // no trigger at all (nor does it take a subject or object from another trigger).
    const found = findTriggers(tokens, sFirst, sEnd, lex, (i) => covered.has(i))
      .filter((h) => !hasOtherSense(tokens, h, sEnd, lex) && !lacksRequired(tokens, h, sEnd, lex));
    const hits = found.filter((h) => !objectOfSameAct(tokens, found, h,
      (t) => t.kind === 'word' && t.parts.every((p) => p.role === 'stem') && lex.prepositions.has(t.norm)));
    let request: Draft | null = null;
    // Whether `request` is a promise, threat or readiness (governors.tsv) rather than a call.
    let vowing = false;
    let governor: Governor | null = null;
    for (const hit of hits) {
      const trigger = spanOf(tokens, hit.first, hit.last, hit.conjunction);
      // A perfect verb ends what a call or promise governs; a word spelt both as that verb and as its
      // masdar («بمواصلة بلاده دعم الحل») is read as the masdar there.
      const governedNoun = request !== null && alsoNoun(tokens, hit, lex);
      if (hit.form.form === 'perfect' && !governedNoun) request = null;
      // A call linked to a statement asks for what that statement's words hold, no further («…، محذراً من …»).
      if (request?.quote != null && !contains(quotes[request.quote]!.content, trigger)) request = null;
      // It asks for what its clause holds and the demands joined to it by «و»; a comma followed by
      // anything else («…، في ظل تململها من التفاهمات …») opens a circumstance of the report.
      if (request && leavesGovernedClause(tokens, request.trigger, hit.first, (k) => covered.has(k))) request = null;
      // Governed by a promise or threat we could not code as an event («فإنها مستعدة … فرض عقوبات»): no event either.
      if (governor && !stillGoverns(governor, hit, tokens, lex, (k) => covered.has(k))) governor = null;
      const orphan = governor !== null && request === null;
      // A statement's cue («حذرت من أن …») is left to the statement rules: its words may report a state of affairs.
      if (governs(hit, lex) && quoteByCue(quotes, trigger) === null && takesComplement(tokens, hit, hits, sEnd, governedComplements)) governor = { trigger };
      if (orphan) continue;
      const polarity = polarityOf(tokens, sFirst, sEnd, hit, lex);
      // «لا مفاوضات مع حكومة الوفاق», «لا يمكن أن نقبل بها»: talks or acceptance negated in a speaker's
      // own statement are a refusal (refusals.tsv), coded below as the speaker's act.
      const statement = quoteAround(quotes, trigger);
      const refusing = polarity === 'negated' && statement !== null && speakerOf(statement) !== null
        && quotes[statement]!.act !== 'denial' ? lex.refusals.get(hit.form.entry.type) : undefined;
      const refusal = refusing && (refusing.form === 'noun' ? hit.form.form === 'noun' && !hasOwnAgent(tokens, hit)
        : isFirstPerson(tokens, hit)) ? refusing : null;
      // A denial denies the happening, not the accusation it answers («تنفي موسكو صحة اتهامات ليبية لها»).
      if (polarity !== 'fact' && !refusal && !(polarity === 'denied' && hit.form.form === 'noun' && hit.form.entry.type === 'ACCUSE')) continue;
      // A ceasefire or redeployment named by a noun is a concession only as what a party declares.
      if (hit.form.form === 'noun' && hit.form.entry.type === 'CONCEDE' && !isAnnouncedObject(tokens, sFirst, sEnd, hit, lex, hits)
        && !isAnnouncedAfter(tokens, sEnd, hit, lex)) continue;
      const around = quoteAround(quotes, trigger);
      // The accusation a denial answers («تنفي موسكو صحة اتهامات ليبية لها») is the accusers' act, not
      // the denier's words: it is read outside the denial.
      const answered = around !== null && quotes[around]!.act === 'denial' && hit.form.form === 'noun' && hit.form.entry.type === 'ACCUSE';
      const qIn = answered ? null : around;
      const qCue = quoteByCue(quotes, trigger);
      const inQuote = qIn !== null ? quotes[qIn]! : null;
      if (inQuote?.act === 'denial') continue;
      // «التقينا الإمام …» outside anyone's words: the first person is the writer, no actor of ours.
      if (qIn === null && isFirstPerson(tokens, hit)) continue;
      let type = refusal?.type ?? hit.form.entry.type;
      let mode = refusal ? refusal.mode : hit.form.entry.mode;
      // What a call, promise or threat asks for is not an event; a call for a meeting or a ceasefire
      // is itself AGREE.
      if (request && (hit.form.form !== 'perfect' || governedNoun)) {
        const call = lex.calls.get(`${type}/${mode ?? ''}`) ?? lex.calls.get(type);
        if (call && request.type === 'REQUEST') {
          request.type = call;
          request.mode = null;
        }
        // «مستعدة للنظر في إمكانية فرض عقوبات»: readiness or a promise (not a call) to coerce is a threat;
        // a vow not to coerce («تتعهد … بعدم القيام بأي مسعى لإسقاط النظام») is none.
        const vowed = promised.get(type);
        if (vowed && vowing && request.type === 'AGREE'
          && vowsCoercion(tokens, tokenRange(tokens, request.trigger).last + 1, hit.first, sEnd, lex)) {
          request.type = vowed;
          request.mode = null;
        }
        // «دعا حفتر قواته إلى حمل السلاح لطرد "المحتل التركي"»: a leader's call on his own forces to
        // attack a party threatens that party with violence (besides being a call).
        if (request.type === 'REQUEST' && VIOLENT.has(type) && callsOwnForces(tokens, ms, request, hit.first)) {
          const object = objectAfter(tokens, groups, hit.last, sEnd, request.source);
          if (object.length > 0 && !drafts.some((d) => d.type === 'THREATEN' && d.trigger === request!.trigger)) {
            drafts.push({ type: 'THREATEN', mode: 'violence', trigger: request.trigger, source: [...request.source], target: [...object], quote: request.quote, sentence });
          }
        }
        continue;
      }
      if (inQuote?.act === 'demand' && !VERBAL_TYPES.has(type) && hit.form.form !== 'perfect') continue;
      // «حذر من أن الصراع دخل مرحلة جديدة»: a warning that states a danger threatens nothing unless the
      // speaker's side commits to a deed in it (as for statements coded by their act, quote-acts.tsv).
      if (type === 'THREATEN' && qCue !== null && warnsOfState(tokens, quotes[qCue]!.content)
        && !commitsOwnSide(tokens, quotes[qCue]!.content)) continue;
      if (type === 'REJECT' && rejectsAnAct(tokens, hit, complements)) {
        type = 'ACCUSE';
        mode = 'disapprove';
      }
      if (type === 'SUPPORT' && (isDelivered(tokens, sFirst, hit, complements) || isMilitarySupport(tokens, hit, sEnd, hits))) {
        type = 'AID';
        mode = null;
      }
      const standing = hit.form.form === 'noun' ? standingOf(tokens, sFirst, hit, complements) : 'free';
      if (hit.future || standing === 'planned') {
        const f = lex.future.get(type);
        if (f) {
          type = f.type;
          mode = f.mode;
        }
      }
      if (type === 'RETREAT' && (isAnnounced(tokens, sFirst, sEnd, hit, lex) || inQuote?.act === 'announcement')) {
        type = 'CONCEDE';
      }
      // Roles are looked for inside the quote's words when the trigger is in them.
      const bounds: Bounds = inQuote
        ? { first: tokenRange(tokens, inQuote.content).first, end: tokenRange(tokens, inQuote.content).last + 1 }
        : { first: sFirst, end: sEnd };
      const controller = controllerOf(tokens, bounds.first, hit, hits, controlVerbs);
      const relative = hit.form.form === 'noun' ? null : relativeBefore(tokens, bounds.first, hit, lex);
      const roles = resolveRoles(tokens, groups as ActorGroup[], hit, bounds, hits, {
        isPerson,
        roleOf: (g) => (isNegatedObject(tokens, g, lex) ? 'none' : framedRole(lex, hit, g)),
        controller,
        participle: hit.form.form === 'noun' && hit.first === hit.last && lex.participles.has(tokens[hit.first]!.key),
        relative,
        relativeAt: (k) => cueAt(tokens, k, tokens.length, lex)?.kind === 'relative',
        agentVerbAt: (k) => isAgentVerb(tokens[k]!, agentVerbs),
        labelled: (k) => labelledTokens.has(k),
      });
      // A relative clause's verb whose antecedent is no actor («أولئك الذين يشاركون فيها») has its
      // subject, just not one we know: it is not the speaker's act.
      if (relative !== null && roles.source.length === 0) continue;
      // A masdar named as a topic («نجاح المفاوضات», «بشأن الاجتماع») or an aim («لتوقيع اتفاق») is
      // no happening unless its own agent is written with it («نتائج اجتماعات اللجنة»).
      // A masdar whose head names an aspect of it («نتائج اجتماعات اللجنة», «نجاح المفاوضات») is a
      // topic even with its agent: what is reported is the aspect, not the happening.
      if (standing === 'aspect') continue;
      if (hit.form.form === 'noun' && !roles.subjectAfter && ((standing !== 'free' && standing !== 'planned') || isDiscussed(tokens, hits, hit))) continue;
      // «في انتهاك لحظر الأمم المتحدة للأسلحة»: a masdar joined by the object «لـ» to the act before it
      // is what that act concerns (the embargo violated), not an act of its own.
      if (hit.form.form === 'noun' && objectOfAct(tokens, hits, hit)) continue;
      // Coordinated masdars of one category («تجنيد وتدريب ونقل المقاتلين») report one act.
      if (hit.form.form === 'noun' && coordinatedWith(tokens, hits, hit)) continue;
      let source = [...roles.source];
      let target = [...roles.target];
      // «دول تدعم حفتر مثل فرنسا ومصر»: the collective noun before the verb is its subject, the name
      // after it the object, the actors the example word lists the sources.
      if (afterCollective(tokens, hit, sFirst)) {
        const roles2 = collectiveRoles(tokens, groups, hit, sEnd, source, target);
        // Unnamed states or parties are no actor: without examples the act has no source we know.
        if (roles2 === null) continue;
        ({ source, target } = roles2);
      }
      // «ووزير دفاع تركيا يتفقد قواته … ويتوعد حفتر»: the subject shared with the verb before is the
      // source; the name read as this verb's subject is its object.
      const shared = roles.subjectAfter ? sharedSvoSubject(tokens, sFirst, hit, groups) : null;
      if (shared && !shared.some((id) => source.includes(id))) {
        target = [...source, ...target.filter((id) => !source.includes(id))].filter((id) => !shared.includes(id));
        source = [...shared];
      }
      let quote: number | null = null;
      const verbal = VERBAL_TYPES.has(type);
      if (hit.form.entry.evaluative) {
        // «لافتاً إلى أن حكومة السراج تبنت مواقف إيجابية»: the speaker praises the party whose position
        // it evaluates; outside a statement the words describe, they perform nothing.
        const speaker = qIn !== null ? speakerOf(qIn) : null;
        if (speaker === null) continue;
        target = [...(roles.source.length > 0 ? roles.source : roles.target)];
        // «والتستر على مجازره»: the possessive pronoun resumes the party named before in the words.
        const possessor = target.length === 0
          ? possessorOf(tokens[hit.first]!, hit.first, bounds.first, ms, withAffiliations([speaker]), (id) => types.get(id)) : null;
        if (possessor) target = [possessor];
        // «من الطبيعي أن ترتفع الأسعار»: an evaluation of no party's act praises no one.
        if (target.length === 0) continue;
        source = [speaker];
        quote = qIn;
      } else if (qCue !== null && speakerOf(qCue)) {
        source = [speakerOf(qCue)!, ...source.filter((id) => id !== speakerOf(qCue))];
        quote = verbal ? qCue : null;
      } else if (qIn !== null && speakerOf(qIn) && verbal && (hit.form.form !== 'perfect' || isFirstPerson(tokens, hit))) {
        // A call, accusation or rejection inside a statement is the speaker's own act («ضرورة», «يجب»,
        // «انتهاكات»); the actor found beside it is what it is aimed at. Other verbal acts are the
        // speaker's only when spoken in the first person («سنقف», «نريد», «دعونا»).
        // A masdar whose possessive pronoun resumes a named actor («تتفق مصر مع حفتر برفضها …») is
        // that actor's act, reported by the speaker, not the speaker's own.
        const reported = hasOwnAgent(tokens, hit) && roles.subjectFound;
        if (SPEAKER_ACTS.has(type) && !reported && isExistential(tokens, hit, lex)) continue;
        if ((SPEAKER_ACTS.has(type) && !reported) || isFirstPerson(tokens, hit)) {
          // The agent of an accusing or demanding masdar is whom the speaker accuses or calls on
          // («الممارسات التركية من انتهاكات … لقرارات مجلس الأمن» accuses Turkey; «ضرورة وقوف
          // الائتلاف» calls on the coalition); its object is what the act concerns.
          // So is the agent found after a modal call («يأمل أن تواصل المحكمة …», «يجب أن تنسحب تركيا»).
          if (((hit.form.form === 'noun' || type === 'REQUEST') && roles.source.length > 0) || target.length === 0) target = [...roles.source];
          source = [speakerOf(qIn)!];
          quote = qIn;
        } else if (!roles.subjectFound) {
          // «أعلنت موسكو عن تعاونها مع أنقرة»: an announced or promised act with no other agent is the speaker's.
          if (!OWN_ACT_STATEMENTS.has(inQuote!.act)) continue;
          source = [speakerOf(qIn)!];
          quote = qIn;
        }
      } else if (qIn !== null && speakerOf(qIn) && !roles.subjectFound
        && (OWN_ACT_STATEMENTS.has(quotes[qIn]!.act) || opensWithSelf(tokens, quotes[qIn]!.content, lex))) {
        // «أعلن المسماري انسحاب وحداته»: an announced or promised act with no other actor is the speaker's side's.
        source = [speakerOf(qIn)!];
        quote = qIn;
      } else if (verbal) {
        // The statement announcing this act: a quote of the same sentence spoken by the source.
        const qi = quotes.findIndex((q) => contains(sentence, q.content) && q.speaker !== null && source.includes(q.speaker));
        if (qi >= 0) quote = qi;
      }
      // «المحادثات بين ممثلين عن طرفي الأزمة الليبية», «منذ التوصل إلى وقف لإطلاق النار»: parties written
      // only as the two sides of the conflict, or a ceasefire reached with no party written, are both sides.
      if (source.length === 0 && (namesBothSides(tokens, hit.last, sEnd, twoSides) || (type === 'SUPPORT' && reachesCeasefire(hits, hit.last)))) {
        source = bothSides(layers.actors, sides, article.meta.published ?? null);
      }
      if (source.length === 0) {
        // «نفذ سلاح الجو 5 ضربات جوية في محيطها، استهدفت آليات لمليشيات حفتر»: a verb of the same
        // category with no subject of its own continues the act before it and names its object.
        const prev = drafts.at(-1);
        if (prev && prev.sentence === sentence && prev.type === type && prev.target.length === 0 && target.length > 0) {
          prev.target = target.filter((id) => !prev.source.includes(id));
        }
        continue;
      }
      if (mode === 'visit' && !hit.form.entry.reverse) {
        // The place visited, when written before any other object, names the host.
        const host = visitHost(tokens, layers.places, layers.mentions, kb, actorIds, hit, sEnd);
        const firstObject = ms.find((m) => m.first > hit.last && target.includes(m.mention.actorId));
        const resumedHost = target.length > 0 ? null : resumedPlaceHost(tokens, layers.places, kb, actorIds, hit, relative);
        if (resumedHost) target = resumedHost;
        else if (host.ids.length > 0 && (!firstObject || host.at < tokens[firstObject.first]!.start)) target = host.ids;
      }
      // «هاجمت تركيا … داعية»: an attack by a speaker in their own statement's sentence is verbal.
      if (type === 'ASSAULT' && hit.form.form !== 'noun' && quotes.some((q) => contains(sentence, q.content) && q.speaker !== null && source.includes(q.speaker))) {
        type = 'ACCUSE';
        mode = 'disapprove';
      }
      // A concession or threat aimed at the party named in its condition («حال عدم التزام الطرف الآخر»).
      if (type === 'CONCEDE' || type === 'THREATEN') {
        const party = conditionTarget(tokens, hit, sEnd, lex, groups).filter((id) => !source.includes(id));
        if (party.length > 0) target = [...party];
      }
      // «وقعت تركيا اتفاقية مع حكومة الوفاق»: every party to an agreement is a source (README); the act has no target.
      if (hit.form.entry.joint) {
        const cosigners = groups.filter((g) => g.first > hit.last && g.first < sEnd && g.prepWord === 'مع').flatMap((g) => g.ids);
        source = [...source, ...target.filter((id) => cosigners.includes(id) && !source.includes(id))];
        target = [];
      }
      const sources = withAffiliations(source);
      // «حرر الجيش الليبي مدينة ترهونة»: taking or attacking a place is aimed at the side that held it.
      if (type === 'ASSAULT' && target.length === 0 && seizesPlace(tokens, hit.last, sEnd, hit.form.entry.lemma, layers.places, seizures)) {
        target = opposingSide(sources, layers.actors, sides, kb, article.meta.published ?? null);
      }
      // A pronoun object written before any named object is the target («اتهامات ليبية لها بتقديم دعم لحفتر»).
      const pron = hit.form.form !== 'noun' ? null : pronounTarget(tokens, hit.last, sEnd, ms, hit.first, sources, (id) => types.get(id), lex);
      if (pron && !ms.some((m) => m.first > hit.last && m.first < pron.at && target.includes(m.mention.actorId))) target = [pron.id];
      if (type === 'REQUEST' && target.length === 0) {
        const prev = drafts.at(-1);
        const id = prev && prev.sentence === sentence
          ? callPronounTarget(tokens, hit.last, sEnd, prev.target, (x) => types.get(x), lex) : null;
        if (id) target = [id];
      }
      // An actor is never the target of its own organ's or official's act («دعوة غوتيريس» is no call on the
      // UN) — unless the text names the body as the source's own («دعا حفتر قواته»: a leader's call on his forces).
      const own = (id: string): boolean => ms.some((m) => m.mention.actorId === id && m.first > hit.last && m.first < sEnd
        && tokens[m.last]!.parts.some((p) => p.role === 'enclitic') && !roles.source.includes(id));
      target = target.filter((id) => !sources.includes(id) || own(id));
      // «وسيزور مقر السفارة والقنصلية المصرية»: a meeting or visit whose only hosts are the visitor's own
      // state's organs is internal, no consultation between parties.
      if ((type === 'CONSULT' || (type === 'AGREE' && hit.form.entry.type === 'CONSULT')) && target.length > 0
        && target.every((id) => { const p = parentOf.get(id); return p != null && (sources.includes(p) || sources.some((x) => parentOf.get(x) === p)); })) continue;
      // «دعت روسيا أحمد معيتيق لإبلاغه …»: a call with no deed asked of its object is an invitation.
      if (type === 'REQUEST' && isInvitation(tokens, hit, sEnd, groups, target, layers.places, invitations)) {
        type = 'AGREE';
        mode = null;
      }
      const framed = mode === 'visit' && isDuring(tokens, hit, complements) ? talksFramed(drafts, sentence, trigger.start, sources) : undefined;
      if (framed) {
        framed.mode ??= 'visit';
        continue;
      }
      const draft: Draft = { type, mode, trigger, source: sources, target, quote, sentence };
      drafts.push(draft);
      // An invitation still governs what it invites to («دعا السراج لزيارته»): that is no event of its own.
      if (type === 'REQUEST' || hit.form.entry.type === 'REQUEST' || lex.governors.has(hit.form.entry.lemma)) {
        request = draft;
        vowing = lex.governors.has(hit.form.entry.lemma) && hit.form.entry.type !== 'REQUEST';
      }
    }
  }

  // A statement whose speech act is itself a PLOVER category and that no trigger coded yet.
  addStatementEvents(drafts, { sentences: article.sentences, tokens, quotes, lex, ms, affil, speakerOf, withAffiliations, sideOf });

  return toEvents(drafts.filter((d) => !repeatsAccusation(drafts, d)), tokens, layers.places, layers.times, lex, STAGE);
}

/** The events stage: PLOVER events per sentence, from the trigger lexicon in data/events. */
export function createEventsStage() {
  const lex = loadEventLexicon();
  return defineStage({
    name: STAGE,
    version: 1,
    description: 'PLOVER events (type, mode, trigger, source/target actors, place, time, casualties, quote link) from data/events',
    reads: ['mentions', 'actors', 'quotes', 'places', 'times'],
    adds: ['events'],
    run(article) {
      return { events: extractEvents(article, lex) };
    },
  });
}
