import type {
  ActorMention, ArticleActor, EntityMention, Event, PlaceMention, Quote, TimeExpression,
} from './annotations.js';

/**
 * Every layer a stage can add, by name. Stages only ever add layers; nothing rewrites one.
 * Adding a layer means adding a line here, so the compiler knows every reader and writer.
 */
export interface Layers {
  readonly entities: readonly EntityMention[];
  readonly places: readonly PlaceMention[];
  readonly times: readonly TimeExpression[];
  readonly actors: readonly ArticleActor[];
  readonly mentions: readonly ActorMention[];
  readonly quotes: readonly Quote[];
  readonly events: readonly Event[];
}

export type LayerName = keyof Layers;

export const LAYER_NAMES: readonly LayerName[] = [
  'entities', 'places', 'times', 'actors', 'mentions', 'quotes', 'events',
];
