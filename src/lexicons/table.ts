import { readFileSync } from 'node:fs';
import { MarsadError } from '../errors.js';

/**
 * A TSV data file: `#` header lines with provenance (`# source:`, `# licence:`), one column row,
 * then one entry per line. Every row remembers its line number so errors can name it.
 */
export interface TableRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface Table {
  readonly file: string;
  readonly header: Readonly<Record<string, string>>;
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
}

export function parseTable(file: string, content: string): Table {
  const header: Record<string, string> = {};
  let columns: string[] | null = null;
  const rows: TableRow[] = [];
  const lines = content.split(/\r?\n/u);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    if (raw.startsWith('#')) {
      const m = /^#\s*([\w-]+)\s*:\s*(.*)$/u.exec(raw);
      if (m && columns === null) header[m[1]!.toLowerCase()] = m[2]!.trim();
      return;
    }
    const cells = raw.split('\t');
    if (columns === null) {
      columns = cells.map((c) => c.trim());
      return;
    }
    if (cells.length > columns.length) {
      throw new MarsadError('MARSAD_DATA_INVALID', {
        file, line, detail: `${cells.length} columns, the header has ${columns.length} (${columns.join(', ')})`,
      });
    }
    const record: Record<string, string> = {};
    columns.forEach((c, k) => {
      record[c] = (cells[k] ?? '').trim();
    });
    rows.push({ line, cells: record });
  });
  if (columns === null) throw new MarsadError('MARSAD_DATA_INVALID', { file, line: 1, detail: 'no column row' });
  if (!header['source'] || !header['licence']) {
    throw new MarsadError('MARSAD_DATA_INVALID', { file, line: 1, detail: 'missing `# source:` or `# licence:` header' });
  }
  return { file, header, columns, rows };
}

export function readTable(file: string): Table {
  return parseTable(file, readFileSync(file, 'utf8'));
}

/** Reads a one-entry-per-line list with `#` comments (e.g. a generated vocabulary). */
export function readList(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0 && !l.startsWith('#'));
}
