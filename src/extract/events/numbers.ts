import type { Token } from '../../doc/token.js';
import type { EventLexicon } from './lexicon.js';

/** A number read from the tokens `[first, end)`. */
export interface ParsedNumber {
  readonly value: number;
  readonly first: number;
  readonly end: number;
}

function digitsValue(t: Token): number | null {
  if (t.kind !== 'number') return null;
  const v = Number(t.norm.replace(/[,٬]/gu, ''));
  return Number.isFinite(v) ? v : null;
}

/**
 * Reads a number starting at token `i`: digits («7», «400») or number words («اثنين», «سبعة»),
 * with a scale word after them («400 ألف», «ثلاثة آلاف»), or a scale word alone («ألف» = 1000).
 * Tens joined with «و» («خمسة وعشرون») are added.
 */
export function readNumber(tokens: readonly Token[], i: number, end: number, lex: EventLexicon): ParsedNumber | null {
  const t = tokens[i];
  if (!t || i >= end) return null;
  let value: number | null = digitsValue(t);
  let j = i + 1;
  if (value === null) {
    const w = lex.numbers.get(t.key);
    if (!w) return null;
    value = w.value;
    // «خمسة وعشرون»: units, then «و» + tens
    const next = tokens[j];
    if (next && j < end && next.parts[0]?.form === 'و') {
      const tens = lex.numbers.get(next.key);
      if (tens && !tens.multiplier && tens.value >= 20 && tens.value < 100 && value < 10) {
        value += tens.value;
        j++;
      }
    }
    if (w.multiplier) return { value, first: i, end: j };
  }
  const scale = tokens[j];
  if (scale && j < end) {
    const s = lex.numbers.get(scale.key);
    if (s?.multiplier) return { value: value * s.value, first: i, end: j + 1 };
  }
  return { value, first: i, end: j };
}
