import type { Article } from './article.js';
import type { Span } from './span.js';

/**
 * The offset rules every article must satisfy; tests, the fuzzer and `--debug` runs apply them.
 * Returns the list of violations (empty when the article is sound).
 */
export function articleViolations(a: Article): string[] {
  const problems: string[] = [];
  const n = a.text.length;
  const inBounds = (s: Span, what: string): void => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= n)) {
      problems.push(`${what}: span [${s.start}, ${s.end}) outside text of length ${n}`);
    }
  };
  let previousEnd = 0;
  a.tokens.forEach((t, i) => {
    inBounds(t, `token ${i}`);
    if (t.index !== i) problems.push(`token ${i}: index ${t.index}`);
    if (t.start < previousEnd) problems.push(`token ${i}: starts before the previous token ends`);
    if (t.end <= t.start) problems.push(`token ${i}: empty`);
    if (a.text.slice(t.start, t.end) !== t.text) problems.push(`token ${i}: text differs from the slice`);
    previousEnd = t.end;
    let cursor = t.start;
    for (const p of t.parts) {
      if (p.start !== cursor) problems.push(`token ${i}: morphemes leave a gap or overlap at ${cursor}`);
      cursor = p.end;
    }
    if (t.parts.length > 0 && cursor !== t.end) problems.push(`token ${i}: morphemes do not reach the token end`);
  });
  let sentenceEnd = 0;
  let tokenCursor = 0;
  a.sentences.forEach((s, i) => {
    inBounds(s, `sentence ${i}`);
    if (s.start < sentenceEnd) problems.push(`sentence ${i}: overlaps the previous sentence`);
    sentenceEnd = s.end;
    if (s.tokens.first !== tokenCursor) problems.push(`sentence ${i}: token range does not continue the previous one`);
    tokenCursor = s.tokens.end;
    for (let k = s.tokens.first; k < s.tokens.end; k++) {
      const t = a.tokens[k];
      if (t && (t.start < s.start || t.end > s.end)) problems.push(`sentence ${i}: token ${k} outside the sentence`);
    }
  });
  if (tokenCursor !== a.tokens.length) problems.push(`sentences cover ${tokenCursor} of ${a.tokens.length} tokens`);
  for (const [name, layer] of Object.entries(a.layers)) {
    (layer as readonly { span?: Span }[]).forEach((item, i) => {
      if (item.span) inBounds(item.span, `${name}[${i}]`);
    });
  }
  return problems;
}

export function checkArticle(a: Article): void {
  const problems = articleViolations(a);
  if (problems.length > 0) throw new Error(`Article ${a.id} breaks offset rules:\n- ${problems.join('\n- ')}`);
}
