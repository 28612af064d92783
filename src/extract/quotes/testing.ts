import type { ActorMention, ArticleActor, Quote } from '../../doc/annotations.js';
import { makeArticle, withLayers, type ArticleWith } from '../../doc/article.js';
import type { Stage } from '../../pipeline/stage.js';
import { analyzeText } from '../../text/index.js';

/**
 * Test helper for the quotes stage: an article with hand-built actor mentions, so a test fixes what
 * the actors stage would give and checks only what the quotes stage does with it.
 */

/** [surface, actor id, type, nth occurrence (default 0), mention kind (default name)]: one mention of that actor. */
export type Who = readonly [surface: string, actorId: string, type: 'PER' | 'ORG' | 'GPE', occurrence?: number, mentionKind?: 'name' | 'nominal'];

export function quotesWith(stage: Stage<'mentions' | 'actors', 'quotes'>, text: string, who: readonly Who[] = []): readonly Quote[] {
  const { sentences, tokens } = analyzeText(text);
  const mentions: ActorMention[] = who.map(([surface, actorId, , nth = 0, mentionKind = 'name']) => {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = text.indexOf(surface, at + 1);
    if (at < 0) throw new Error(`«${surface}» (occurrence ${nth}) is not in the text`);
    return { kind: 'mention', span: { start: at, end: at + surface.length }, stage: 'test', actorId, mentionKind, labels: [] };
  });
  const actors: ArticleActor[] = [...new Map(who.map(([s, id, type]) => [id, {
    kind: 'actor' as const, id, type, parent: null, nameAr: s, nameEn: null, known: false, descriptors: [],
  }])).values()];
  const article = withLayers(makeArticle('t', text, {}, sentences, tokens), { mentions, actors });
  return stage.run(article as unknown as ArticleWith<'mentions' | 'actors'>, { log: () => {} }).quotes;
}
