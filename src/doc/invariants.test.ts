import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../text/index.js';
import { makeArticle, withLayers, type Article } from './article.js';
import { articleViolations, checkArticle } from './invariants.js';

const articleOf = (text: string): Article => {
  const { sentences, tokens } = analyzeText(text);
  return makeArticle('t', text, {}, sentences, tokens);
};

/** Strings built from the characters Arabic news and broken input actually contain. */
const newsChar = fc.constantFrom(
  'و', 'ل', 'ب', 'ف', 'ك', 'س', 'ا', 'أ', 'إ', 'آ', 'ة', 'ت', 'ه', 'ي', 'ى', 'ی', 'ک', 'ء', 'ح', 'ف', 'ر', 'م', 'ن',
  '\u064e', '\u0650', '\u0651', '\u064b', 'ـ', '\u200c', '\u200d', '\u200f', '\u200e', '\ufeff',
  '٠', '٢', '۴', '5', '.', '،', '؛', '؟', '!', '…', '«', '»', '"', '(', ')', '+', ' ', ' ', ' ', '\n', '\r\n',
  'ﻻ', 'ﺣ', 'A', 'z', 'é', '😀', '\ud800', '\udc00',
);
const newsString = fc.array(newsChar, { maxLength: 120 }).map((cs) => cs.join(''));

describe('articleViolations', () => {
  it('finds nothing wrong in the analysis of a seed-like paragraph', () => {
    const a = articleOf('وقال نورلاند، أول من أمس، إن بلاده «ستظل منخرطة في دعم العملية السياسية».\nولحفتر قوات في الشرق.');
    expect(articleViolations(a)).toEqual([]);
    expect(() => checkArticle(a)).not.toThrow();
  });

  it('reports tokens whose text is not their slice, gaps between morphemes and spans outside the text', () => {
    const a = articleOf('وقال الوزير');
    const t0 = a.tokens[0]!;
    const broken: Article = {
      ...a,
      tokens: [{ ...t0, text: 'قال', parts: [{ role: 'stem', form: 'قال', start: 1, end: 4 }] }, ...a.tokens.slice(1)],
    };
    const problems = articleViolations(broken);
    expect(problems).toContain('token 0: text differs from the slice');
    expect(problems).toContain('token 0: morphemes leave a gap or overlap at 0');
    const outside = withLayers(a, { times: [{ kind: 'time', span: { start: 5, end: 99 }, stage: 'x', timeKind: 'year', value: null, relative: null, resolved: null }] });
    expect(articleViolations(outside)).toEqual(['times[0]: span [5, 99) outside text of length 11']);
    expect(() => checkArticle(outside)).toThrow(/offset rules/);
  });

  it('holds for any string of news characters (harakat, tatweel, ZWNJ, RLM, digits, emoji, Latin, lone surrogates)', () => {
    fc.assert(fc.property(newsString, (text) => {
      expect(articleViolations(articleOf(text))).toEqual([]);
    }), { numRuns: 300 });
  });

  it('holds for any string at all, and no offset falls outside the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      const a = articleOf(text);
      expect(articleViolations(a)).toEqual([]);
      for (const t of a.tokens) for (const p of t.parts) expect(p.start >= 0 && p.end <= text.length && p.start <= p.end).toBe(true);
    }), { numRuns: 200 });
  });
});
