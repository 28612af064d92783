import { Command } from 'commander';
import { defaultPipeline } from '../../pipeline/default.js';

/** `marsad pipeline`: the stages in order, with what each reads and adds. */
export function pipelineCommand(): Command {
  return new Command('pipeline')
    .description('List the analysis stages in order, with the layers each reads and adds.')
    .action(async () => {
      const p = await defaultPipeline();
      console.log('text core → sentences, tokens (clitic parts, match keys)');
      for (const s of p.stages) {
        console.log(`${s.name} v${s.version}: reads [${s.reads.join(', ')}] adds [${s.adds.join(', ')}] — ${s.description}`);
      }
    });
}
