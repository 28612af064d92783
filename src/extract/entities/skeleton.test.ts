import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../text/index.js';
import { guessedStemKey } from './alt-key.js';
import { loadNameLists } from './names.js';
import { skeletonHit, skeletonOf } from './skeleton.js';

describe('skeletonOf', () => {
  it('drops inner long vowels and writes the g-letters alike', () => {
    expect(skeletonOf('شنغهاي')).toBe(skeletonOf('شانغهاي'));
    expect(skeletonOf('فيرغسون')).toBe(skeletonOf('فيرجسون'));
    expect(skeletonOf('مانشيستر')).toBe(skeletonOf('مانشستر'));
  });

  it('keeps the first and the last letter, vowel or not', () => {
    expect(skeletonOf('استانا')).not.toBe(skeletonOf('اساتياني'));
    expect(skeletonOf('اوسلو')).toBe('اسلو');
    expect(skeletonOf('بغداد')).toBe('بGدد');
  });
});

describe('skeletonHit', () => {
  const lists = loadNameLists();
  const hits = (text: string): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const t of analyzeText(text).tokens) out[text.slice(t.start, t.end)] = skeletonHit(lists, t, guessedStemKey(t));
    return out;
  };

  it('meets a listed place written another way («شنغهاي» for GeoNames «شانغهاي»), not the listed spelling itself', () => {
    const h = hits('ووصل الوفد إلى شنغهاي ثم إلى شانغهاي');
    expect(h['شنغهاي']).toBe('L');
    expect(h['شانغهاي']).toBe('-');
    expect(h['الوفد']).toBe('-');
  });
});
