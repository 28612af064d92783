import { matchByOverlap, prfFigures, type Counts } from '../score.js';
import type { GoldSpan, Measure } from '../types.js';

interface GoldTime {
  readonly span: GoldSpan;
  readonly value: string | null;
  readonly relative: string | null;
  readonly resolved: string | null;
}

/**
 * times.f1 (+precision/recall) on spans; times.norm_acc: matched expressions whose value and
 * relative both equal the gold's; times.resolved_acc: the same for `resolved`, over articles whose
 * publication date is known (1 when there are none, as for the five seeds).
 */
export const timesMeasure: Measure = {
  name: 'times',
  description: 'Time expression F1, normalisation accuracy and resolution accuracy (README scoring rules)',
  run(ctx) {
    const counts: Counts = { tp: 0, fp: 0, fn: 0 };
    let normRight = 0;
    let resolvedRight = 0;
    let resolvedScored = 0;
    for (const pair of ctx.pairs) {
      const gold = pair.gold.times as unknown as GoldTime[];
      const system = pair.system.layers.times ?? [];
      const matched = matchByOverlap(gold, system, (g) => g.span, (s) => s.span);
      counts.tp += matched.length;
      counts.fp += system.length - matched.length;
      counts.fn += gold.length - matched.length;
      for (const [gi, si] of matched) {
        const g = gold[gi]!;
        const s = system[si]!;
        if ((g.value ?? null) === s.value && (g.relative ?? null) === s.relative) normRight++;
        if (pair.gold.published) {
          resolvedScored++;
          if ((g.resolved ?? null) === s.resolved) resolvedRight++;
        }
      }
    }
    return {
      ...prfFigures('times', counts),
      'times.norm_acc': counts.tp === 0 ? 0 : normRight / counts.tp,
      // Only scored when some gold article has a publication date: no figure beats an invented one.
      ...(resolvedScored === 0 ? {} : { 'times.resolved_acc': resolvedRight / resolvedScored }),
      'times.resolved_n': resolvedScored,
    };
  },
};
