import { Command, Option } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { articleToJson } from '../../doc/json.js';
import { checkArticle } from '../../doc/invariants.js';
import { DEFAULT_MAX_BYTES, outletOf, readInputs } from '../../ingest/read-input.js';
import { defaultPipeline } from '../../pipeline/default.js';
import type { Article } from '../../doc/article.js';
import { formatArticleSummary } from '../format/summary.js';
import { buildLabelMatrix, formatLabelMatrix } from '../../actors/label-matrix.js';

/** `marsad analyze <files or folders…>`: run the pipeline and print a summary or JSON lines. */
export function analyzeCommand(): Command {
  return new Command('analyze')
    .description('Analyse Arabic articles (.txt, .json, .jsonl files or folders of them) and print what was found.')
    .argument('<paths...>', 'files or folders (folders are read recursively: .txt, .json, .jsonl)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--max-bytes <n>', 'refuse files larger than this', String(DEFAULT_MAX_BYTES))
    .option('--allow-non-arabic', 'analyse text even when most letters are not Arabic')
    .option('--no-progress', 'never show a progress bar')
    .option('--debug', 'check every offset invariant of every article')
    .addHelpText('after', `
Examples:
  marsad analyze examples/                 summary of each article, then the label matrix
  marsad analyze a.txt --format json       one JSON object per article (schema marsad.article/1, docs/analyze-json.md)
  marsad analyze feed.jsonl                JSON lines with "text" and optional title, outlet, url, published

Exit code: 0 when every input was analysed, 3 when some input failed (the others are still analysed).`)
    .action(async (paths: string[], opts: { format: 'text' | 'json'; maxBytes: string; allowNonArabic?: boolean; progress: boolean; debug?: boolean }) => {
      const failed = await runAnalyze(paths, opts);
      if (failed > 0) process.exitCode = 3;
    });
}

async function runAnalyze(paths: string[], opts: { format: 'text' | 'json'; maxBytes: string; allowNonArabic?: boolean; progress: boolean; debug?: boolean }): Promise<number> {
  const pipeline = await defaultPipeline();
  const input = readInputs(paths, { maxBytes: Number(opts.maxBytes), allowNonArabic: opts.allowNonArabic ?? false });
  const showBar = opts.progress && input.files.length > 1 && process.stderr.isTTY === true;
  const bar = showBar ? new SingleBar({ format: 'analyse |{bar}| {value}/{total} files · {file}', stream: process.stderr }, Presets.shades_classic) : null;
  bar?.start(input.files.length, 0, { file: '' });
  const articles: Article[] = [];
  const failures: string[] = [];
  let lastFile = '';
  for (const r of input.results()) {
    const file = r.source.replace(/#\d+$/u, '');
    if (bar && file !== lastFile) {
      if (lastFile) bar.increment(1, { file });
      lastFile = file;
    }
    if (!r.ok) {
      failures.push(`${r.error.message} [${r.error.code}]`);
      continue;
    }
    const article = pipeline.run(r.text, r.meta, r.source);
    if (opts.debug) checkArticle(article);
    if (opts.format === 'json') process.stdout.write(JSON.stringify(articleToJson(article, pipeline.stages)) + '\n');
    else articles.push(article);
  }
  if (bar) {
    bar.update(input.files.length, { file: '' });
    bar.stop();
  }
  if (opts.format === 'text') {
    for (const a of articles) console.log(formatArticleSummary(a, outletOf(a.meta)) + '\n');
    if (articles.some((a) => a.layers.mentions)) console.log(formatLabelMatrix(buildLabelMatrix(articles)));
    console.log(`${articles.length} article(s) analysed, ${failures.length} failed.`);
  }
  for (const f of failures) process.stderr.write(`marsad: ${f}\n`);
  return failures.length;
}
