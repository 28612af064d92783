import type { ArticleActor } from '../../doc/annotations.js';
import type { Draft, Ref } from './draft.js';
import type { ActorKb, KbActor, KbRole, KbSide } from './kb.js';
import type { ResolveOptions } from './resolve.js';

/**
 * Resolution from the article's context rather than from a name: which state or government an
 * actor belongs to, the organ of that owner a bare organ noun stands for («الخارجية», «الوفد»,
 * «الوزارة»), and the other party of a two-sided conflict («الطرف الآخر»). Works on the resolver's
 * history of mentions so far (text order).
 */
export interface Seen {
  readonly id: string;
  readonly type: string;
  readonly labelKeys: Set<string>;
  readonly labelClasses: Set<string>;
  readonly roles: { role: string; of: string | null }[];
  /** First words (bare keys) of the names this actor was mentioned by. */
  readonly heads: Set<string>;
  /** This mention was the first person mention of its sentence. */
  readonly subject: boolean;
  /** This mention opens its sentence (verb + subject: «وأكد الوفد الإيطالي …»). */
  readonly lead: boolean;
  /** Index of the sentence of this mention. */
  readonly sentence: number;
}

export interface ContextDeps {
  readonly kb: ActorKb;
  readonly opts: ResolveOptions;
  readonly history: readonly Seen[];
  readonly actors: ReadonlyMap<string, ArticleActor>;
  /** Organ key of each organ actor met so far. */
  readonly organKeyOf: Map<string, string>;
  dated(r: Pick<KbRole, 'from' | 'until'>): boolean;
  governmentFor(country: string): string | null;
  organ(country: string, key: string, host: string | null): string;
  known(id: string): string;
  register(a: ArticleActor): string;
  ensure(id: string): string;
}

/** The generic organ key of «الوزارة»: whichever ministry the context names (state-organs.tsv). */
const MINISTRY = 'ministry';

export function contextResolvers(deps: ContextDeps) {
  const { kb, opts, history, actors, organKeyOf, dated, governmentFor, organ, known, register, ensure } = deps;
  const kbActor = (id: string): KbActor | undefined => kb.actors.get(id);
  /** Organ keys by the office of their head («interior_minister» → moi). */
  const organOfOffice = new Map([...(opts.organHeads ?? new Map<string, string>())].map(([k, role]) => [role, k] as const));
  const isMinistry = (key: string | undefined): boolean => (opts.organHeads?.get(key ?? '') ?? '').endsWith('_minister');

  // The state or (where rival authorities contend for the country) the government an actor
  // belongs to: itself, its parent chain, or the body a person holds an office in.
  const ownerOf = (id: string, depth = 0): string | null => {
    if (depth > 5) return null;
    const a = kbActor(id);
    if (!a) {
      const derived = actors.get(id);
      return derived?.parent ? ownerOf(derived.parent, depth + 1) : null;
    }
    if (a.kind === 'state') return governmentFor(a.id) ?? a.id;
    if (a.kind === 'government') return a.id;
    if (a.kind === 'person') {
      const r = kb.roles.find((x) => x.holder === id && dated(x));
      return r ? ownerOf(r.of, depth + 1) : null;
    }
    if (a.kind === 'people' || a.kind === 'media') return null;
    return a.parent ? ownerOf(a.parent, depth + 1) : null;
  };
  const organOfOwner = (owner: string, key: string): string => {
    if (kbActor(owner)?.kind === 'state') return organ(owner, key, null);
    const id = `${owner}_${key}`;
    organKeyOf.set(id, key);
    if (kbActor(id)) return known(id);
    const o = kbActor(owner) ?? actors.get(owner);
    return register({ kind: 'actor', id, type: 'ORG', parent: owner, nameAr: `${opts.organNames.get(key) ?? key} (${o?.nameAr ?? owner})`,
      nameEn: `${o?.nameEn ?? owner}: ${key.replace(/_/gu, ' ')}`, known: false, descriptors: [] });
  };
  // The side an actor takes in a two-sided conflict: its own row, its office's body, its parent.
  const sideOf = (id: string, depth = 0): KbSide | null => {
    if (depth > 5) return null;
    const own = kb.sides.find((s) => s.actor === id && dated(s));
    if (own) return own;
    const a = kbActor(id);
    if (a?.kind === 'person') {
      for (const r of kb.roles) {
        if (r.holder !== id || !dated(r)) continue;
        const s = sideOf(r.of, depth + 1);
        if (s) return s;
      }
      return null;
    }
    const parent = a ? a.parent : actors.get(id)?.parent ?? null;
    return parent ? sideOf(parent, depth + 1) : null;
  };
  /**
   * «الطرف الآخر»: the principal force of the side opposite to the sentence's first actor that
   * takes a side (its subject, as a rule), else to the latest such actor of the article.
   */
  const otherParty = (d: Draft): string | null => {
    const sentence = opts.sentenceOf?.(d.first) ?? -1;
    let anchor: KbSide | null = null;
    for (let k = history.length - 1; k >= 0 && history[k]!.sentence === sentence; k--) anchor = sideOf(history[k]!.id) ?? anchor;
    for (let k = history.length - 1; k >= 0 && !anchor; k--) anchor = sideOf(history[k]!.id);
    if (!anchor) return null;
    const a = anchor;
    const other = kb.sides.find((s) => s.conflict === a.conflict && s.side !== a.side && s.principal && dated(s));
    return other ? ensure(other.actor) : null;
  };
  /** The ministry a person heads («وزير الداخلية فتحي باشاغا» → the GNA's interior ministry), if any. */
  const ministryOf = (s: Seen): string | null => {
    const offices = [...s.roles, ...kb.roles.filter((r) => r.holder === s.id && dated(r))];
    for (const r of offices) {
      const key = organOfOffice.get(r.role);
      const owner = r.of ? ownerOf(r.of) : null;
      if (key && isMinistry(key) && owner) return organOfOwner(owner, key);
    }
    return null;
  };
  /**
   * A bare organ: from a coordinated organ's state, the sentence's actors, or the same organ named
   * earlier. «الوزارة» is whichever ministry was named last, or the ministry of the minister named last.
   */
  const contextOrgan = (ref: Extract<Ref, { type: 'contextOrgan' }>, d: Draft): string | null => {
    if (ref.organ === MINISTRY) {
      for (let k = history.length - 1; k >= 0; k--) {
        const s = history[k]!;
        if (isMinistry(organKeyOf.get(s.id))) return s.id;
        const m = s.type === 'PER' ? ministryOf(s) : null;
        if (m) return m;
      }
      return null;
    }
    if (ref.country) return organOfOwner(ownerOf(ref.country) ?? ref.country, ref.organ);
    const sentence = opts.sentenceOf?.(d.first) ?? -1;
    const earlier = (): string | null => {
      for (let k = history.length - 1; k >= 0; k--) if (organKeyOf.get(history[k]!.id) === ref.organ) return history[k]!.id;
      return null;
    };
    const inSentence = (): string | null => {
      for (let k = history.length - 1; k >= 0 && history[k]!.sentence === sentence; k--) {
        const owner = ownerOf(history[k]!.id);
        if (owner) return organOfOwner(owner, ref.organ);
      }
      return null;
    };
    return ref.use === 'earlier' ? earlier() ?? inSentence() : inSentence() ?? earlier();
  };

  return { ownerOf, organOfOwner, contextOrgan, sideOf, otherParty };
}
