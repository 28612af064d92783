import type { ActorMention, PlaceMention } from '../../doc/annotations.js';
import { overlaps } from '../../doc/span.js';
import type { Token } from '../../doc/token.js';
import type { ActorKb } from './kb.js';
import type { TriggerHit } from './triggers.js';
import type { Draft } from './statement-events.js';
import type { Sentence } from '../../doc/token.js';

/** Tokens between a visit trigger and the place visited («وصل صباح اليوم الأحد إلى العاصمة الليبية طرابلس»). */
const VISIT_PLACE_REACH = 8;

/**
 * The host of a visit written with the place visited («زار أنقرة», «وصل إلى طرابلس», «زيارته إلى
 * مصر»): in a country rival governments contend for, its one government that is an actor of the
 * article; else the state of the place's country when it is one (README: visitor as source, host as
 * target).
 */
export function visitHost(tokens: readonly Token[], places: readonly PlaceMention[], mentions: readonly ActorMention[], kb: ActorKb,
  actorIds: ReadonlySet<string>, hit: TriggerHit, sEnd: number): { ids: string[]; at: number } {
  const from = tokens[hit.last]!.end;
  const limit = tokens[Math.min(sEnd, hit.last + 1 + VISIT_PLACE_REACH) - 1]!.end;
  const place = places
    // A span that is an actor mention («زيارة حفتر») is the visitor, not the place visited.
    .filter((p) => p.span.start >= from && p.span.start < limit && p.country && !mentions.some((m) => overlaps(m.span, p.span)))
    .sort((a, b) => a.span.start - b.span.start)[0];
  if (!place) return { ids: [], at: -1 };
  return { ids: hostOf(place, kb, actorIds), at: place.span.start };
}

/**
 * «قوات بلاده في ليبيا التي وصلها أمس»: a visit verb after a relative pronoun, carrying the pronoun that
 * resumes the antecedent, visits the place written right before the pronoun (token `relative`): its
 * host, or no one we know ([]) when the place's state is no actor of the article — never a place named
 * later («قادما من ماليزيا التي زارها …، ومن دمشق سيطير»: Malaysia was visited, not Syria). null when the
 * verb resumes no place.
 */
export function resumedPlaceHost(tokens: readonly Token[], places: readonly PlaceMention[], kb: ActorKb,
  actorIds: ReadonlySet<string>, hit: TriggerHit, relative: number | null): string[] | null {
  if (relative === null || relative !== hit.first - 1 || !tokens[hit.first]!.parts.some((p) => p.role === 'enclitic')) return null;
  const before = tokens[relative - 1];
  const place = before && places.find((p) => p.country && p.span.end === before.end);
  return place ? hostOf(place, kb, actorIds) : null;
}

/**
 * Where rival governments contend for the place's country (the KB lists governments only there, README
 * «Governments and states»), the host is the one of them the article deals with; else the state.
 */
function hostOf(place: PlaceMention, kb: ActorKb, actorIds: ReadonlySet<string>): string[] {
  const govs = (kb.governmentsOf.get(place.country!) ?? []).filter((id) => actorIds.has(id));
  if (govs.length === 1) return [govs[0]!];
  const state = kb.stateOf.get(place.country!);
  return state && actorIds.has(state) ? [state] : [];
}


/**
 * «أجرى مباحثات مع المسؤولين الليبيين خلال زيارة قام بها لطرابلس»: a visit named as the frame of talks
 * the same visitor was just reported holding in the sentence is those talks, held on a visit.
 */
export function talksFramed(drafts: readonly Draft[], sentence: Sentence, at: number, sources: readonly string[]): Draft | undefined {
  return drafts.filter((d) => d.sentence === sentence && d.type === 'CONSULT' && d.trigger.end <= at
    && d.source.some((id) => sources.includes(id))).at(-1);
}
