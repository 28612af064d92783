#!/usr/bin/env node
/**
 * The `marsad` command. Each verb lives in src/cli/commands/<verb>.ts and is registered here,
 * explicitly, in the order `--help` lists them. Business logic stays in the library.
 */
import { Command } from 'commander';
import { isMarsadError } from '../errors.js';
import { analyzeCommand } from './commands/analyze.js';
import { pipelineCommand } from './commands/pipeline.js';

const program = new Command('marsad')
  .description('Marsad (مرصد): Arabic news → actors, labels, quotes, events, places, times and stories, with evidence.')
  .version('0.1.0')
  .showHelpAfterError();

program.addCommand(analyzeCommand());
program.addCommand(pipelineCommand());
program.addCommand((await import('./commands/serve.js')).serveCommand());
program.addCommand((await import('./commands/ingest.js')).ingestCommand());
program.addCommand((await import('./commands/stories.js')).storiesCommand());
program.addCommand((await import('./commands/search.js')).searchCommand());
program.addCommand((await import('./commands/export.js')).exportCommand());
program.addCommand((await import('./commands/queue.js')).enqueueCommand());
program.addCommand((await import('./commands/queue.js')).workerCommand());

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (isMarsadError(e)) {
    process.stderr.write(`marsad: ${e.message} [${e.code}]\n`);
    process.exitCode = e.exitCode;
  } else {
    throw e;
  }
}
