/**
 * `npm run bench [-- --json] [--only a,b] [--mb N]`: throughput figures, each against a peer measured
 * in the same run where the issue names one. Never part of `npm test`.
 */
import { Command } from 'commander';
import { buildBenchCorpus } from './corpus.js';
import { SUITES } from './registry.js';

const program = new Command('bench')
  .description('Measure Marsad throughput (text core vs PostgreSQL Arabic analyzer, stages, store, search).')
  .option('--json', 'print one flat JSON object of the figures')
  .option('--only <names>', 'comma-separated suite names')
  .option('--mb <n>', 'size of the benchmark corpus in MB', '10')
  .parse();
const opts = program.opts<{ json?: boolean; only?: string; mb: string }>();
const log = (m: string): void => {
  process.stderr.write(m + '\n');
};
const corpus = buildBenchCorpus(Number(opts.mb) * 1024 * 1024);
log(`bench corpus: ${corpus.articles.length} articles, ${(corpus.totalBytes / 1048576).toFixed(1)} MB of Arabic text`);
const only = opts.only ? new Set(opts.only.split(',')) : null;
const figures: Record<string, number> = { 'corpus.articles': corpus.articles.length, 'corpus.mb': corpus.totalBytes / 1048576 };
for (const suite of SUITES) {
  if (only && !only.has(suite.name)) continue;
  log(`running ${suite.name}: ${suite.description}`);
  Object.assign(figures, await suite.run({ ...corpus, log }));
}
const rounded = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
if (opts.json) process.stdout.write(JSON.stringify(rounded) + '\n');
else {
  const width = Math.max(...Object.keys(rounded).map((k) => k.length));
  for (const [k, v] of Object.entries(rounded)) console.log(`${k.padEnd(width)}  ${v}`);
}
