import type { Span } from '../../doc/span.js';
import type { Token } from '../../doc/token.js';

/**
 * Where an entity starts inside its first token (gold README): after every proclitic except the
 * article «ال», which belongs to the word («لحفتر» → «حفتر», «والجزائر» → «الجزائر»). After the
 * preposition ل the article is written as a lone «ل» («للجزائر»): no «ال» is on the page to keep,
 * so the span starts at the stem.
 */
export function entityStart(t: Token): number {
  for (const p of t.parts) {
    if (p.role === 'stem') return p.start;
    if (p.role === 'proclitic' && p.form === 'ال' && p.end - p.start >= 2) return p.start;
  }
  return t.start;
}

/** Where an entity ends inside its last token: before a pronoun enclitic («حكومته» → «حكومت»). */
export function entityEnd(t: Token): number {
  let end = t.start;
  for (const p of t.parts) if (p.role !== 'enclitic') end = p.end;
  return end > t.start ? end : t.end;
}

/**
 * The character span of an entity over tokens [first, end), clitics trimmed at both edges.
 * `conjunction`: the first token's leading «و» is the conjunction although the text core left it
 * on the word («وفيدرر», stage-repair.ts decides), so the span starts after it.
 */
export function entitySpan(tokens: readonly Token[], first: number, end: number, conjunction = false): Span {
  const t = tokens[first]!;
  return { start: conjunction ? t.start + 1 : entityStart(t), end: entityEnd(tokens[end - 1]!) };
}
