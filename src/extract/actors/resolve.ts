import type { ArticleActor } from '../../doc/annotations.js';
import type { Draft, Ref } from './draft.js';
import { roleCovers, type ActorKb, type KbActor, type KbRole } from './kb.js';
import { contextResolvers, type Seen } from './context.js';
import { fnv, roleMatches } from './role-match.js';
import { bare } from './words.js';
import { phraseKey } from '../../text/normalize.js';

/**
 * Resolves drafts to actor ids in text order: role phrases from earlier mentions and the KB's dated
 * roles, pronouns from the nearest fitting earlier mention, bare heads and epithets from earlier
 * names. Keeps the article's actors (KB, derived organs, new ones).
 */
export { roleMatches } from './role-match.js';

export interface Resolver {
  resolve(d: Draft): string | null;
  readonly actors: Map<string, ArticleActor>;
  /**
   * The actor an id was found to be after all: a holder the article described by his office
   * before naming him («وزير الخارجية الجزائري يبحث …» then «وزير الخارجية الجزائري صبري بوقادوم»).
   */
  aliasOf(id: string): string;
}


export interface ResolveOptions {
  readonly published: string | null;
  /** Latest year written in the article, a proxy for its date when none is given. */
  readonly latestYear: number | null;
  readonly organNames: ReadonlyMap<string, string>;
  /** Nouns that build names of operations, conferences, agreements («عملية», «مؤتمر»): data/ar/name-heads.tsv. */
  readonly nameHeads?: ReadonlySet<string>;
  /** Keys of the titles that are military ranks («جنرال», «لواء»). */
  readonly rankTitles?: ReadonlySet<string>;
  /** The office of an organ's head, by organ key («general_staff» → chief_of_staff). */
  readonly organHeads?: ReadonlyMap<string, string>;
  readonly text: string;
  /** Sentence index of a token (bare organs look for their state in their own sentence first). */
  readonly sentenceOf?: (token: number) => number;
}

export function createResolver(kb: ActorKb, opts: ResolveOptions): Resolver & {
  note(d: Draft, id: string, labelKeys: string[], labelClasses: string[], headKeys?: string[], subject?: boolean, lead?: boolean): void;
} {
  const actors = new Map<string, ArticleActor>();
  const history: Seen[] = [];
  const seenById = new Map<string, Seen>();

  const kbActor = (id: string): KbActor | undefined => kb.actors.get(id);
  const register = (a: ArticleActor): string => {
    if (!actors.has(a.id)) actors.set(a.id, Object.freeze(a));
    return a.id;
  };
  const known = (id: string): string => {
    const a = kbActor(id)!;
    return register({ kind: 'actor', id, type: a.type, parent: a.parent, nameAr: a.nameAr, nameEn: a.nameEn, known: true, descriptors: [] });
  };
  const countryOf = (id: string): string | null => {
    let cur: string | null = id;
    for (let n = 0; cur && n < 6; n++) {
      const a = kbActor(cur);
      if (a?.kind === 'state') return a.id;
      if (a?.country && !a.parent) return kb.countryByIso.get(a.country) ?? null;
      if (!a) {
        const m = /^(.+?)_([a-z]+)$/u.exec(cur);
        const st = m ? kbActor(m[1]!) : undefined;
        if (st?.kind === 'state') return st.id;
        const derived = actors.get(cur);
        cur = derived?.parent ?? null;
        continue;
      }
      cur = a.parent;
    }
    const a = kbActor(id);
    if (a?.country) return kb.countryByIso.get(a.country) ?? null;
    const r = kb.roles.find((x) => x.holder === id);
    return r ? countryOf(r.of) : null;
  };
  // The article's date decides dated roles; without one, the latest year it mentions stands in.
  const dated = (r: Pick<KbRole, 'from' | 'until'>): boolean => {
    if (opts.published) return roleCovers(r, opts.published);
    if (opts.latestYear === null) return true;
    return (!r.from || r.from.slice(0, 4) <= String(opts.latestYear)) && (!r.until || r.until.slice(0, 4) >= String(opts.latestYear));
  };
  // Governments of a country (a KB government whose parent is the state or none): rival
  // authorities when there are several (README: Libya, Syria).
  const contestedGovernments = (country: string): KbActor[] => {
    const iso = kbActor(country)?.country;
    return [...kb.actors.values()].filter((a) => a.kind === 'government' && a.country === iso && (a.parent === null || a.parent === country));
  };
  const governmentFor = (country: string): string | null => {
    const govs = contestedGovernments(country);
    if (govs.length < 2) return null;
    const mentioned = history.find((s) => govs.some((g) => g.id === s.id));
    if (mentioned) return mentioned.id;
    const datedGov = opts.published ? govs.find((g) => kb.roles.some((r) => r.of === g.id && r.role === 'head_of_government' && roleCovers(r, opts.published!))) : undefined;
    return (datedGov ?? govs[0]!).id;
  };
  // Who commands or belongs to what is dated by the publication date only (a year mentioned in the
  // text may be a past event's).
  const current = (r: KbRole): boolean => (opts.published ? roleCovers(r, opts.published) : true);
  const forcesOf = (id: string): string | null => {
    const a = kbActor(id);
    if (a?.kind === 'forces' || a?.kind === 'armed_group') return id;
    if (a?.kind === 'person') {
      const held = kb.roles.filter((r) => r.holder === id && (r.role === 'commander' || r.role === 'head') && current(r));
      for (const r of held) {
        const k = kbActor(r.of)?.kind;
        if (k === 'forces' || k === 'armed_group') return r.of;
      }
      for (const r of held) {
        const f = forcesOf(r.of);
        if (f) return f;
      }
      const gov = governmentOfPerson(id);
      if (gov) return forcesOf(gov);
      // A state's minister, president or chief of staff: that state's forces.
      const ofState = kb.roles.find((r) => r.holder === id && current(r) && kbActor(r.of)?.kind === 'state');
      return ofState ? forcesOf(ofState.of) : null;
    }
    if (a?.kind === 'government') {
      const child = [...kb.actors.values()].find((x) => x.parent === id && x.kind === 'forces');
      return child ? known(child.id) && child.id : null;
    }
    if (a?.kind === 'state') return organ(id, 'forces', null);
    const derived = !a ? actors.get(id) : undefined;
    if (derived?.parent && kbActor(derived.parent)?.kind === 'state') return forcesOf(derived.parent);
    if (!a && id.startsWith('new:org')) return id;
    if (!a && id.startsWith('new:per')) return registerNew(`forces of ${id}`, 'ORG', `قوات ${actors.get(id)?.nameAr ?? ''}`, id);
    return null;
  };
  const governmentOfPerson = (id: string): string | null => {
    for (const r of kb.roles.filter((x) => x.holder === id && current(x))) {
      let cur: string | null = r.of;
      for (let n = 0; cur && n < 4; n++) {
        const a = kbActor(cur);
        if (a?.kind === 'government') return cur;
        cur = a?.parent ?? null;
      }
    }
    return null;
  };
  /** Organ key of each organ actor met so far («الوفد» refers back to the latest delegation). */
  const organKeyOf = new Map<string, string>();
  /** New persons made from an office («وزير الخارجية الجزائري»), by `role|of`, and what they turned out to be. */
  const officeHolders = new Map<string, string>();
  const aliases = new Map<string, string>();
  const organ = (country: string, key: string, host: string | null): string => {
    const id = organId(country, key, host);
    organKeyOf.set(id, key);
    return id;
  };
  const organId = (country: string, key: string, host: string | null): string => {
    if (key === 'state') return known(governmentFor(country) ?? country);
    if (key === 'forces') {
      // The forces of the government named for a contested country; its army otherwise.
      const gov = governmentFor(country);
      const f = gov ? forcesOf(gov) : null;
      if (f) return f;
    }
    const id = `${country}_${key}${host ? `_${host}` : ''}`;
    if (kbActor(id)) return known(id);
    const c = kbActor(country)!;
    return register({ kind: 'actor', id, type: 'ORG', parent: country, nameAr: `${opts.organNames.get(key) ?? key} (${c.nameAr})`,
      nameEn: `${c.nameEn}: ${key.replace(/_/gu, ' ')}`, known: false, descriptors: [] });
  };
  const registerNew = (key: string, type: 'PER' | 'ORG' | 'GPE', nameAr: string, parent: string | null = null, descriptor: string | null = null): string => {
    const id = `new:${type.toLowerCase()}:${fnv(key)}`;
    const prev = actors.get(id);
    if (prev && descriptor && !prev.descriptors.includes(descriptor)) {
      actors.set(id, Object.freeze({ ...prev, descriptors: [...prev.descriptors, descriptor] }));
    }
    return register({ kind: 'actor', id, type, parent, nameAr, nameEn: null, known: false, descriptors: descriptor ? [descriptor] : [] });
  };
  /**
   * `fits` leaves out referents the possessive cannot be built on: «بلاده» needs a person with a
   * state («مراسل الجزيرة» has none, so «خلوصي أكار قوات بلاده» after it is the minister's).
   */
  const referent = (pronoun: string, fits: (s: Seen) => boolean = () => true, sentence = -1): Seen | null => {
    // A masculine pronoun in a sentence opened by a person or body as its subject refers to it
    // («وأكد الوفد الإيطالي دعم بلاده»), unless another person is named in between, who may open
    // a clause of his own («وفد أمني مصري يصل طرابلس.. ووزير دفاع تركيا يتفقد قواته»). States are
    // feminine in Arabic, so not a state.
    if ((pronoun === 'ه' || pronoun === 'هم') && sentence >= 0) {
      for (let k = history.length - 1; k >= 0 && history[k]!.sentence === sentence; k--) {
        const s = history[k]!;
        if (s.lead) {
          // «أكد المسؤولون الأتراك دعم بلادهم»: a plural pronoun may stand for a state's agents named by its nisba.
          if ((s.type === 'PER' || s.type === 'ORG' || (pronoun === 'هم' && s.type === 'GPE')) && fits(s)) return s;
          break;
        }
        if (s.type === 'PER') break;
      }
    }
    // A person pronoun refers back to a sentence's first person mentioned (its subject, as a rule)
    // rather than to the nearest name, which is often an object («من قبل حفتر … أن بلاده»).
    if (pronoun === 'ه' || pronoun === 'نا') {
      for (let k = history.length - 1; k >= Math.max(0, history.length - 25); k--) {
        if (history[k]!.type === 'PER' && history[k]!.subject && fits(history[k]!)) return history[k]!;
      }
    }
    for (let k = history.length - 1; k >= Math.max(0, history.length - 8); k--) {
      const s = history[k]!;
      if (!fits(s)) continue;
      if (pronoun === 'ها' && (s.type === 'GPE' || s.type === 'ORG')) return s;
      if ((pronoun === 'ه' || pronoun === 'نا') && s.type === 'PER') return s;
      if (pronoun === 'هم' && (s.type === 'ORG' || s.type === 'PER')) return s;
    }
    return null;
  };
  const ensure = (id: string): string => (kbActor(id) ? known(id) : id);

  const { contextOrgan, otherParty, ownerOf, organOfOwner } = contextResolvers({
    kb, opts, history, actors, organKeyOf, dated, governmentFor, organ, known, register, ensure,
  });

  const resolveRole = (role: string, ofId: string | null, host: string | null = null): string | null => {
    const ofChain = (x: string | null): string[] => {
      const out: string[] = [];
      for (let cur = x, n = 0; cur && n < 5; n++) {
        out.push(cur);
        cur = kbActor(cur)?.parent ?? actors.get(cur)?.parent ?? null;
      }
      return out;
    };
    const wanted = ofChain(ofId);
    const fits = (held: string, heldOf: string | null): boolean =>
      roleMatches(role, held) && (ofId === null || (heldOf !== null && (wanted.includes(heldOf) || ofChain(heldOf).includes(ofId))));
    for (let k = history.length - 1; k >= 0; k--) {
      const s = history[k]!;
      if (s.type !== 'PER') continue;
      if (s.roles.some((r) => fits(r.role, r.of))) return s.id;
      if (kb.roles.some((r) => r.holder === s.id && dated(r) && fits(r.role, r.of))) return s.id;
    }
    if (ofId === null) return null;
    // An office accredited to a state (an ambassador, an envoy) is that holder's only where the
    // article deals with that state: «السفير الأمريكي» in an article on Turkey is not the
    // ambassador to Libya.
    const inPlay = (to: string): boolean => to === host || history.some((s) => s.id === to || countryOf(s.id) === to);
    let cands = kb.roles.filter((r) => fits(r.role, r.of) && (r.to === null || inPlay(r.to)));
    if (opts.published) cands = cands.filter((r) => roleCovers(r, opts.published!));
    else if (opts.latestYear !== null && cands.length > 1) {
      const y = `${opts.latestYear}-06-30`;
      const inYear = cands.filter((r) => roleCovers(r, y));
      if (inYear.length > 0) cands = inYear;
    }
    const holders = [...new Set(cands.map((r) => r.holder))];
    if (holders.length === 1) return known(holders[0]!);
    if (holders.length > 1 && !opts.published) {
      const latest = cands.sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))[0]!;
      return known(latest.holder);
    }
    return null;
  };

  const resolveRef = (ref: Ref, d: Draft): string | null => {
    switch (ref.type) {
      case 'fixed': return ensure(ref.id);
      case 'new': return registerNew(ref.key, ref.actorType, ref.nameAr, null, ref.descriptor);
      case 'organ': return organ(ref.country, ref.organ, ref.host);
      case 'contextOrgan': return contextOrgan(ref, d);
      case 'otherParty': return otherParty(d);
      case 'organOf': {
        const inner = resolveRef(ref.of, d);
        const owner = inner ? ownerOf(inner) : null;
        return owner ? organOfOwner(owner, ref.organ) : null;
      }
      case 'forcesOf': {
        const inner = resolveRef(ref.of, d);
        return inner ? forcesOf(inner) : null;
      }
      case 'governmentOf': {
        const inner = resolveRef(ref.of, d);
        return inner ? governmentOfPerson(inner) : null;
      }
      case 'referent': return referent(ref.pronoun, undefined, opts.sentenceOf?.(d.first) ?? -1)?.id ?? null;
      case 'role': {
        const of = ref.of ? resolveRef(ref.of, d) : null;
        if (ref.of && !of) return null;
        // «رئيس هيئة الأركان التركية»: the head of a state organ holds an office of the state.
        const headOf = of && roleMatches('head', ref.role) ? opts.organHeads?.get(organKeyOf.get(of) ?? '') : undefined;
        const organParent = of ? actors.get(of)?.parent ?? kbActor(of)?.parent ?? null : null;
        const holder = headOf && organParent ? resolveRole(headOf, organParent) : resolveRole(ref.role, of, ref.host ?? null);
        if (holder) return holder;
        // No holder known: an office of a named body or state is an unnamed person of its own
        // («المتحدث باسم الحكومة المؤقتة», «مراسل الجزيرة»), whom later role phrases refer back to.
        if (ref.role === 'correspondent' || of) {
          const id = registerNew(`${ref.role}|${of ?? ''}|${phraseKey(ref.text)}`, 'PER', ref.text, null, ref.text);
          officeHolders.set(`${ref.role}|${of ?? ''}`, id);
          return id;
        }
        return null;
      }
      case 'possessive': {
        const s = referent(ref.pronoun, ref.target === 'state' ? (x) => countryOf(x.id) !== null : undefined, opts.sentenceOf?.(d.first) ?? -1);
        if (!s) return null;
        if (ref.target === 'state') return countryOf(s.id) ? ensure(countryOf(s.id)!) : null;
        if (ref.target === 'forces') return forcesOf(s.id) ?? (s.type === 'PER' ? null : s.id);
        return s.type === 'PER' ? governmentOfPerson(s.id) : null;
      }
      case 'head': {
        // A bare head refers back to the latest actor named earlier with a name starting with it,
        // else to the latest one whose KB names start with it («الجيش» after «القيادة العامة»).
        for (let k = history.length - 1; k >= 0; k--) if (history[k]!.heads.has(ref.head)) return history[k]!.id;
        // An operation, conference or agreement noun («هذه العملية») refers only to one named so in
        // the article: a KB alias of another actor («عملية بركان الغضب» of the GNA forces) is no antecedent.
        if (opts.nameHeads?.has(ref.head)) return null;
        for (let k = history.length - 1; k >= 0; k--) {
          const a = kbActor(history[k]!.id);
          if (a && a.type === 'ORG' && a.aliases.some((n) => bare(phraseKey(n).split(' ')[0]!) === ref.head)) return a.id;
        }
        return null;
      }
      case 'epithet': {
        const pick = (s: Seen): string => (ref.plural && s.type === 'PER' ? forcesOf(s.id) ?? s.id : s.id);
        for (let k = history.length - 1; k >= 0; k--) if (history[k]!.labelClasses.has(ref.cls)) return pick(history[k]!);
        // A plural loaded word with no earlier use of its class: the latest force the outlet labelled as loaded.
        if (ref.plural) {
          for (let k = history.length - 1; k >= 0; k--) {
            if (history[k]!.labelClasses.has('group:loaded')) return pick(history[k]!);
          }
          // Else a side's loaded collective for a force («الميليشيات») names the other side's force
          // («قال المسماري إن الميليشيات الإرهابية خرقت الهدنة»); mercenaries and other loaded
          // plurals may be anyone's.
          return ref.cls === 'group:loaded' ? otherParty(d) : null;
        }
        return null;
      }
      case 'titled': {
        for (let k = history.length - 1; k >= 0; k--) if (history[k]!.labelKeys.has(ref.key)) return history[k]!.id;
        // «هذا الجنرال المزعوم» about a man the article called «اللواء»: a rank alone refers back
        // to the latest person who carried a rank.
        const ranks = opts.rankTitles;
        if (!ranks?.has(ref.key)) return null;
        for (let k = history.length - 1; k >= 0; k--) {
          const s = history[k]!;
          if (s.type === 'PER' && [...s.labelKeys].some((x) => ranks.has(x))) return s.id;
        }
        return null;
      }
    }
  };

  return {
    actors,
    // Every id resolved is in the article's actors (a KB actor reached through a relation, such as
    // a commander's force, is registered here).
    resolve: (d) => {
      const id = resolveRef(d.ref, d);
      return id ? ensure(id) : null;
    },
    aliasOf: (id) => aliases.get(id) ?? id,
    note(d, id, labelKeys, labelClasses, headKeys = [], subject = false, lead = false) {
      const roles = d.roleInfo.map((r) => ({ role: r.role, of: r.of ? resolveRef(r.of, d) : null }));
      // A role phrase standing for its holder tells later role phrases who holds it
      // («مراسل الجزيرة» … «المراسل»).
      if (d.ref.type === 'role') roles.push({ role: d.ref.role, of: d.ref.of ? resolveRef(d.ref.of, d) : null });
      // A person named with the office an unnamed holder was described by earlier is that holder.
      if (d.mentionKind === 'name') {
        for (const r of roles) {
          const earlier = officeHolders.get(`${r.role}|${r.of ?? ''}`);
          if (!earlier || earlier === id || aliases.has(earlier)) continue;
          aliases.set(earlier, id);
          // Offices described relative to the holder («نظيره») are now offices relative to the name.
          for (const [key, holder] of [...officeHolders]) {
            if (key.endsWith(`|${earlier}`)) officeHolders.set(`${key.slice(0, -earlier.length)}${id}`, holder);
          }
        }
      }
      const type = kbActor(id)?.type ?? actors.get(id)?.type ?? 'ORG';
      const prev = seenById.get(id);
      const heads = new Set([...(prev?.heads ?? []), ...headKeys]);
      const s: Seen = { id, type, heads, subject, lead, sentence: opts.sentenceOf?.(d.first) ?? -1, labelKeys: new Set([...(prev?.labelKeys ?? []), ...labelKeys]),
        labelClasses: new Set([...(prev?.labelClasses ?? []), ...labelClasses]), roles: [...(prev?.roles ?? []), ...roles] };
      seenById.set(id, s);
      history.push(s);
    },
  };
}
