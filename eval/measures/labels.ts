import { labelKey } from '../../src/extract/actors/index.js';
import { goldMentions, systemMentions } from '../actor-map.js';
import { matchByOverlap, prf } from '../score.js';
import type { Measure } from '../types.js';

/**
 * Labels (README scoring): over mentions whose spans match, a system label is correct when its
 * normalised text (diacritics, alef/ya/ta-marbuta folding, proclitics removed) equals a gold label's
 * of the same mention (one-to-one). Labels of unmatched mentions count as errors on their side.
 */
export const labelsMeasure: Measure = {
  name: 'labels',
  description: 'labels attached at each actor mention, compared by normalised text over matched mentions',
  run(ctx) {
    let tp = 0;
    let sys = 0;
    let gold = 0;
    for (const pair of ctx.pairs) {
      const g = goldMentions(pair);
      const s = systemMentions(pair);
      for (const m of g) gold += m.labels.length;
      for (const m of s) sys += m.labels.length;
      for (const [gi, si] of matchByOverlap(g, s, (x) => x.span, (x) => x.span)) {
        const remaining = g[gi]!.labels.map((l) => labelKey(l.text));
        for (const l of s[si]!.labels) {
          const k = remaining.indexOf(labelKey(pair.text.slice(l.span.start, l.span.end)));
          if (k >= 0) {
            tp++;
            remaining.splice(k, 1);
          }
        }
      }
    }
    const r = prf({ tp, fp: sys - tp, fn: gold - tp });
    return { 'labels.precision': r.precision, 'labels.recall': r.recall, 'labels.f1': r.f1 };
  },
};
