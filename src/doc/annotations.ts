import type { Span } from './span.js';

/**
 * Every annotation is evidence: a span of the original text, the stage that made it,
 * and a literal `kind` so that code can switch on it and the compiler checks every case.
 */
export interface Evidence {
  readonly span: Span;
  /** Name of the stage that produced the annotation. */
  readonly stage: string;
}

// ---------------------------------------------------------------- entities (NER)

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'GPE' | 'MISC';

export interface EntityMention extends Evidence {
  readonly kind: 'entity';
  readonly type: EntityType;
  /** Which component proposed it (kept for debugging and evaluation). */
  readonly source: 'gazetteer' | 'pattern' | 'tagger';
}

// ---------------------------------------------------------------- actors, mentions and labels

export type ActorType = 'PER' | 'ORG' | 'GPE';

/** An actor as known to one article: from the knowledge base, or new (unknown to the KB). */
export interface ArticleActor {
  readonly kind: 'actor';
  /** Stable id: the KB id, or a generated `new:` id for actors the KB does not know. */
  readonly id: string;
  readonly type: ActorType;
  /** A state's organ points to the state (ministry → country). */
  readonly parent: string | null;
  readonly nameAr: string;
  readonly nameEn: string | null;
  /** True when the actor comes from the knowledge base. */
  readonly known: boolean;
  /** Descriptors collected for an unknown actor (role phrases seen with it). */
  readonly descriptors: readonly string[];
}

export type LabelKind = 'title' | 'role' | 'epithet' | 'group';

/** A descriptor the outlet attached to an actor at one mention («المشير», «مليشيا», «الانقلابي»). */
export interface Label extends Evidence {
  readonly kind: 'label';
  readonly labelKind: LabelKind;
  /** Normalised text of the label (matchKey, proclitics removed): what the label matrix counts. */
  readonly key: string;
  /** Short English gloss from the loaded-terms lexicon, when the label is listed there. */
  readonly gloss: string | null;
}

export interface ActorMention extends Evidence {
  readonly kind: 'mention';
  readonly actorId: string;
  /** `name`: the proper name alone; `nominal`: a phrase standing for the actor («الوزير التركي»). */
  readonly mentionKind: 'name' | 'nominal';
  readonly labels: readonly Label[];
}

// ---------------------------------------------------------------- quotes

export type SpeechAct =
  | 'claim' | 'denial' | 'demand' | 'warning' | 'promise' | 'accusation'
  | 'praise' | 'condemnation' | 'announcement' | 'other';

/** Speaker of a quote: an actor id, `unnamed_sources`, or null when the text gives none. */
export type SpeakerRef = string | 'unnamed_sources' | null;

export interface Quote extends Evidence {
  readonly kind: 'quote';
  /** The reporting verb or phrase («قال», «في تصريحات», «بحسب»). */
  readonly cue: Span | null;
  /** What was said, without outer quote marks. */
  readonly content: Span;
  readonly speaker: SpeakerRef;
  /** The speaker's mention, or null when carried by a pronoun or a bare verb. */
  readonly speakerSpan: Span | null;
  /** true: verbatim in quote marks; false: reported; 'mixed': partly quoted. */
  readonly direct: boolean | 'mixed';
  readonly act: SpeechAct;
  readonly target: string | null;
  /** «في بيان», «عبر تويتر», «خلال مؤتمر صحافي». */
  readonly channel: Span | null;
}

// ---------------------------------------------------------------- events

/** PLOVER categories, as in the current PLOVER manual (REQUEST and ACCUSE replace DEMAND/DISAPPROVE). */
export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export interface Event extends Evidence {
  readonly kind: 'event';
  readonly type: PloverType;
  readonly mode: string | null;
  readonly trigger: Span;
  readonly source: readonly string[];
  readonly target: readonly string[];
  /** Place id from the places layer, or null. */
  readonly place: string | null;
  /** Span of the time expression, or null. */
  readonly when: Span | null;
  readonly dead: number | null;
  readonly injured: number | null;
  /** Index into the article's quotes layer when the event is that statement's own speech act. */
  readonly quote: number | null;
}

// ---------------------------------------------------------------- places

export type FeatureType = 'country' | 'city' | 'region' | 'district' | 'site' | 'sea' | 'continent';

export interface PlaceMention extends Evidence {
  readonly kind: 'place';
  /** Gazetteer id (stable across articles). */
  readonly placeId: string;
  readonly nameAr: string;
  readonly nameEn: string;
  readonly feature: FeatureType;
  /** ISO 3166 alpha-2, or null (seas, continents). */
  readonly country: string | null;
  readonly geonamesId: number | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

// ---------------------------------------------------------------- times

export type TimeKind =
  | 'date' | 'relative_day' | 'weekday' | 'month' | 'year' | 'part_of_day' | 'duration' | 'period';

export interface TimeExpression extends Evidence {
  readonly kind: 'time';
  readonly timeKind: TimeKind;
  /** ISO 8601 when the text alone fixes it (`2021-12-24`, `2019`, `P18M`), else null. */
  readonly value: string | null;
  /** Meaning against the publication date (`PUB-1D`, `WD-THU`, `PUB/Y-1` …), or null. */
  readonly relative: string | null;
  /** ISO date/month/year (or `start/end`) when the publication date is known, else null. */
  readonly resolved: string | null;
}

export type Annotation =
  | EntityMention | ArticleActor | ActorMention | Label | Quote | Event | PlaceMention | TimeExpression;
