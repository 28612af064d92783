import type { Ref } from './draft.js';
import { enclitic, PRONOUNS } from './nominals.js';
import { draft, lexAt, push, type Ctx } from './recognize.js';

/**
 * Pass 5 of recognition: possessive pronouns on a head noun that stands for an actor of the
 * referent («بلاده» → the referent's state, «قواته» → its forces). Which heads take which target
 * comes from the lexicon (`possessiveHeads`); the referent itself is resolved later (resolve.ts).
 */

/** Pass 5: possessives («بلاده», «قواته», «حكومته», «قوات بلاده»). */
export function possessives(ctx: Ctx): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.claimed[i] || tokens[i]!.kind !== 'word') continue;
    const t = tokens[i]!;
    const pro = enclitic(t);
    const stem = t.parts.find((p) => p.role === 'stem');
    const stemStart = t.parts.find((p) => p.role === 'proclitic' && p.form === 'ال')?.start ?? stem?.start ?? t.start;
    const group = lexAt(ctx.lex.groups, tokens, i);
    const next = tokens[i + 1];
    const nextPro = next ? enclitic(next) : null;
    if (group && group.last === i && !pro && next && nextPro && !ctx.claimed[i + 1] &&
      ctx.lex.possessiveHeads.get(next.key) === 'state') {
      const ref: Ref = { type: 'forcesOf', of: { type: 'possessive', target: 'state', pronoun: nextPro, inQuote: false } };
      push(ctx, draft(i, i + 1, group.start, next.end, ref, 'nominal', [{ kind: 'group', start: group.start, end: group.end }]));
      i++;
      continue;
    }
    if (!pro || !PRONOUNS.includes(pro)) continue;
    const target = ctx.lex.possessiveHeads.get(t.key);
    if (!target) continue;
    push(ctx, draft(i, i, stemStart, t.end, { type: 'possessive', target, pronoun: pro, inQuote: false }, 'nominal'));
  }
}
