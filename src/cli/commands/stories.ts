import { Command } from 'commander';
import { openStore } from '../../store/open.js';

/** `marsad stories`: threads, their event clusters, and member articles per outlet. */
export function storiesCommand(): Command {
  return new Command('stories')
    .description('Print the stories found: threads, their event clusters, members per outlet and copies.')
    .option('--db <url>', 'database (default $MARSAD_DB or ./.marsad)')
    .option('--limit <n>', 'threads to show', '20')
    .option('--json', 'print JSON')
    .action(async (o: { db?: string; limit: string; json?: boolean }) => {
      const store = await openStore(o.db);
      try {
        const threads = await store.listThreads({ limit: Number(o.limit) });
        const out = [];
        for (const t of threads.items) {
          const detail = (await store.getThread(t.id))!;
          const clusters = [];
          for (const c of detail.clusterList) clusters.push((await store.getCluster(c.id))!);
          out.push({ ...t, clusters });
        }
        if (o.json) {
          process.stdout.write(JSON.stringify({ total: threads.total, threads: out }, null, 2) + '\n');
          return;
        }
        console.log(`${threads.total} thread(s)`);
        for (const t of out) {
          console.log(`\nthread ${t.id}: ${t.title.slice(0, 100)} — ${t.clusters.length} event cluster(s), ${t.articles} article(s)${t.firstDate ? `, ${t.firstDate} … ${t.lastDate}` : ''}`);
          for (const c of t.clusters) {
            console.log(`  cluster ${c.id}: ${c.title.slice(0, 90)} (${c.size} article(s)${c.firstDate ? `, ${c.firstDate} … ${c.lastDate}` : ''})`);
            if (c.keyActors.length) console.log(`    key actors: ${c.keyActors.map((a) => `${a.name} (${a.articles})`).join('، ')}`);
            for (const m of c.members) for (const a of m.articles) console.log(`    [${m.outlet}] ${a.id} ${a.title?.slice(0, 70) ?? ''}`);
            for (const k of c.copies) console.log(`    copy: ${k.copyId} copies ${k.originId} (J≈${k.similarity.toFixed(2)}; headline ${k.changes.headlineChanged ? 'changed' : 'same'}, +${k.changes.inserted.length}/−${k.changes.removed.length} sentences)`);
          }
        }
      } finally {
        await store.close();
      }
    });
}
