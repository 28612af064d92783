/**
 * `npm run eval [-- --json] [--gold DIR] [--corpus DIR] [--ner FILE]`
 * Runs the default pipeline on every gold article (its `published` and `outlet` as metadata) and
 * prints each measure's figures: one line per figure, or one flat JSON object with --json.
 */
import { Command } from 'commander';
import { defaultPipeline } from '../src/pipeline/default.js';
import { DEFAULT_CORPUS_DIR, DEFAULT_GOLD_DIR, DEFAULT_NER_FILE, loadGold } from './load.js';
import { MEASURES } from './registry.js';
import type { EvalPair } from './types.js';

const program = new Command('eval')
  .description('Score Marsad against gold annotations (precision/recall/F1 per measure).')
  .option('--gold <dir>', 'folder of gold JSON files', DEFAULT_GOLD_DIR)
  .option('--corpus <dir>', 'folder of the matching .txt articles', DEFAULT_CORPUS_DIR)
  .option('--ner <file>', 'CoNLL-style `token TAG` file for NER scoring', DEFAULT_NER_FILE)
  .option('--only <names>', 'comma-separated measure names to run')
  .option('--json', 'print one flat JSON object of the figures')
  .parse();

const opts = program.opts<{ gold: string; corpus: string; ner: string; json?: boolean; only?: string }>();
const pipeline = await defaultPipeline();
const pairs: EvalPair[] = loadGold(opts.gold, opts.corpus).map(({ gold, text }) => ({
  gold,
  text,
  system: pipeline.run(text, { outlet: gold.outlet, published: gold.published, source: gold.file }, gold.file),
}));
const only = opts.only ? new Set(opts.only.split(',')) : null;
const figures: Record<string, number> = {};
for (const m of MEASURES) {
  if (only && !only.has(m.name)) continue;
  Object.assign(figures, await m.run({ pairs, nerFile: opts.ner }));
}
const rounded = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(v * 10000) / 10000]));
if (opts.json) {
  process.stdout.write(JSON.stringify(rounded) + '\n');
} else {
  console.log(`Marsad eval — ${pairs.length} gold articles from ${opts.gold}`);
  const width = Math.max(...Object.keys(rounded).map((k) => k.length), 10);
  for (const [k, v] of Object.entries(rounded)) console.log(`${k.padEnd(width)}  ${v.toFixed(4)}`);
}
