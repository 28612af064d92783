import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../text/index.js';
import { letterMarks, loadLetterNames } from './letter-names.js';

const marksOf = (text: string): [string, string][] => {
  const tokens = analyzeText(text).tokens;
  const m = letterMarks(loadLetterNames(), tokens);
  return tokens.map((t, i) => [text.slice(t.start, t.end), m[i]!]);
};

describe('letterMarks', () => {
  it('marks an acronym spelt letter by letter, ambiguous letters included inside the run', () => {
    expect(marksOf('وقال مكتب التحقيقات الفيدرالي ( إف بي آي ) لشبكة سي إن إن')).toEqual([
      ['وقال', '-'], ['مكتب', '-'], ['التحقيقات', '-'], ['الفيدرالي', '-'], ['(', '-'],
      ['إف', 'L'], ['بي', 'L'], ['آي', 'L'], [')', '-'], ['لشبكة', '-'], ['سي', 'L'], ['إن', 'L'], ['إن', 'L'],
    ]);
  });

  it('marks a letter with a number after it («اف ـ 16») and leaves runs of common words alone («أو في»)', () => {
    const m = Object.fromEntries(marksOf('مصحوبا بمقاتلات اف ـ 16 أو في غيرها'));
    expect(m['اف']).toBe('L');
    expect(m['أو']).toBe('-');
    expect(m['في']).toBe('-');
    expect(m['بمقاتلات']).toBe('-');
  });

  it('marks a lone unambiguous letter name as such', () => {
    const m = Object.fromEntries(marksOf('طرازي سي ماكس'));
    expect(m['سي']).toBe('l');
  });
});
