import type { Token } from '../../doc/token.js';
import { phraseKey } from '../../text/normalize.js';
import type { Draft, LabelDraft, Ref } from './draft.js';
import type { NameHit } from './gazetteer.js';
import { APPOSITION_PUNCT, FUNCTION_WORDS, candidates, draft, epithetAfter, free, lexAt, nameAt, push, setOrganRecognizer, type Ctx } from './recognize.js';
import { bare, formsOf, matchPhrase } from './words.js';

/**
 * Passes 2–4 and 6 of recognition: role phrases, state organs, nisba adjectives, and bare
 * heads/epithets/titles used as nouns. See recognize.ts for pass 1 (names), possessives.ts for pass 5.
 */

/** Attached pronouns that can refer back to an actor (also read by possessives.ts). */
export const PRONOUNS = ['هما', 'هم', 'ها', 'ه', 'نا'];
const DEMONSTRATIVES = new Set(['هذه', 'هذا', 'هولاء', 'تلك', 'ذلك']);

export function enclitic(tok: Token): string | null {
  const e = tok.parts.find((p) => p.role === 'enclitic');
  if (e) return e.form;
  return null;
}

function nisbaAt(ctx: Ctx, i: number): NameHit | null {
  const tok = ctx.tokens[i];
  if (!tok || tok.kind !== 'word') return null;
  return ctx.gaz.longestAt(ctx.tokens, i, (e) => e.kind === 'nisba');
}

function countryNameAt(ctx: Ctx, i: number): NameHit | null {
  const tok = ctx.tokens[i];
  if (!tok || tok.kind !== 'word') return null;
  const h = ctx.gaz.longestAt(ctx.tokens, i, (e) => e.kind === 'full' || e.kind === 'capital');
  return h && ctx.kb.actors.get(h.entry.actorId)?.kind === 'state' ? h : null;
}

/** Pass 2: role phrases. Before or after a name they are its role label; alone they are a nominal mention. */
export function roles(ctx: Ctx): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.claimed[i]) continue;
    const r = freeRoleAt(ctx, i);
    if (!r) continue;
    let j = r.last + 1;
    let of: Ref | null = null;
    let host: string | null = null;
    const inner: Draft[] = [];
    const lastWord = tokens[r.last]!;
    const pro = enclitic(lastWord);
    if (pro && PRONOUNS.includes(pro)) of = { type: 'referent', pronoun: pro };
    for (let step = 0; step < 3 && j < tokens.length; step++) {
      const t = tokens[j]!;
      const nis = nisbaAt(ctx, j);
      if (nis && !ctx.claimed[j]) {
        const d = draft(j, nis.last, nis.start, nis.end, { type: 'fixed', id: nis.entry.actorId }, 'nominal');
        inner.push(d);
        of ??= d.ref;
        j = nis.last + 1;
        continue;
      }
      if (t.norm === 'لدي' || t.norm === 'في' || t.norm === 'باسم') {
        const n = ctx.claimed[j + 1] ?? null;
        const c = countryNameAt(ctx, j + 1);
        if (n && refType(ctx, n) !== 'PER') {
          if (of !== null && t.norm !== 'باسم' && n.ref.type === 'fixed' && ctx.kb.actors.get(n.ref.id)?.kind === 'state') host = n.ref.id;
          of ??= n.ref;
          j = n.last + 1;
          continue;
        }
        if (c && !ctx.claimed[j + 1]) {
          const d = draft(j + 1, c.last, c.start, c.end, { type: 'fixed', id: c.entry.actorId }, 'name');
          inner.push(d);
          // «السفير الأمريكي لدى ليبيا»: the state the office is accredited to.
          if (of !== null && t.norm !== 'باسم') host = c.entry.actorId;
          of ??= d.ref;
          j = c.last + 1;
          continue;
        }
        break;
      }
      const claimedBy = ctx.claimed[j];
      // «نائب السراج»: a head in the construct state (no article) takes a person as its genitive;
      // after a definite phrase («وزير الخارجية فتحي باشاغا») the person is the holder, in apposition.
      const construct = step === 0 && j === r.last + 1 && !formsOf(tokens[r.last]!).some((f) => f.key.startsWith('ال')) && pro === null;
      if (claimedBy && claimedBy.first === j && (refType(ctx, claimedBy) !== 'PER' || construct)) {
        of ??= claimedBy.ref;
        j = claimedBy.last + 1;
        continue;
      }
      const c = countryNameAt(ctx, j);
      if (c && !ctx.claimed[j] && step === 0) {
        inner.push(draft(j, c.last, c.start, c.end, { type: 'fixed', id: c.entry.actorId }, 'name'));
        of ??= { type: 'fixed', id: c.entry.actorId };
        j = c.last + 1;
        continue;
      }
      const nested = step === 0 && (t.norm === 'باسم' ? null : freeRoleAt(ctx, j));
      if (nested && nested.value !== r.value) {
        // «المتحدث باسم الأمين العام للأمم المتحدة»: an office of an office holder.
        let e = nested.last + 1;
        let nestedOf: Ref | null = null;
        const c = ctx.claimed[e];
        if (c && c.first === e && refType(ctx, c) !== 'PER') {
          nestedOf = c.ref;
          e = c.last + 1;
        }
        const ref: Ref = { type: 'role', role: nested.value, of: nestedOf, text: ctx.text.slice(nested.start, tokens[e - 1]!.end) };
        inner.push(draft(j, nested.last, nested.start, tokens[nested.last]!.end, ref, 'nominal'));
        of ??= ref;
        j = e;
        break;
      }
      const organ = organAt(ctx, j);
      if (organ) {
        inner.push(organ);
        of ??= organ.ref;
        j = organ.last + 1;
        continue;
      }
      if (t.norm.startsWith('ال') && !ctx.claimed[j] && step === 0 && headCandidate(ctx, j)) {
        const d = draft(j, j, formsOf(t).at(-1)!.start, t.end, { type: 'head', head: bare(t.key) }, 'nominal');
        inner.push(d);
        of ??= d.ref;
        j++;
      }
      break;
    }
    let last = j - 1;
    const start = r.start;
    const role = r.value;
    // After the phrase (optionally after a comma): the name it describes.
    const nameFrom = (from: number): Draft | null => {
      let k = from;
      if (tokens[k] && APPOSITION_PUNCT.has(tokens[k]!.text)) k++;
      while (tokens[k] && tokens[k]!.kind === 'punct' && /[«"“(]/u.test(tokens[k]!.text)) k++;
      return nameAfter(ctx, k);
    };
    let next = nameFrom(last + 1);
    // «مبعوثة الأمين العام الخاصة ستيفاني ويليامز», «وزير الداخلية المفوض فتحي باشاغا»: a definite
    // adjective of the office closes the label (an epithet there is a label of its own).
    const adj = tokens[last + 1];
    if (!next && adj && adj.kind === 'word' && !ctx.claimed[last + 1] && adj.norm.startsWith('ال') && !ctx.lex.functionWords.has(adj.norm) &&
      !lexAt(ctx.lex.epithets, tokens, last + 1) && !lexAt(ctx.lex.titles, tokens, last + 1, true)) {
      next = nameFrom(last + 2);
      if (next) last++;
    }
    const end = tokens[last]!.end;
    const label: LabelDraft = { kind: 'role', start, end };
    if (next && free(ctx, i, r.last)) {
      next.labels.push(label);
      next.roleInfo.push({ role, of });
      for (const d of inner) push(ctx, d);
      i = last;
      continue;
    }
    // Before the phrase, after a comma: «أحمد معيتيق، نائب السراج».
    const before = ctx.claimed[i - 2];
    if (before && APPOSITION_PUNCT.has(tokens[i - 1]?.text ?? '') && before.last === i - 2 && refType(ctx, before) === 'PER' && before.mentionKind === 'name') {
      before.labels.push(label);
      before.roleInfo.push({ role, of });
      for (const d of inner) push(ctx, d);
      i = last;
      continue;
    }
    // Alone: a nominal mention when it can denote one holder (definite, or completed by a body).
    const definite = tokens.slice(i, last + 1).some((t) => formsOf(t).some((f) => f.key.startsWith('ال')));
    if (!definite && of === null) continue;
    if (!free(ctx, i, last)) {
      // Complement words already claimed by names: the whole phrase replaces them (mentions never overlap).
      for (let x = i; x <= last; x++) {
        const d = ctx.claimed[x];
        if (d) {
          ctx.drafts.splice(ctx.drafts.indexOf(d), 1);
          for (let y = d.first; y <= d.last; y++) ctx.claimed[y] = null;
        }
      }
    }
    push(ctx, draft(i, last, start, end, { type: 'role', role, of, text: ctx.text.slice(start, end), host }, 'nominal'));
    i = last;
  }
}

/** The longest role phrase at i whose words are all unclaimed. */
function freeRoleAt(ctx: Ctx, i: number): ReturnType<typeof lexAt<string>> {
  if (ctx.tokens[i]?.kind !== 'word') return null;
  for (const p of candidates(ctx.lex.roles, ctx.tokens[i]!)) {
    const m = matchPhrase(ctx.tokens, i, p.words);
    if (m && free(ctx, i, m.last)) return { ...m, first: i, value: p.value, text: p.text };
  }
  return null;
}

/** A person's name mention starting at k, or right after the titles/epithets labelled on it («اللواء أحمد المسماري»). */
function nameAfter(ctx: Ctx, k: number): Draft | null {
  for (let x = k; x < Math.min(ctx.tokens.length, k + 5); x++) {
    const d = ctx.claimed[x];
    if (!d) continue;
    if (d.first !== x || d.mentionKind !== 'name' || refType(ctx, d) !== 'PER') return null;
    const firstLabel = Math.min(d.start, ...d.labels.map((l) => l.start));
    return firstLabel <= ctx.tokens[k]!.start ? d : null;
  }
  return null;
}

function unclaim(ctx: Ctx, d: Draft): void {
  ctx.drafts.splice(ctx.drafts.indexOf(d), 1);
  for (let y = d.first; y <= d.last; y++) ctx.claimed[y] = null;
}

function refType(ctx: Ctx, d: Draft): string {
  if (d.ref.type === 'fixed') return ctx.kb.actors.get(d.ref.id)?.type ?? 'ORG';
  if (d.ref.type === 'new') return d.ref.actorType;
  return 'ORG';
}

/** A state organ: organ phrase + nisba or country name («وزارة الدفاع التركية», «سفارة مصر»), with «لدى/في» + host. */
export function organAt(ctx: Ctx, i: number): Draft | null {
  const { tokens } = ctx;
  if (ctx.claimed[i]) return null;
  const o = lexAt(ctx.lex.organs, tokens, i, false, true);
  if (!o || !free(ctx, i, o.last)) return null;
  let j = o.last + 1;
  // One adjective may stand between («الوفد الأمني المصري» is listed; «التدخلات العسكرية التركية» is not an organ).
  const nis = nisbaAt(ctx, j) ?? null;
  const cn = nis ? null : countryNameAt(ctx, j);
  const hit = nis ?? cn;
  if (!hit) return null;
  // «سفارة مصر», «وفدا إيطاليا» (whose accusative nisba is spelt like the country): the state's
  // name, taken by the names pass, is the organ's complement (mentions never overlap).
  const taken = ctx.claimed[j];
  if (taken && !(taken.first === j && taken.last === hit.last && taken.mentionKind === 'name' && taken.ref.type === 'fixed' &&
    taken.ref.id === hit.entry.actorId && taken.labels.length === 0 && !inLabel(ctx, o.start))) return null;
  if (taken) unclaim(ctx, taken);
  const country = hit.entry.actorId;
  j = hit.last + 1;
  let host: string | null = null;
  let last = hit.last;
  if ((o.value === 'embassy' || o.value === 'consulate') && (tokens[j]?.norm === 'لدي' || tokens[j]?.norm === 'في')) {
    const h = countryNameAt(ctx, j + 1);
    const taken = ctx.claimed[j + 1];
    if (h && (!taken || (taken.first === j + 1 && taken.last === h.last && taken.ref.type === 'fixed'))) {
      if (taken) unclaim(ctx, taken);
      host = h.entry.actorId;
      last = h.last;
    }
  }
  const labels: LabelDraft[] = [];
  // «القوات التركية»: the organ noun is itself a group noun, the label of the force.
  const group = lexAt(ctx.lex.groups, tokens, i);
  if (group && group.last === i && o.value === 'forces') labels.push({ kind: 'group', start: group.start, end: group.end });
  const epi = lexAt(ctx.lex.epithets, tokens, i);
  if (epi && epi.value.cls === 'regime') labels.push({ kind: 'epithet', start: epi.start, end: epi.end });
  const after = epithetAfter(ctx, last + 1);
  if (after) labels.push(after);
  // A delegation is described, not named («وفد أمني مصري» is a nominal mention).
  const kind = o.value === 'state' || o.value === 'delegation' ? 'nominal' : 'name';
  return draft(i, last, o.start, tokens[last]!.end, { type: 'organ', country, organ: o.value, host }, kind, labels);
}

/** Whether an offset lies inside a label of a mention found so far (a role label is no organ). */
function inLabel(ctx: Ctx, offset: number): boolean {
  return ctx.drafts.some((d) => d.labels.some((l) => l.start <= offset && offset < l.end));
}

setOrganRecognizer(organAt);

export function organs(ctx: Ctx): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const d = organAt(ctx, i);
    if (d) {
      push(ctx, d);
      i = d.last;
    }
  }
}

/** Whether the content word before token i (skipping one adjective) is a noun whose nisba denotes the state acting. */
function afterAgentHead(ctx: Ctx, i: number): { target: 'state' | 'forces'; index: number } | null {
  for (let k = i - 1, seen = 0; k >= 0 && seen < 2; k--) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word' || ctx.claimed[k]) return null;
    const target = ctx.lex.nisbaHeads.get(bare(t.key)) ?? ctx.lex.nisbaHeads.get(t.key) ?? ctx.lex.nisbaHeads.get(bare(t.norm));
    if (target) return { target, index: k };
    seen++;
  }
  return null;
}

/** Pass 4: nisba adjectives standing for a state («مسؤولين مصريين», «جهات أمريكية وروسية»), and demonym plurals. */
export function nisbas(ctx: Ctx): void {
  const { tokens } = ctx;
  let chain = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.claimed[i] || tokens[i]!.kind !== 'word') continue;
    const h = ctx.gaz.longestAt(tokens, i, (e) => e.kind === 'nisba' || e.kind === 'plural');
    if (!h) continue;
    const state = h.entry.actorId;
    const coordinated = chain === i - 1 && formsOf(tokens[i]!).some((f) => f.stripped && tokens[i]!.norm.startsWith('و'));
    const plural = h.entry.kind === 'plural' || /(ين|ون)$/u.test(h.entry.words[0]!);
    let ref: Ref | null = null;
    const head = coordinated ? null : afterAgentHead(ctx, i);
    const adjectival = head !== null && head.index > 0 && ctx.lex.nisbaHeads.get(bare(tokens[head.index - 1]!.key)) === 'state';
    if (head?.target === 'forces' && head.index === i - 1 && !adjectival) {
      const ht = tokens[head.index]!;
      const f = formsOf(ht).find((x) => x.key.startsWith('ال')) ?? formsOf(ht)[0]!;
      push(ctx, draft(head.index, h.last, f.start, h.end, { type: 'organ', country: state, organ: 'forces', host: null }, 'nominal'));
      chain = h.last;
      continue;
    }
    if (coordinated || head) ref = { type: 'fixed', id: state };
    else if (plural && tokens[i]!.norm.includes('ال')) {
      const prev = tokens[i - 1];
      const standalone = !prev || prev.kind !== 'word' || FUNCTION_WORDS.has(prev.norm) || isCountNoun(prev);
      if (standalone || prev.parts.some((p) => p.role === 'enclitic')) {
        const people = ctx.peopleOf.get(state);
        ref = { type: 'fixed', id: people?.id ?? state };
      }
    }
    if (!ref) continue;
    push(ctx, draft(i, h.last, h.start, h.end, ref, 'nominal'));
    chain = h.last;
  }
}

function isCountNoun(t: Token): boolean {
  return ['غالبيه', 'اغلبيه', 'معظم', 'كل', 'جميع', 'بعض', 'الاف', 'ملايين', 'عدد'].includes(t.norm);
}

/** A definite word that may be a bare head («الجيش», «البعثة»): the first word of some multi-word KB organisation name. */
export function headCandidate(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (!formsOf(t).some((f) => f.key.startsWith('ال'))) return false;
  const next = ctx.tokens[i + 1];
  // A definite word right after it is an adjective («العملية العسكرية»), unless a function word («الائتلاف إلى»).
  if (next && next.kind === 'word' && next.norm.startsWith('ال') && !ctx.claimed[i + 1] && !ctx.lex.functionWords.has(next.norm)) return false;
  return ctx.headWords.has(bare(t.key));
}

/** Pass 6: bare heads, bare epithets and titles used as nouns («الانقلابيين», «المحتل التركي», «المشير»). */
export function bareNominals(ctx: Ctx): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.claimed[i] || tokens[i]!.kind !== 'word') continue;
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const standalone = !prev || prev.kind !== 'word' || FUNCTION_WORDS.has(prev.norm) || formsOf(t).some((f) => f.stripped && f.start > t.start && f.key.startsWith('ال'));
    const e = lexAt(ctx.lex.epithets, tokens, i);
    if (e && e.value.cls !== 'regime' && e.value.cls !== 'legitimate' && e.value.cls !== 'status' && e.value.cls !== 'ally' && free(ctx, i, e.last)) {
      const nis = nisbaAt(ctx, e.last + 1);
      const label: LabelDraft = { kind: 'epithet', start: e.start, end: e.end };
      if (nis && !ctx.claimed[e.last + 1]) {
        push(ctx, draft(i, nis.last, e.start, nis.end, { type: 'fixed', id: nis.entry.actorId }, 'nominal', [label]));
        i = nis.last;
        continue;
      }
      const afterMention = ctx.claimed[i - 1] !== null && ctx.claimed[i - 1] !== undefined;
      if ((standalone || e.value.plural || e.value.cls === 'occupier') && !afterMention && formsOf(t).some((f) => f.key.startsWith('ال'))) {
        push(ctx, draft(i, e.last, e.start, e.end, { type: 'epithet', cls: e.value.cls, plural: e.value.plural }, 'nominal', [label]));
        i = e.last;
        continue;
      }
    }
    const ti = lexAt(ctx.lex.titles, tokens, i);
    if (ti && ti.last === i && t.norm.includes('ال') && !nameAt(ctx, i + 1) && !ctx.claimed[i + 1]) {
      const labels: LabelDraft[] = [{ kind: 'title', start: ti.start, end: ti.end }];
      const epi = lexAt(ctx.lex.epithets, tokens, i + 1);
      const last = epi && free(ctx, i + 1, epi.last) ? epi.last : i;
      if (epi && last === epi.last) labels.push({ kind: 'epithet', start: epi.start, end: epi.end });
      push(ctx, draft(i, last, ti.start, tokens[last]!.end, { type: 'titled', key: phraseKey(ti.text).split(' ').map(bare).join(' ') }, 'nominal', labels));
      i = last;
      continue;
    }
    const lg = lexAt(ctx.lex.groups, tokens, i);
    if (lg && lg.value.loaded && lg.last === i && formsOf(t).some((f) => f.key.startsWith('ال')) && !ctx.claimed[i + 1]) {
      // «الميليشيات الإرهابية المدعومة من تركيا»: the loaded words after the noun are its labels.
      const labels: LabelDraft[] = [{ kind: 'group', start: lg.start, end: lg.end }];
      let last = i;
      for (let e = lexAt(ctx.lex.epithets, tokens, last + 1); e && free(ctx, e.first, e.last) && e.value.cls !== 'regime'; e = lexAt(ctx.lex.epithets, tokens, last + 1)) {
        labels.push({ kind: 'epithet', start: e.start, end: e.end });
        last = e.last;
      }
      push(ctx, draft(i, last, lg.start, tokens[last]!.end, { type: 'epithet', cls: 'group:loaded', plural: true }, 'nominal', labels));
      i = last;
      continue;
    }
    if (DEMONSTRATIVES.has(t.norm) && ctx.tokens[i + 1] && !ctx.claimed[i + 1] && headCandidate(ctx, i + 1)) {
      const h = ctx.tokens[i + 1]!;
      const group = lexAt(ctx.lex.groups, tokens, i + 1, true);
      push(ctx, draft(i, i + 1, t.start, h.end, { type: 'head', head: bare(h.key) }, 'nominal',
        group ? [{ kind: 'group', start: group.start, end: group.end }] : []));
      i++;
      continue;
    }
    const g = lexAt(ctx.lex.groups, tokens, i);
    if (g && g.last === i && DEMONSTRATIVES.has(ctx.tokens[i + 1]?.norm ?? '') && ctx.tokens[i + 2] && !ctx.claimed[i + 2] && headCandidate(ctx, i + 2)) {
      const h = ctx.tokens[i + 2]!;
      push(ctx, draft(i, i + 2, g.start, h.end, { type: 'forcesOf', of: { type: 'head', head: bare(h.key) } }, 'nominal',
        [{ kind: 'group', start: g.start, end: g.end }]));
      i += 2;
      continue;
    }
    if (headCandidate(ctx, i)) {
      const f = formsOf(t).find((x) => x.key.startsWith('ال') || x.key.startsWith('ا')) ?? formsOf(t)[0]!;
      push(ctx, draft(i, i, f.start, t.end, { type: 'head', head: bare(t.key) }, 'nominal'));
    }
  }
}
