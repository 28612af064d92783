import type { Quote } from '../../src/doc/annotations.js';
import type { Span } from '../../src/doc/span.js';
import { analyzeText } from '../../src/text/index.js';
import { mapActors } from '../actor-map.js';
import { matchByOverlap, prf } from '../score.js';
import type { Measure } from '../types.js';

/**
 * Quotes (gold README scoring): a system quote matches a gold quote when their content spans overlap
 * (one-to-one, the largest overlap first). Over matched quotes: `speaker_acc` (system speakers mapped
 * to gold ids by the README's one-to-one actor mapping over all files; `unnamed_sources` and null
 * compared as themselves), `content_f1` (F1 of the two contents' word tokens, averaged),
 * `direct_acc` and `act_acc`.
 */
interface GoldQuote {
  readonly speaker: string | null;
  readonly content: Span;
  readonly direct: boolean | 'mixed';
  readonly act: string;
}

/** Word tokens (by offset) covered by a span: what content overlap is counted on. */
function wordsIn(tokens: readonly { start: number; end: number; kind: string }[], s: Span): Set<number> {
  const out = new Set<number>();
  for (const t of tokens) if (t.kind !== 'punct' && t.kind !== 'symbol' && t.start < s.end && s.start < t.end) out.add(t.start);
  return out;
}

function tokenF1(a: Set<number>, b: Set<number>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  if (both === 0) return 0;
  const p = both / a.size;
  const r = both / b.size;
  return (2 * p * r) / (p + r);
}

export const quotesMeasure: Measure = {
  name: 'quotes',
  description: 'quotations: content overlap P/R/F1, speaker accuracy (mapped actors), content token F1, direct and act accuracy',
  run(ctx) {
    const maps = mapActors(ctx.pairs, false);
    let tp = 0;
    let sys = 0;
    let gold = 0;
    let speakerOk = 0;
    let directOk = 0;
    let actOk = 0;
    let contentF1 = 0;
    ctx.pairs.forEach((pair, p) => {
      const g = pair.gold.quotes as unknown as readonly GoldQuote[];
      const s: readonly Quote[] = pair.system.layers.quotes ?? [];
      gold += g.length;
      sys += s.length;
      const tokens = pair.system.tokens.length > 0 ? pair.system.tokens : analyzeText(pair.text).tokens;
      const toGold = maps[p]!;
      for (const [gi, si] of matchByOverlap(g, s, (x) => x.content, (x) => x.content)) {
        const gq = g[gi]!;
        const sq = s[si]!;
        tp++;
        const spk = sq.speaker === null || sq.speaker === 'unnamed_sources' ? sq.speaker : toGold(sq.speaker);
        if (spk === gq.speaker) speakerOk++;
        if (sq.direct === gq.direct) directOk++;
        if (sq.act === gq.act) actOk++;
        contentF1 += tokenF1(wordsIn(tokens, gq.content), wordsIn(tokens, sq.content));
      }
    });
    const r = prf({ tp, fp: sys - tp, fn: gold - tp });
    const over = (n: number): number => (tp === 0 ? 0 : n / tp);
    return {
      'quotes.precision': r.precision,
      'quotes.recall': r.recall,
      'quotes.f1': r.f1,
      'quotes.speaker_acc': over(speakerOk),
      'quotes.content_f1': over(contentF1),
      'quotes.direct_acc': over(directOk),
      'quotes.act_acc': over(actOk),
    };
  },
};
