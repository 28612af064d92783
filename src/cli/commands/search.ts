import { Command } from 'commander';
import { openStore } from '../../store/open.js';

/** `marsad search "…"`: Arabic-aware full-text search with filters and highlighted snippets. */
export function searchCommand(): Command {
  return new Command('search')
    .description('Search stored articles («الانتخابات» also finds «للانتخابات» and «انتخابات»).')
    .argument('<query>', 'words to find (all must occur)')
    .option('--db <url>', 'database (default $MARSAD_DB or ./.marsad)')
    .option('--outlet <name>').option('--from <date>', 'YYYY-MM-DD').option('--to <date>', 'YYYY-MM-DD')
    .option('--actor <id>').option('--place <id>')
    .option('--limit <n>', 'results', '10')
    .option('--json', 'print JSON')
    .action(async (q: string, o: { db?: string; outlet?: string; from?: string; to?: string; actor?: string; place?: string; limit: string; json?: boolean }) => {
      const store = await openStore(o.db);
      try {
        const res = await store.search({ q, outlet: o.outlet, from: o.from, to: o.to, actor: o.actor, place: o.place, limit: Number(o.limit) });
        if (o.json) {
          process.stdout.write(JSON.stringify(res, null, 2) + '\n');
          return;
        }
        console.log(`${res.total} article(s)`);
        const tty = process.stdout.isTTY;
        for (const h of res.items) {
          console.log(`\n${h.article.id} [${h.article.outlet ?? '?'}${h.article.published ? ' ' + h.article.published.slice(0, 10) : ''}] ${h.article.title ?? h.article.source ?? ''}`);
          for (const s of h.snippets) {
            let line = '';
            let at = 0;
            for (const hl of s.highlights) {
              line += s.text.slice(at, hl.start) + (tty ? '\x1b[1;33m' : '«') + s.text.slice(hl.start, hl.end) + (tty ? '\x1b[0m' : '»');
              at = hl.end;
            }
            console.log('  … ' + line + s.text.slice(at));
          }
        }
      } finally {
        await store.close();
      }
    });
}
