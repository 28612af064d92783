import type { Token } from '../../doc/token.js';
import type { RawTime } from './recognize.js';

/**
 * README: deictic times inside a speaker's words («الآن», «اليوم») denote the time of speaking —
 * the publication day unless the article dates the speech. The article dates it with a weekday
 * said earlier in the same paragraph («وقال المسماري، الخميس، أن الكرة الآن …» → WD-THU).
 * A deictic is in speech when it stands inside quote marks or after a complementiser (أن/إن/بأن)
 * earlier in its sentence; a bare «اليوم» after the verb («أعلنت موسكو، اليوم») is narration.
 */
export function anchorDeictics(
  text: string,
  tokens: readonly Token[],
  times: readonly RawTime[],
  sentenceFirst: (tokenIndex: number) => number,
  isComplementiser: (t: Token) => boolean,
): RawTime[] {
  return times.map((t, k) => {
    if (!t.deictic || t.relative !== 'PUB') return t;
    const paragraphStart = text.lastIndexOf('\n', t.start) + 1;
    if (!inQuotes(text, paragraphStart, t.start) && !afterComplementiser(tokens, sentenceFirst(t.first), t.first, isComplementiser)) return t;
    for (let j = k - 1; j >= 0; j--) {
      const prev = times[j]!;
      if (prev.start < paragraphStart) break;
      if (prev.kind === 'weekday' && prev.relative?.startsWith('WD')) return { ...t, relative: prev.relative };
    }
    return t;
  });
}

/** An odd number of straight double quotes, or an unclosed “, before `pos` in the paragraph. */
function inQuotes(text: string, from: number, pos: number): boolean {
  let straight = 0;
  let curly = 0;
  for (let i = from; i < pos; i++) {
    const c = text[i];
    if (c === '"') straight++;
    else if (c === '“') curly++;
    else if (c === '”') curly = Math.max(0, curly - 1);
  }
  return straight % 2 === 1 || curly > 0;
}

function afterComplementiser(tokens: readonly Token[], from: number, to: number, isComp: (t: Token) => boolean): boolean {
  for (let i = from; i < to; i++) if (isComp(tokens[i]!)) return true;
  return false;
}
