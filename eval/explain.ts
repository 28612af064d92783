/**
 * `npm run eval:explain -- events|actors [--gold DIR] [--corpus DIR]`
 * Prints, per article, what the measure counted as missed (gold only) and spurious (system only),
 * with the sentence text, so an engineer sees the errors behind a figure. A development aid: it
 * reads the same gold the eval reads and changes nothing.
 */
import { Command } from 'commander';
import type { Event } from '../src/doc/annotations.js';
import { overlapLength, type Span } from '../src/doc/span.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { goldMentions, mapActors, systemMentions } from './actor-map.js';
import { DEFAULT_CORPUS_DIR, DEFAULT_GOLD_DIR, loadGold } from './load.js';
import { matchByOverlap } from './score.js';
import type { EvalPair } from './types.js';

const program = new Command('eval:explain')
  .description('Show the misses and spurious items behind an eval figure.')
  .argument('<measure>', 'events | actors')
  .option('--gold <dir>', 'folder of gold JSON files', DEFAULT_GOLD_DIR)
  .option('--corpus <dir>', 'folder of the matching .txt articles', DEFAULT_CORPUS_DIR)
  .parse();
const measure = program.args[0];
const opts = program.opts<{ gold: string; corpus: string }>();
const pipeline = await defaultPipeline();
const pairs: EvalPair[] = loadGold(opts.gold, opts.corpus).map(({ gold, text }) => ({
  gold,
  text,
  system: pipeline.run(text, { outlet: gold.outlet, published: gold.published, source: gold.file }, gold.file),
}));
const maps = mapActors(pairs, false);

function sentenceText(pair: EvalPair, offset: number): string {
  const s = pair.system.sentences.find((x) => x.start <= offset && offset < x.end);
  return s ? pair.text.slice(s.start, s.end).replace(/\s+/g, ' ') : '';
}

interface GoldEvent { type: string; mode: string | null; trigger: Span; source: string[]; target: string[] }

function explainEvents(): void {
  pairs.forEach((pair, i) => {
    const map = maps[i]!;
    const gold = (pair.gold.events ?? []) as unknown as GoldEvent[];
    const sys = pair.system.layers.events ?? ([] as readonly Event[]);
    console.log(`\n=== ${pair.gold.file} (gold ${gold.length}, system ${sys.length})`);
    const sysTxt = (e: Event): string =>
      `${e.type}/${e.mode ?? '-'} «${pair.text.slice(e.trigger.start, e.trigger.end)}» src=[${e.source.map((s) => map(s) ?? '?' + s).join(',')}] tgt=[${e.target.map((s) => map(s) ?? '?' + s).join(',')}]`;
    const used = new Set<number>();
    for (const g of gold) {
      const sameSent = (e: Event): boolean => sentenceText(pair, e.trigger.start) === sentenceText(pair, g.trigger.start);
      const near = sys.map((e, si) => ({ e, si })).filter(({ e }) => overlapLength(e.trigger, g.trigger) > 0 || sameSent(e));
      const ok = near.find(({ e }) => e.type === g.type
        && side(g.source, e.source, map) && side(g.target, e.target, map));
      if (ok) { used.add(ok.si); continue; }
      console.log(`MISS ${g.type}/${g.mode ?? '-'} «${pair.text.slice(g.trigger.start, g.trigger.end)}» src=[${g.source}] tgt=[${g.target}]`);
      console.log(`     in: ${sentenceText(pair, g.trigger.start)}`);
      for (const { e } of near) console.log(`     sys: ${sysTxt(e)}`);
    }
    sys.forEach((e, si) => {
      if (used.has(si)) return;
      const goldNear = gold.some((g) => overlapLength(e.trigger, g.trigger) > 0);
      if (!goldNear) console.log(`SPUR ${sysTxt(e)}\n     in: ${sentenceText(pair, e.trigger.start)}`);
    });
  });
}

function side(gold: readonly string[], system: readonly string[], map: (id: string) => string | null): boolean {
  if (gold.length === 0 || system.length === 0) return gold.length === 0 && system.length === 0;
  return system.some((id) => { const m = map(id); return m !== null && gold.includes(m); });
}

function explainActors(): void {
  pairs.forEach((pair, i) => {
    const map = maps[i]!;
    const g = goldMentions(pair);
    const s = systemMentions(pair);
    console.log(`\n=== ${pair.gold.file} (gold ${g.length}, system ${s.length})`);
    const matched = matchByOverlap(g, s, (x) => x.span, (x) => x.span);
    const gm = new Map(matched.map(([gi, si]) => [gi, si]));
    const sm = new Set(matched.map(([, si]) => si));
    g.forEach((m, gi) => {
      const si = gm.get(gi);
      if (si === undefined) {
        console.log(`MISS «${m.span.text}» ${m.actorId} | ${sentenceText(pair, m.span.start).slice(0, 160)}`);
      } else if (map(s[si]!.actorId) !== m.actorId) {
        console.log(`WRONG «${m.span.text}» gold=${m.actorId} sys=${s[si]!.actorId}→${map(s[si]!.actorId)}`);
      }
    });
    s.forEach((m, si) => {
      if (!sm.has(si)) console.log(`SPUR «${pair.text.slice(m.span.start, m.span.end)}» ${m.actorId} | ${sentenceText(pair, m.span.start).slice(0, 160)}`);
    });
  });
}

if (measure === 'events') explainEvents();
else if (measure === 'actors') explainActors();
else program.error(`unknown measure ${measure}: use events or actors`);
