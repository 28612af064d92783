import { goldMentions, mapActors, systemMentions } from '../actor-map.js';
import { matchByOverlap, prf } from '../score.js';
import type { EvalPair, Measure } from '../types.js';

/**
 * Actor mentions (README scoring): a system mention is correct when its span overlaps a gold
 * mention's (one-to-one, largest overlap first) and its actor maps to the gold actor. The mapping is
 * one over all files (`actors.mention_*`: one identity across outlets) or one per article
 * (`actors.article_f1`: within-article resolution only).
 */
export function scoreMentions(pairs: readonly EvalPair[], perArticle: boolean): { tp: number; fp: number; fn: number } {
  const maps = mapActors(pairs, perArticle);
  let tp = 0;
  let sys = 0;
  let gold = 0;
  pairs.forEach((pair, i) => {
    const g = goldMentions(pair);
    const s = systemMentions(pair);
    sys += s.length;
    gold += g.length;
    for (const [gi, si] of matchByOverlap(g, s, (x) => x.span, (x) => x.span)) {
      if (maps[i]!(s[si]!.actorId) === g[gi]!.actorId) tp++;
    }
  });
  return { tp, fp: sys - tp, fn: gold - tp };
}

export const actorsMeasure: Measure = {
  name: 'actors',
  description: 'actor mentions: span overlap and mapped actor id (over all files, and per article)',
  run(ctx) {
    const all = prf(scoreMentions(ctx.pairs, false));
    const per = prf(scoreMentions(ctx.pairs, true));
    return {
      'actors.mention_precision': all.precision,
      'actors.mention_recall': all.recall,
      'actors.mention_f1': all.f1,
      'actors.article_f1': per.f1,
    };
  },
};
