import type { Event } from '../../src/doc/annotations.js';
import { overlapLength, type Span } from '../../src/doc/span.js';
import type { Sentence } from '../../src/doc/token.js';
import { mapActors } from '../actor-map.js';
import { prf, type Counts } from '../score.js';
import type { EvalPair, Measure } from '../types.js';

interface GoldEvent {
  readonly type: string;
  readonly trigger: Span;
  readonly source: readonly string[];
  readonly target: readonly string[];
}

function sentenceOf(sentences: readonly Sentence[], offset: number): number {
  return sentences.findIndex((s) => s.start <= offset && offset < s.end);
}

/** The README's rule for one side: an actor in common after mapping, or both sides empty. */
function sideMatches(gold: readonly string[], system: readonly string[], map: (id: string) => string | null): boolean {
  if (gold.length === 0 || system.length === 0) return gold.length === 0 && system.length === 0;
  return system.some((id) => {
    const m = map(id);
    return m !== null && gold.includes(m);
  });
}

/**
 * One-to-one matching of system events to gold events: same type, overlapping triggers (preferred)
 * or the same sentence, and — unless `typeOnly` — a mapped source and a mapped target in common.
 */
export function matchEvents(pair: EvalPair, map: (id: string) => string | null, typeOnly: boolean): Counts {
  const gold = (pair.gold.events ?? []) as unknown as GoldEvent[];
  const system = pair.system.layers.events ?? ([] as readonly Event[]);
  const sentences = pair.system.sentences;
  const candidates: [number, number, number][] = [];
  gold.forEach((g, gi) => system.forEach((s, si) => {
    if (g.type !== s.type) return;
    const overlap = overlapLength(g.trigger, s.trigger) > 0;
    const sameSentence = sentenceOf(sentences, g.trigger.start) === sentenceOf(sentences, s.trigger.start);
    if (!overlap && !sameSentence) return;
    if (!typeOnly && !(sideMatches(g.source, s.source, map) && sideMatches(g.target, s.target, map))) return;
    candidates.push([overlap ? 0 : 1, gi, si]);
  }));
  candidates.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  for (const [, gi, si] of candidates) {
    if (usedG.has(gi) || usedS.has(si)) continue;
    usedG.add(gi);
    usedS.add(si);
  }
  return { tp: usedG.size, fp: system.length - usedS.size, fn: gold.length - usedG.size };
}

export function scoreEvents(pairs: readonly EvalPair[]): Record<string, number> {
  const maps = mapActors(pairs, false);
  const full: Counts = { tp: 0, fp: 0, fn: 0 };
  const typed: Counts = { tp: 0, fp: 0, fn: 0 };
  pairs.forEach((pair, i) => {
    for (const [acc, typeOnly] of [[full, false], [typed, true]] as const) {
      const c = matchEvents(pair, maps[i]!, typeOnly);
      acc.tp += c.tp;
      acc.fp += c.fp;
      acc.fn += c.fn;
    }
  });
  const f = prf(full);
  return {
    'events.f1': f.f1,
    'events.precision': f.precision,
    'events.recall': f.recall,
    'events.type_f1': prf(typed).f1,
  };
}

export const eventsMeasure: Measure = {
  name: 'events',
  description: 'PLOVER events: type + trigger (or sentence) + a mapped source and target in common (README rules)',
  run: (ctx) => scoreEvents(ctx.pairs),
};
