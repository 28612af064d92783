import type { Token } from '../../doc/token.js';
import { analyzeText } from '../../text/index.js';
import { chunks } from './conll.js';
import { entitySpan } from './spans.js';

/**
 * Test helpers for the stage's tag repairs (stage-*.test.ts): tagger-like BIO tags built from
 * phrases, and the entities a tag sequence makes, as «TYPE:text» with the stage's spans.
 */

/** [type, phrase, nth occurrence (default 0)]: the tokens the phrase covers get B-/I-type. */
export type Mark = readonly [type: string, phrase: string, nth?: number];

export function tagsFor(text: string, marked: readonly Mark[]): { tokens: readonly Token[]; tags: string[]; sentences: ReturnType<typeof analyzeText>['sentences'] } {
  const { sentences, tokens } = analyzeText(text);
  const tags = tokens.map(() => 'O');
  for (const [type, phrase, nth = 0] of marked) {
    let start = -1;
    for (let n = 0; n <= nth; n++) start = text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`«${phrase}» (occurrence ${nth}) is not in the text`);
    const end = start + phrase.length;
    let first = true;
    tokens.forEach((t, i) => {
      if (t.start >= start && t.end <= end) {
        tags[i] = (first ? 'B-' : 'I-') + type;
        first = false;
      }
    });
  }
  return { tokens, tags, sentences };
}

/** The entities of `tags` over `tokens` as «TYPE:text»; `waw` marks chunks whose first word's «و» is left out. */
export function entityStrings(text: string, tokens: readonly Token[], tags: readonly string[], waw: ReadonlySet<number> = new Set()): string[] {
  return chunks(tags).map((c) => {
    const span = entitySpan(tokens, c.first, c.end, waw.has(c.first));
    return `${c.type}:${text.slice(span.start, span.end)}`;
  });
}
