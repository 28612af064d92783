import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../text/index.js';
import { findCasualties } from './casualties.js';
import { imperfectForms, perfectForms } from './forms.js';
import { loadEventLexicon } from './lexicon.js';
import { readNumber } from './numbers.js';

const lex = loadEventLexicon();

function numberIn(text: string, word: string): { value: number; text: string } | null {
  const { tokens } = analyzeText(text);
  const i = tokens.findIndex((t) => t.text === word);
  const n = readNumber(tokens, i, tokens.length, lex);
  return n ? { value: n.value, text: text.slice(tokens[n.first]!.start, tokens[n.end - 1]!.end) } : null;
}

describe('Arabic numbers and casualty counts', () => {
  it('reads digits with a scale word and number words', () => {
    expect(numberIn('نزوح 400 ألف نازح من المدينة', '400')).toEqual({ value: 400000, text: '400 ألف' });
    expect(numberIn('سقط ثلاثة آلاف جريح', 'ثلاثة')).toEqual({ value: 3000, text: 'ثلاثة آلاف' });
    expect(numberIn('قتل خمسة وعشرون شخصا', 'خمسة')).toEqual({ value: 25, text: 'خمسة وعشرون' });
  });

  it('counts the dead and the wounded around their nouns', () => {
    const text = 'أسفر القصف عن مقتل 7 مدنيين وإصابة مدنيين اثنين، فيما سقط ثلاثة قتلى آخرين.';
    const { tokens } = analyzeText(text);
    expect(findCasualties(tokens, 0, tokens.length, lex)).toEqual({ dead: 10, injured: 2 });
  });
});

describe('generated verb forms', () => {
  it('inflects sound and defective verbs', () => {
    expect(perfectForms('اتهم')).toEqual(expect.arrayContaining(['اتهم', 'اتهمت', 'اتهموا']));
    expect(perfectForms('دعا')).toEqual(expect.arrayContaining(['دعا', 'دعت', 'دعوا']));
    expect(imperfectForms('يدعو')).toEqual(expect.arrayContaining(['يدعو', 'تدعو', 'ندعو', 'يدعون']));
  });
});
