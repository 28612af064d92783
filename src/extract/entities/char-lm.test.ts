import { describe, expect, it } from 'vitest';
import { matchKey } from '../../text/index.js';
import { nameLikeness, trainCharLm } from './char-lm.js';
import { loadNameLists } from './names.js';

describe('trainCharLm', () => {
  it('gives letter sequences of its training words a higher probability than unseen ones', () => {
    const lm = trainCharLm(['كتاب', 'كاتب', 'مكتب', 'مكتبة', 'كتب']);
    expect(lm.logProb('كتاب')).toBeGreaterThan(lm.logProb('زغلف'));
    expect(lm.logProb('كتاب')).toBeLessThan(0);
  });
});

describe('nameLikeness (shipped name lists and vocabulary)', () => {
  const { nameLm, wordLm } = loadNameLists();
  const bucket = (w: string): string => nameLikeness(nameLm, wordLm, matchKey(w));

  it('scores transliterated foreign names as name-like and inflected common words as word-like', () => {
    expect(bucket('يانكوفيتش')).toMatch(/^n/u);
    expect(bucket('يتهم')).toMatch(/^w/u);
    expect(bucket('المتحدثين')).toMatch(/^w/u);
  });
});
