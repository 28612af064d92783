import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ActorType } from '../../doc/annotations.js';
import { MarsadError } from '../../errors.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable, type Table, type TableRow } from '../../lexicons/table.js';
import { loadOrgans } from './lexicon.js';

/**
 * The actor knowledge base: reviewed TSV files in data/actors/ (plus any user folder), validated
 * with zod row by row so a bad entry is reported as `file:line`. Actor files and role files are
 * told apart by their columns: an actor file has `id`, a role file has `holder`.
 */
export type ActorKind =
  | 'state' | 'government' | 'forces' | 'armed_group' | 'body' | 'legislature' | 'people' | 'person' | 'media' | 'organ';

export interface KbActor {
  readonly id: string;
  readonly type: ActorType;
  readonly kind: ActorKind;
  readonly parent: string | null;
  /** ISO 3166 alpha-2 of the actor's country, or null. */
  readonly country: string | null;
  readonly nameAr: string;
  readonly nameEn: string;
  /** Full names and variants (include nameAr). */
  readonly aliases: readonly string[];
  /** Short forms distinctive enough to stand alone anywhere («حفتر»). */
  readonly short: readonly string[];
  /** Nisba adjective forms without the article (countries only). */
  readonly nisba: readonly string[];
  /** Broken plurals for the people (countries only). */
  readonly plural: readonly string[];
  /** Capital used for the state in news («موسكو»). */
  readonly capital: string | null;
  readonly source: string;
}

export interface KbRole {
  readonly holder: string;
  readonly role: string;
  readonly of: string;
  readonly to: string | null;
  /** ISO prefix dates: YYYY, YYYY-MM or YYYY-MM-DD; null when open or unknown. */
  readonly from: string | null;
  readonly until: string | null;
  readonly source: string;
}

/** An actor's side in a two-sided conflict (data/actors/sides.tsv). */
export interface KbSide {
  readonly conflict: string;
  readonly side: string;
  readonly actor: string;
  /** The side's armed force: what «الطرف الآخر» denotes from the opposite side. */
  readonly principal: boolean;
  readonly from: string | null;
  readonly until: string | null;
  readonly source: string;
}

export interface ActorKb {
  readonly actors: ReadonlyMap<string, KbActor>;
  readonly roles: readonly KbRole[];
  readonly sides: readonly KbSide[];
  /** Country actor id by ISO alpha-2. */
  readonly countryByIso: ReadonlyMap<string, string>;
}

const ID = z.string().regex(/^[a-z0-9_]+$/u, 'ids are lower-case ASCII letters, digits and _');
const DATE = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u, 'dates are YYYY, YYYY-MM or YYYY-MM-DD').nullable();
const list = (s: string | undefined): string[] => (s ? s.split('|').map((x) => x.trim()).filter((x) => x.length > 0) : []);
const opt = (s: string | undefined): string | null => (s && s.length > 0 ? s : null);

const ActorRow = z.object({
  id: ID,
  type: z.enum(['PER', 'ORG', 'GPE']),
  kind: z.enum(['state', 'government', 'forces', 'armed_group', 'body', 'legislature', 'people', 'person', 'media', 'organ']),
  parent: ID.nullable(),
  country: z.string().regex(/^[A-Z]{2}$/u, 'country is an ISO 3166 alpha-2 code').nullable(),
  nameAr: z.string().min(1, 'name_ar is empty').regex(/[\u0600-\u06ff]/u, 'name_ar has no Arabic letter'),
  nameEn: z.string().min(1, 'name_en is empty'),
  aliases: z.array(z.string().min(1)),
  short: z.array(z.string().min(1)),
  nisba: z.array(z.string().min(1)),
  plural: z.array(z.string().min(1)),
  capital: z.string().nullable(),
  source: z.string().min(1, 'every fact needs a source'),
});

const RoleRow = z.object({
  holder: ID,
  role: z.string().regex(/^[a-z_]+$/u),
  of: ID,
  to: ID.nullable(),
  from: DATE,
  until: DATE,
  source: z.string().min(1, 'every fact needs a source'),
});

const SideRow = z.object({
  conflict: ID,
  side: ID,
  actor: ID,
  principal: z.enum(['0', '1']),
  from: DATE,
  until: DATE,
  source: z.string().min(1, 'every fact needs a source'),
});

function invalid(file: string, line: number, detail: string): MarsadError {
  return new MarsadError('MARSAD_DATA_INVALID', { file, line, detail });
}

function parseRow<T>(schema: z.ZodType<T>, table: Table, row: TableRow, raw: unknown): T {
  const r = schema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw invalid(table.file, row.line, `${issue.path.join('.') || 'row'}: ${issue.message}`);
  }
  return r.data;
}

function actorFromRow(table: Table, row: TableRow): KbActor {
  const c = row.cells;
  const parsed = parseRow(ActorRow, table, row, {
    id: c['id'] ?? '', type: c['type'] ?? '', kind: c['kind'] ?? '', parent: opt(c['parent']), country: opt(c['country']),
    nameAr: c['name_ar'] ?? '', nameEn: c['name_en'] ?? '', aliases: list(c['aliases_ar']), short: list(c['short_ar']),
    nisba: list(c['nisba_ar']), plural: list(c['plural_ar']), capital: opt(c['capital_ar']), source: c['source'] ?? '',
  });
  return { ...parsed, aliases: [...new Set([parsed.nameAr, ...parsed.aliases])] };
}

function roleFromRow(table: Table, row: TableRow): KbRole {
  const c = row.cells;
  return parseRow(RoleRow, table, row, {
    holder: c['holder'] ?? '', role: c['role'] ?? '', of: c['of'] ?? '', to: opt(c['to']), from: opt(c['from']),
    until: opt(c['until']), source: c['source'] ?? '',
  });
}

function sideFromRow(table: Table, row: TableRow): KbSide {
  const c = row.cells;
  const r = parseRow(SideRow, table, row, {
    conflict: c['conflict'] ?? '', side: c['side'] ?? '', actor: c['actor'] ?? '', principal: c['principal'] ?? '',
    from: opt(c['from']), until: opt(c['until']), source: c['source'] ?? '',
  });
  return { ...r, principal: r.principal === '1' };
}

function tsvFiles(dir: string): string[] {
  if (!existsSync(dir)) throw new MarsadError('MARSAD_INPUT_NOT_FOUND', { path: dir });
  return readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort().map((f) => join(dir, f));
}

/**
 * Loads every .tsv of data/actors/ and of the extra folders (users' own files). Checks that ids are
 * unique, that parents, holders and role bodies exist (an organ derived from data/ar/state-organs.tsv,
 * such as `russia_mfa`, counts), and that role keys are known.
 */
export function loadActorKb(extraDirs: readonly string[] = []): ActorKb {
  const actors = new Map<string, KbActor>();
  const where = new Map<string, { file: string; line: number }>();
  const roles: { role: KbRole; file: string; line: number }[] = [];
  const sides: { side: KbSide; file: string; line: number }[] = [];
  for (const file of [...tsvFiles(dataPath('actors')), ...extraDirs.flatMap(tsvFiles)]) {
    const table = readTable(file);
    if (table.columns.includes('conflict')) {
      for (const row of table.rows) sides.push({ side: sideFromRow(table, row), file, line: row.line });
    } else if (table.columns.includes('holder')) {
      for (const row of table.rows) roles.push({ role: roleFromRow(table, row), file, line: row.line });
    } else if (table.columns.includes('id')) {
      for (const row of table.rows) {
        const a = actorFromRow(table, row);
        const prev = where.get(a.id);
        if (prev) throw invalid(file, row.line, `duplicate actor id "${a.id}" (first defined at ${prev.file}:${prev.line})`);
        actors.set(a.id, a);
        where.set(a.id, { file, line: row.line });
      }
    } else {
      throw invalid(file, 1, 'an actor file needs an `id` column, a role file a `holder` column, a sides file a `conflict` column');
    }
  }
  const countryByIso = new Map<string, string>();
  for (const a of actors.values()) if (a.kind === 'state' && a.country) countryByIso.set(a.country, a.id);
  const organKeys = new Set(loadOrgans().map((o) => o.value));
  const exists = (id: string): boolean => {
    if (actors.has(id)) return true;
    const m = /^(.+)_([a-z]+)$/u.exec(id);
    return m !== null && actors.get(m[1]!)?.kind === 'state' && organKeys.has(m[2]!);
  };
  for (const [id, a] of actors) {
    if (a.parent && !exists(a.parent)) {
      const w = where.get(id)!;
      throw invalid(w.file, w.line, `parent "${a.parent}" is not a known actor id`);
    }
  }
  for (const { role, file, line } of roles) {
    if (!actors.has(role.holder)) throw invalid(file, line, `holder "${role.holder}" is not a known actor id`);
    if (!exists(role.of)) throw invalid(file, line, `"${role.of}" (of) is not a known actor id`);
    if (role.to && !exists(role.to)) throw invalid(file, line, `"${role.to}" (to) is not a known actor id`);
    if (role.from && role.until && role.until < role.from) throw invalid(file, line, `until ${role.until} is before from ${role.from}`);
  }
  for (const { side, file, line } of sides) {
    if (!exists(side.actor)) throw invalid(file, line, `"${side.actor}" (actor) is not a known actor id`);
  }
  return { actors, roles: roles.map((r) => r.role), sides: sides.map((s) => s.side), countryByIso };
}

/** Whether a dated role covers an ISO date (prefix dates compare as intervals: «2023» covers all of 2023). */
export function roleCovers(role: Pick<KbRole, 'from' | 'until'>, date: string): boolean {
  const d = date.slice(0, 10);
  if (role.from && d < role.from) return false;
  if (role.until && d.slice(0, role.until.length) > role.until) return false;
  return true;
}
