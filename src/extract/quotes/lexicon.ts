import type { SpeechAct } from '../../doc/annotations.js';
import { MarsadError } from '../../errors.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable, type Table } from '../../lexicons/table.js';
import { matchKey, phraseKey } from '../../text/index.js';
import { loadStances, type ActStances } from './act-words.js';

/**
 * The quote stage's language knowledge, loaded once from data/ar (quote-cues, quote-nominal-cues,
 * quote-links, quote-bounds, quote-channels, unnamed-sources, speech-acts). Every entry is keyed with matchKey,
 * the same function applied to tokens.
 */

export type CueKind = 'verb' | 'participle' | 'noun' | 'owned';

/** Where a cue's content may start (see the header of quote-cues.tsv). */
export type Frame =
  | { readonly kind: 'that' }
  | { readonly kind: 'direct' }
  | { readonly kind: 'obj' }
  | { readonly kind: 'prep'; readonly prep: string };

export interface CueEntry {
  readonly lemma: string;
  readonly kind: CueKind;
  readonly frames: readonly Frame[];
  readonly act: SpeechAct;
  readonly line: number;
}

export interface NominalCue {
  readonly words: readonly string[];
  readonly kind: 'according_to';
  readonly act: SpeechAct;
}

export type LinkRole = 'complementizer' | 'mouthpiece' | 'source' | 'blocker' | 'role' | 'title' | 'time' | 'anaphor';

const BOUND_ROLES: ReadonlySet<string> = new Set(['gloss', 'contrast', 'conditional', 'relative', 'transition']);

export type BoundRole = 'gloss' | 'contrast' | 'conditional' | 'relative' | 'transition';

export interface QuoteLexicon {
  /** matchKey of a cue surface (without و/ف) → entry. */
  readonly cues: ReadonlyMap<string, CueEntry>;
  readonly nominal: readonly NominalCue[];
  /** Single-word links by matchKey → role; multi-word ones as word lists. */
  readonly links: ReadonlyMap<string, LinkRole>;
  readonly linkPhrases: readonly { readonly words: readonly string[]; readonly role: LinkRole }[];
  /** Where the narrator takes the word back (quote-bounds.tsv): glosses after a comma, contrast conjunctions; conditionals before a cue. */
  readonly bounds: readonly { readonly words: readonly string[]; readonly role: BoundRole }[];
  /** The first words of `bounds`, `channels`, `unnamed` and `nominal` (tokens.ts mayStart: a cheap filter per token). */
  readonly boundHeads: ReadonlySet<string>;
  readonly channelHeads: ReadonlySet<string>;
  readonly unnamedHeads: ReadonlySet<string>;
  readonly nominalHeads: ReadonlySet<string>;
  readonly channels: readonly (readonly string[])[];
  readonly unnamed: readonly (readonly string[])[];
  readonly acts: readonly { readonly words: readonly string[]; readonly act: SpeechAct }[];
  /** Stance nouns, self nouns and pronouns of speech-stances.tsv (see acts.ts). */
  readonly stances: ActStances;
}

const ACTS: ReadonlySet<string> = new Set([
  'claim', 'denial', 'demand', 'warning', 'promise', 'accusation', 'praise', 'condemnation', 'announcement', 'other',
]);
const ROLES: ReadonlySet<string> = new Set(['complementizer', 'mouthpiece', 'source', 'blocker', 'role', 'title', 'time', 'anaphor']);

function cell(t: Table, row: Table['rows'][number], col: string): string {
  const v = row.cells[col];
  if (!v) throw new MarsadError('MARSAD_DATA_INVALID', { file: t.file, line: row.line, detail: `empty column "${col}"` });
  return v;
}

function act(t: Table, row: Table['rows'][number], col = 'act'): SpeechAct {
  const v = cell(t, row, col);
  if (!ACTS.has(v)) throw new MarsadError('MARSAD_DATA_INVALID', { file: t.file, line: row.line, detail: `unknown speech act "${v}"` });
  return v as SpeechAct;
}

function parseFrames(t: Table, row: Table['rows'][number]): Frame[] {
  return cell(t, row, 'frames').split(';').map((f) => {
    const s = f.trim();
    if (s === 'that' || s === 'direct' || s === 'obj') return { kind: s };
    if (s.startsWith('prep:') && s.length > 5) return { kind: 'prep', prep: matchKey(s.slice(5)) };
    throw new MarsadError('MARSAD_DATA_INVALID', { file: t.file, line: row.line, detail: `unknown frame "${s}"` });
  });
}

const words = (phrase: string): string[] => phraseKey(phrase).split(' ').filter((w) => w.length > 0);

export function loadQuoteLexicon(dir: (file: string) => string = (f) => dataPath('ar', f)): QuoteLexicon {
  const cueTable = readTable(dir('quote-cues.tsv'));
  const cues = new Map<string, CueEntry>();
  for (const row of cueTable.rows) {
    const kind = cell(cueTable, row, 'kind');
    if (kind !== 'verb' && kind !== 'participle' && kind !== 'noun' && kind !== 'owned') {
      throw new MarsadError('MARSAD_DATA_INVALID', { file: cueTable.file, line: row.line, detail: `unknown cue kind "${kind}"` });
    }
    const entry: CueEntry = {
      lemma: cell(cueTable, row, 'lemma'), kind, frames: parseFrames(cueTable, row), act: act(cueTable, row), line: row.line,
    };
    for (const form of cell(cueTable, row, 'forms').split(/\s+/u)) {
      const key = matchKey(form);
      const prior = cues.get(key);
      if (prior) {
        throw new MarsadError('MARSAD_DATA_INVALID', {
          file: cueTable.file, line: row.line, detail: `form "${form}" already listed on line ${prior.line}`,
        });
      }
      cues.set(key, entry);
    }
  }

  const nomTable = readTable(dir('quote-nominal-cues.tsv'));
  const nominal: NominalCue[] = nomTable.rows.map((row) => {
    const kind = cell(nomTable, row, 'kind');
    if (kind !== 'according_to') {
      throw new MarsadError('MARSAD_DATA_INVALID', { file: nomTable.file, line: row.line, detail: `unknown kind "${kind}"` });
    }
    return { words: words(cell(nomTable, row, 'phrase')), kind, act: act(nomTable, row) };
  });

  const linkTable = readTable(dir('quote-links.tsv'));
  const links = new Map<string, LinkRole>();
  const linkPhrases: { words: string[]; role: LinkRole }[] = [];
  for (const row of linkTable.rows) {
    const role = cell(linkTable, row, 'role');
    if (!ROLES.has(role)) throw new MarsadError('MARSAD_DATA_INVALID', { file: linkTable.file, line: row.line, detail: `unknown role "${role}"` });
    const w = words(cell(linkTable, row, 'phrase'));
    if (w.length === 1) links.set(w[0]!, role as LinkRole);
    else linkPhrases.push({ words: w, role: role as LinkRole });
  }

  const boundTable = readTable(dir('quote-bounds.tsv'));
  const bounds = boundTable.rows.map((row) => {
    const role = cell(boundTable, row, 'role');
    if (!BOUND_ROLES.has(role)) {
      throw new MarsadError('MARSAD_DATA_INVALID', { file: boundTable.file, line: row.line, detail: `unknown role "${role}"` });
    }
    return { words: words(cell(boundTable, row, 'phrase')), role: role as BoundRole };
  });

  const list = (file: string): string[][] => readTable(dir(file)).rows.map((r) => words(r.cells['phrase'] ?? '')).filter((w) => w.length > 0);
  const actTable = readTable(dir('speech-acts.tsv'));
  const acts = actTable.rows.map((row) => ({ words: words(cell(actTable, row, 'phrase')), act: act(actTable, row) }));

  const channels = list('quote-channels.tsv');
  const unnamed = list('unnamed-sources.tsv').sort((a, b) => b.length - a.length);
  const heads = (phrases: readonly (readonly string[])[]): ReadonlySet<string> => new Set(phrases.map((w) => w[0]!));
  return {
    cues, nominal, links, linkPhrases, bounds, boundHeads: heads(bounds.map((b) => b.words)),
    channelHeads: heads(channels), unnamedHeads: heads(unnamed), nominalHeads: heads(nominal.map((n) => n.words)),
    channels,
    unnamed,
    acts,
    stances: loadStances(dir('speech-stances.tsv'), ACTS),
  };
}
