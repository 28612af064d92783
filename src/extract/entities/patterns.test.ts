import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../text/index.js';
import { findPatterns } from './patterns.js';
import { defaultResources } from './tagger.js';

const res = defaultResources();

function matches(text: string): string[] {
  const { tokens } = analyzeText(text);
  return findPatterns(tokens, res).map((m) => `${m.type}:${text.slice(tokens[m.first]!.start, tokens[m.end - 1]!.end)}`);
}

describe('findPatterns', () => {
  it('takes an organisation head followed by a proper name as an ORG', () => {
    expect(matches('وأعلنت قوات حفتر سيطرتها على مدينة سرت.')).toContain('ORG:قوات حفتر');
  });

  it('does not make a name of a head with common-noun complements («وزارة الخارجية», «مجلس الوزراء»)', () => {
    const found = matches('وقالت وزارة الخارجية في بيان إن مجلس الوزراء وافق على الخطة.');
    expect(found.filter((f) => f.startsWith('ORG:'))).toEqual([]);
  });

  it('makes no pattern of a place head («بلدة كفرنبل»): it is a tagger feature only', () => {
    expect(matches('وقصفت الطائرات بلدة كفرنبل أمس.')).toEqual([]);
  });

  it('takes the words after a role phrase as a person (a vocabulary word after the first only with tagger evidence)', () => {
    expect(matches('وقال وزير الخارجية الألماني هايكو ماس إن بلاده ستواصل الحوار.')).toContain('PER:هايكو');
  });

  it('takes no inflected ordinary word after a title or role for a name («متحدث عسكري», «الفريق طالت»)', () => {
    expect(matches('واعترف متحدث عسكري أميركي بتصاعد الهجمات.')).toEqual([]);
    expect(matches('وقال مدرب الفريق إن الإصابة طالت ثلاثة لاعبين.').filter((f) => f.startsWith('PER:'))).toEqual([]);
  });
});
