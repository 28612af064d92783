import type { PloverType } from '../../doc/annotations.js';
import { MarsadError } from '../../errors.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable, type Table } from '../../lexicons/table.js';
import { matchKey } from '../../text/normalize.js';
import { imperfectForms, nounForms, perfectForms, wordKey } from './forms.js';

export const PLOVER_TYPES: readonly PloverType[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

/** Categories that are speech acts and so may be the act of a quote (README: «verbal categories»). */
export const VERBAL_TYPES: ReadonlySet<PloverType> = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'AGREE', 'SUPPORT']);

export interface TriggerEntry {
  readonly lemma: string;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly reverse: boolean;
  /** A speaker's evaluation of a party («مواقف إيجابية»): an event only inside a statement, the party evaluated its target. */
  readonly evaluative: boolean;
  /** Signing or concluding an agreement («وقع», «أبرم»): every party is a source (README), a co-signer after «مع» included; no target. */
  readonly joint: boolean;
  /** Where the entry came from, e.g. `data/events/triggers.tsv:12`. */
  readonly origin: string;
}

/** One way a trigger is written: a sequence of token keys and whether it is a verb form. */
export interface TriggerForm {
  readonly keys: readonly string[];
  /** perfect and imperfect are verb forms; noun covers masdars, participles and phrases. */
  readonly form: 'perfect' | 'imperfect' | 'noun';
  readonly entry: TriggerEntry;
}

export type CueKind = 'negation' | 'denial' | 'hypothetical' | 'announce' | 'future' | 'self' | 'generic' | 'anaphoric' | 'existential' | 'relative' | 'condition';

export interface Cue {
  readonly keys: readonly string[];
  readonly kind: CueKind;
  readonly reach: number;
}

export type PrepRole = 'target' | 'source' | 'none';

export interface EventLexicon {
  /** Trigger forms by their first key, longest first. */
  readonly triggers: ReadonlyMap<string, readonly TriggerForm[]>;
  readonly cues: ReadonlyMap<string, readonly Cue[]>;
  readonly future: ReadonlyMap<PloverType, { type: PloverType; mode: string | null }>;
  /** Demanded `TYPE` or `TYPE/mode` → what the call is coded as. */
  readonly calls: ReadonlyMap<string, PloverType>;
  /** Speech act → the event a statement performing it is; `ownFuture`: only when its words commit the speaker's side to a future deed. */
  readonly quoteActs: ReadonlyMap<string, { type: PloverType; mode: string | null; ownFuture: boolean }>;
  readonly casualties: ReadonlyMap<string, 'dead' | 'injured'>;
  readonly numbers: ReadonlyMap<string, { value: number; multiplier: boolean }>;
  readonly prepositions: ReadonlyMap<string, PrepRole>;
  /** `lemma/preposition` → what that preposition makes of the actor after it, for that trigger (frames.tsv). */
  readonly frames: ReadonlyMap<string, FrameRole>;
  /** Lemmas (their key) that are events only with one of these words after them (frames.tsv role required). */
  readonly required: ReadonlyMap<string, readonly string[]>;
  /** Lemmas whose complement is an intended act, not an event (governors.tsv: promises, threats, warnings). */
  readonly governors: ReadonlySet<string>;
  /** Circumstantial participles (participles.tsv), as token keys. */
  readonly participles: ReadonlySet<string>;
  /** A negated category in a statement → the refusal it voices (refusals.tsv). */
  readonly refusals: ReadonlyMap<PloverType, { type: PloverType; mode: string | null; form: 'noun' | 'first-person' }>;
}

/** A preposition's role in one verb's frame: `sense` marks a sense of the verb that is no event. */
export type FrameRole = PrepRole | 'sense' | 'required';

/** The key of a frame entry: the trigger's lemma and the preposition's key. */
export function frameKey(lemma: string, preposition: string): string {
  return `${wordKey(lemma)}/${wordKey(preposition)}`;
}

function ploverType(t: Table, line: number, value: string | undefined): PloverType {
  const v = (value ?? '') as PloverType;
  if (!PLOVER_TYPES.includes(v)) {
    throw new MarsadError('MARSAD_DATA_INVALID', { file: t.file, line, detail: `unknown PLOVER type "${value}"` });
  }
  return v;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function loadTriggers(file: string): Map<string, TriggerForm[]> {
  const t = readTable(file);
  const map = new Map<string, TriggerForm[]>();
  const seen = new Set<string>();
  for (const row of t.rows) {
    const c = row.cells;
    const entry: TriggerEntry = {
      lemma: c['lemma']!,
      type: ploverType(t, row.line, c['type']),
      mode: c['mode'] || null,
      reverse: c['roles'] === 'reverse',
      evaluative: c['roles'] === 'evaluative',
      joint: c['roles'] === 'joint',
      origin: `data/events/triggers.tsv:${row.line}`,
    };
    const add = (keys: string[], form: TriggerForm['form']): void => {
      const id = keys.join(' ') + '|' + entry.type + '|' + form;
      if (keys.length === 0 || keys.some((k) => !k) || seen.has(id)) return;
      seen.add(id);
      push(map, keys[0]!, { keys, form, entry });
    };
    for (const f of c['perfect'] ? perfectForms(c['perfect']) : []) add([f], 'perfect');
    for (const f of c['imperfect'] ? imperfectForms(c['imperfect']) : []) add([f], 'imperfect');
    for (const noun of (c['nouns'] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      const words = noun.split(/\s+/u);
      if (words.length === 1) for (const f of nounForms(noun)) add([wordKey(f)], 'noun');
      else add(words.map(wordKey), 'noun');
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return map;
}

function callsMap(file: string): Map<string, PloverType> {
  const t = readTable(file);
  return new Map(t.rows.map((r) => {
    const [type, mode] = (r.cells['demanded'] ?? '').split('/');
    ploverType(t, r.line, type);
    return [mode ? `${type}/${mode}` : type!, ploverType(t, r.line, r.cells['call'])];
  }));
}

let cached: EventLexicon | undefined;

/** Loads data/events/*.tsv once per process. */
export function loadEventLexicon(dir = dataPath('events')): EventLexicon {
  if (cached && dir === dataPath('events')) return cached;
  const f = (name: string): string => `${dir}/${name}`;
  const cues = new Map<string, Cue[]>();
  for (const row of readTable(f('cues.tsv')).rows) {
    const words = row.cells['cue']!.split(/\s+/u);
    const kind = row.cells['kind'] as CueKind;
    const reach = Number(row.cells['reach'] || 0);
    const keys = words.map(wordKey);
    push(cues, keys[0]!, { keys, kind, reach });
    // Function words spelt with «ال» («الذين») keep it in their token key: match the whole form too.
    const whole = words.map((w) => matchKey(w));
    if (whole.join(' ') !== keys.join(' ')) push(cues, whole[0]!, { keys: whole, kind, reach });
  }
  const futureTable = readTable(f('future.tsv'));
  const future = new Map(futureTable.rows.map((r) => [
    ploverType(futureTable, r.line, r.cells['type']),
    { type: ploverType(futureTable, r.line, r.cells['future']), mode: r.cells['mode'] || null },
  ]));
  const actsTable = readTable(f('quote-acts.tsv'));
  const quoteActs = new Map(actsTable.rows.map((r) => {
    const requires = r.cells['requires'] ?? '';
    if (requires !== '' && requires !== 'own-future') {
      throw new MarsadError('MARSAD_DATA_INVALID', { file: actsTable.file, line: r.line, detail: `unknown requirement "${requires}"` });
    }
    return [r.cells['act']!, { type: ploverType(actsTable, r.line, r.cells['type']), mode: r.cells['mode'] || null, ownFuture: requires === 'own-future' }];
  }));
  const casualties = new Map(readTable(f('casualties.tsv')).rows.map((r) => [
    wordKey(r.cells['noun']!), r.cells['kind'] === 'injured' ? 'injured' as const : 'dead' as const,
  ]));
  const numbers = new Map(readTable(f('numbers.tsv')).rows.map((r) => [
    wordKey(r.cells['word']!), { value: Number(r.cells['value']), multiplier: r.cells['multiplier'] === 'yes' },
  ]));
  const prepositions = new Map(readTable(f('prepositions.tsv')).rows.map((r) => [
    wordKey(r.cells['word']!), (r.cells['role'] as PrepRole) ?? 'none',
  ]));
  const framesTable = readTable(f('frames.tsv'));
  const frames = new Map<string, FrameRole>();
  const required = new Map<string, string[]>();
  for (const r of framesTable.rows) {
    const role = r.cells['role'] as FrameRole;
    if (!['target', 'source', 'none', 'sense', 'required'].includes(role)) {
      throw new MarsadError('MARSAD_DATA_INVALID', { file: framesTable.file, line: r.line, detail: `unknown frame role "${role}"` });
    }
    frames.set(frameKey(r.cells['lemma']!, r.cells['preposition']!), role);
    if (role === 'required') {
      const lemma = wordKey(r.cells['lemma']!);
      required.set(lemma, [...(required.get(lemma) ?? []), wordKey(r.cells['preposition']!)]);
    }
  }
  const governors = new Set(readTable(f('governors.tsv')).rows.map((r) => r.cells['lemma']!));
  const refusalsTable = readTable(f('refusals.tsv'));
  const refusals = new Map(refusalsTable.rows.map((r) => [
    ploverType(refusalsTable, r.line, r.cells['negated']),
    {
      type: ploverType(refusalsTable, r.line, r.cells['type']),
      mode: r.cells['mode'] || null,
      form: r.cells['form'] === 'noun' ? 'noun' as const : 'first-person' as const,
    },
  ]));
  const participles = new Set<string>();
  for (const r of readTable(f('participles.tsv')).rows) for (const form of nounForms(r.cells['participle']!)) participles.add(wordKey(form));
  const lexicon: EventLexicon = {
    participles,
    refusals,
    frames,
    required,
    governors,
    triggers: loadTriggers(f('triggers.tsv')),
    cues,
    future,
    calls: callsMap(f('calls.tsv')),
    quoteActs,
    casualties,
    numbers,
    prepositions,
  };
  if (dir === dataPath('events')) cached = lexicon;
  return lexicon;
}
