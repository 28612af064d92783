import { draft, free, lexAt, push, type Ctx } from './recognize.js';

/**
 * «الطرف الآخر», «الطرف المقابل»: a nominal mention of the other party of the article's two-sided
 * conflict (README, nominal mentions). Which party is the resolver's business (data/actors/sides.tsv);
 * here we only find the phrase.
 */
export function otherParties(ctx: Ctx): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.claimed[i]) continue;
    const hit = lexAt(ctx.lex.otherParty, ctx.tokens, i);
    if (!hit || !free(ctx, i, hit.last)) continue;
    push(ctx, draft(i, hit.last, hit.start, hit.end, { type: 'otherParty' }, 'nominal'));
    i = hit.last;
  }
}
