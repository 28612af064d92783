import { createWriteStream } from 'node:fs';
import { Command, Option } from 'commander';
import { exportData, type ExportFormat, type ExportKind } from '../../export/export.js';
import { openStore } from '../../store/open.js';

/** `marsad export`: articles, actors, quotes, events, stories or places as JSONL, CSV, GeoJSON or PLOVER JSON. */
export function exportCommand(): Command {
  return new Command('export')
    .description('Export stored data (events as PLOVER-style JSON or ACLED-like CSV; places/events as GeoJSON).')
    .addOption(new Option('--what <kind>', 'what to export').choices(['articles', 'actors', 'quotes', 'events', 'stories', 'places']).default('events'))
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv', 'geojson', 'plover']).default('jsonl'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--db <url>', 'database (default $MARSAD_DB or ./.marsad)')
    .action(async (o: { what: ExportKind; format: ExportFormat; out?: string; db?: string }) => {
      const store = await openStore(o.db);
      const out = o.out ? createWriteStream(o.out) : process.stdout;
      try {
        for await (const chunk of exportData(store, o.what, o.format)) {
          if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
        }
      } finally {
        if (o.out) await new Promise((r) => (out as ReturnType<typeof createWriteStream>).end(r));
        await store.close();
      }
    });
}
