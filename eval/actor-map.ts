import type { ActorMention } from '../src/doc/annotations.js';
import { matchByOverlap } from './score.js';
import type { EvalPair, GoldSpan } from './types.js';

export interface GoldMention {
  readonly actorId: string;
  readonly span: GoldSpan;
  readonly kind: 'name' | 'nominal';
  readonly labels: readonly (GoldSpan & { readonly kind: string })[];
}

export function goldMentions(pair: EvalPair): GoldMention[] {
  return pair.gold.actors.flatMap((a) => a.mentions.map((m) => ({ actorId: a.id, span: m.span, kind: m.kind, labels: m.labels })));
}

export function systemMentions(pair: EvalPair): readonly ActorMention[] {
  return pair.system.layers.mentions ?? [];
}

/**
 * The README's actor mapping: system actors to gold actors one-to-one, greedily by the number of
 * matched mentions (largest first). `perArticle` makes one mapping per article instead of one over
 * all files. Returns, per pair index, a function from system actor id to gold actor id (or null).
 */
export function mapActors(pairs: readonly EvalPair[], perArticle: boolean): ((sysId: string) => string | null)[] {
  const countsFor = (indices: number[]): Map<string, Map<string, number>> => {
    const counts = new Map<string, Map<string, number>>();
    for (const i of indices) {
      const pair = pairs[i]!;
      const gold = goldMentions(pair);
      const sys = systemMentions(pair);
      for (const [gi, si] of matchByOverlap(gold, sys, (g) => g.span, (s) => s.span)) {
        const sysId = sys[si]!.actorId;
        const goldId = gold[gi]!.actorId;
        const row = counts.get(sysId) ?? new Map<string, number>();
        row.set(goldId, (row.get(goldId) ?? 0) + 1);
        counts.set(sysId, row);
      }
    }
    return counts;
  };
  const assign = (counts: Map<string, Map<string, number>>): Map<string, string> => {
    const all: [number, string, string][] = [];
    for (const [s, row] of counts) for (const [g, n] of row) all.push([n, s, g]);
    all.sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1]) || a[2].localeCompare(b[2]));
    const map = new Map<string, string>();
    const usedGold = new Set<string>();
    for (const [, s, g] of all) {
      if (map.has(s) || usedGold.has(g)) continue;
      map.set(s, g);
      usedGold.add(g);
    }
    return map;
  };
  if (!perArticle) {
    const map = assign(countsFor(pairs.map((_, i) => i)));
    return pairs.map(() => (id: string) => map.get(id) ?? null);
  }
  return pairs.map((_, i) => {
    const map = assign(countsFor([i]));
    return (id: string) => map.get(id) ?? null;
  });
}
