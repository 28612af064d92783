import type { Token } from '../../doc/token.js';
import type { Draft } from './draft.js';
import type { BareOrgan } from './lexicon.js';
import { draft, free, lexAt, push, type Ctx, type LexHit } from './recognize.js';
import { formsOf, matchPhrase } from './words.js';

/**
 * Bare organ nouns («الخارجية», «وزارتي الداخلية والخارجية», «جهاز المخابرات», «السفارة», «الوفد»,
 * «الوزارة»): a state organ named without its nisba or country. The gold conventions make such a
 * phrase a mention of that state's organ when the context says which state; the resolver decides
 * which (`contextOrgan` in context.ts). Here we only find the phrases that are nouns, not adjectives
 * («السياسة الخارجية», «الشؤون الداخلية والخارجية») nor parts of an office («وزراء الخارجية»),
 * the state a coordinated organ with a nisba lends to the organs before it («السفارة والقنصلية
 * المصرية»), an organ right before a name as that person's office label, and organs with a
 * possessive pronoun («وزارة خارجيتها»).
 */

function isDefinite(tok: Token): boolean {
  return formsOf(tok).some((f) => f.key.startsWith('ال'));
}

/** Whether the phrase at `hit` carries a proclitic (a conjunction or preposition written on it). */
function hasProclitic(ctx: Ctx, hit: LexHit<unknown>): boolean {
  return hit.start > ctx.tokens[hit.first]!.start;
}

/**
 * An adjective agrees with a definite noun before it: the word before is definite (article or a
 * possessive pronoun) and is a content word, and no proclitic sits on the phrase.
 */
function isAdjective(ctx: Ctx, hit: LexHit<unknown>): boolean {
  if (hasProclitic(ctx, hit)) return false;
  const prev = ctx.tokens[hit.first - 1];
  if (!prev || prev.kind !== 'word' || ctx.lex.functionWords.has(prev.norm)) return false;
  return isDefinite(prev) || prev.parts.some((p) => p.role === 'enclitic');
}

/** «وزراء الخارجية العرب»: an organ in construct with «وزير» in any number names the office, not the organ. */
function isOfficeComplement(ctx: Ctx, hit: LexHit<unknown>): boolean {
  const prev = ctx.tokens[hit.first - 1];
  if (hasProclitic(ctx, hit) || !prev || prev.kind !== 'word') return false;
  return ctx.lex.officeHeads.has(prev.key) || ctx.lex.officeHeads.has(prev.norm);
}

function bareOrganAt(ctx: Ctx, i: number): LexHit<BareOrgan> | null {
  const hit = lexAt(ctx.lex.bareOrgans, ctx.tokens, i);
  if (!hit || !free(ctx, i, hit.last) || !isDefinite(ctx.tokens[hit.last]!)) return null;
  return hit;
}

/** The state of the last organ of a coordination after `k` that carries a nisba or a country. */
function coordinatedCountry(ctx: Ctx, k: number): string | null {
  for (let n = 0; n < 4 && k < ctx.tokens.length; n++) {
    const tok = ctx.tokens[k]!;
    if (!tok.norm.startsWith('و')) return null;
    const d = ctx.claimed[k];
    if (d) return d.first === k && d.ref.type === 'organ' && d.ref.organ !== 'state' ? d.ref.country : null;
    const next = bareOrganAt(ctx, k);
    if (!next) return null;
    k = next.last + 1;
  }
  return null;
}

function isPersonName(ctx: Ctx, d: Draft | null | undefined): d is Draft {
  if (!d || d.mentionKind !== 'name') return false;
  if (d.ref.type === 'fixed') return ctx.kb.actors.get(d.ref.id)?.type === 'PER';
  return d.ref.type === 'new' && d.ref.actorType === 'PER';
}

/** Tokens inside the labels of mentions found so far («وزير الداخلية» labelling a name is no organ mention). */
function labelledTokens(ctx: Ctx): Set<number> {
  const out = new Set<number>();
  for (const d of ctx.drafts) {
    for (const l of d.labels) ctx.tokens.forEach((t, k) => { if (t.start < l.end && t.end > l.start) out.add(k); });
  }
  return out;
}

/**
 * «مع وزراء الخارجية جان إيف لودريان والدفاع فلورنس بارلي»: an organ right before a person's
 * name is the office that person holds, the word «وزير» left out — a role label of the name, not
 * an organ mention. The indefinite noun heading it, if any, belongs to the label.
 */
function officeOfNext(ctx: Ctx, hit: LexHit<unknown>): boolean {
  const next = ctx.claimed[hit.last + 1];
  if (!isPersonName(ctx, next) || next.first !== hit.last + 1 || next.labels.some((l) => l.kind === 'role')) return false;
  // «المساعدات الخارجية لحفتر»: a name with a preposition on it is no apposition.
  if (next.start !== ctx.tokens[next.first]!.start) return false;
  let start = hit.start;
  const prev = ctx.tokens[hit.first - 1];
  if (start === ctx.tokens[hit.first]!.start && prev && prev.kind === 'word' && !ctx.claimed[hit.first - 1] && !isDefinite(prev) && !ctx.lex.functionWords.has(prev.norm)) {
    start = prev.parts.find((p) => p.role === 'stem')?.start ?? prev.start;
  }
  next.labels.unshift({ kind: 'role', start, end: hit.end });
  return true;
}

/** Pass: bare organ nouns, after the organs with a nisba and before bare heads. */
export function bareOrgans(ctx: Ctx): void {
  let adjectiveChain = -1;
  const labelled = labelledTokens(ctx);
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.claimed[i] || labelled.has(i)) continue;
    // Any definite organ phrase may name an office before a name («والدفاع فلورنس بارلي»).
    const any = lexAt(ctx.lex.organs, ctx.tokens, i);
    if (!any || !free(ctx, i, any.last) || !isDefinite(ctx.tokens[any.last]!)) continue;
    // «الشؤون الداخلية والخارجية»: a conjunct of an adjective is an adjective too.
    if (isAdjective(ctx, any) || (adjectiveChain === i - 1 && hasProclitic(ctx, any))) {
      adjectiveChain = any.last;
      i = any.last;
      continue;
    }
    if (officeOfNext(ctx, any)) {
      i = any.last;
      continue;
    }
    const hit = bareOrganAt(ctx, i);
    if (!hit || isOfficeComplement(ctx, hit)) continue;
    const country = coordinatedCountry(ctx, hit.last + 1);
    const kind = hit.value.use === 'earlier' ? 'nominal' : 'name';
    push(ctx, draft(i, hit.last, hit.start, hit.end, { type: 'contextOrgan', organ: hit.value.organ, use: hit.value.use, country }, kind));
    i = hit.last;
  }
}

const PRONOUNS = new Set(['ها', 'ه', 'هم', 'هما', 'نا']);

/**
 * Pass: an organ whose last word carries a possessive pronoun («واعتبرت وزارة خارجيتها»,
 * «سفارتها», «وفدها»): that organ of the state or government the pronoun's referent belongs to.
 * Forces and governments with a pronoun are possessives of their own (possessive-heads.tsv).
 */
export function possessiveOrgans(ctx: Ctx): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const tok = ctx.tokens[i]!;
    if (ctx.claimed[i] || tok.kind !== 'word') continue;
    for (const p of ctx.lex.organs) {
      if (p.value === 'forces' || p.value === 'state' || p.words.some((w) => w.startsWith('ال'))) continue;
      const last = i + p.words.length - 1;
      const end = ctx.tokens[last];
      const pronoun = end?.parts.find((x) => x.role === 'enclitic')?.form;
      if (!end || !pronoun || !PRONOUNS.has(pronoun) || !free(ctx, i, last)) continue;
      // The stem of the last word is the data word («خارجيتها» → «خارجية»); the words before match as written.
      const head = p.words.length === 1 || matchPhrase(ctx.tokens, i, p.words.slice(0, -1))?.last === last - 1;
      // A ta marbuta is written ت before a pronoun («خارجيتها», «سفارته»).
      const stem = end.key.endsWith('ت') ? `${end.key.slice(0, -1)}ه` : end.key;
      if (!head || (end.key !== p.words.at(-1) && stem !== p.words.at(-1))) continue;
      const start = p.words.length === 1 ? (tok.parts.find((x) => x.role === 'stem')?.start ?? tok.start) : formsOf(tok).find((f) => f.key === p.words[0])?.start ?? tok.start;
      push(ctx, draft(i, last, start, end.end, { type: 'organOf', organ: p.value, of: { type: 'referent', pronoun } }, 'nominal'));
      i = last;
      break;
    }
  }
}
