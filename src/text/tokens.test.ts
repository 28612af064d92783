import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

const view = (text: string): [string, string][] => tokenize(text).map((t) => [text.slice(t.start, t.end), t.kind]);

describe('tokenize', () => {
  it('splits words, numbers, Latin and punctuation with exact spans', () => {
    const text = 'اللجنة العسكرية المشتركة «5+5» عبر «تويتر» (Twitter).';
    expect(view(text)).toEqual([
      ['اللجنة', 'word'], ['العسكرية', 'word'], ['المشتركة', 'word'], ['«', 'punct'], ['5', 'number'], ['+', 'symbol'],
      ['5', 'number'], ['»', 'punct'], ['عبر', 'word'], ['«', 'punct'], ['تويتر', 'word'], ['»', 'punct'], ['(', 'punct'],
      ['Twitter', 'latin'], [')', 'punct'], ['.', 'punct'],
    ]);
  });
  it('keeps «بـ» with its tatweel and the quote after it apart: «بـ«قوات حفتر»»', () => {
    expect(view('بـ«قوات حفتر»')).toEqual([['بـ', 'word'], ['«', 'punct'], ['قوات', 'word'], ['حفتر', 'word'], ['»', 'punct']]);
  });
  it('reads Arabic-Indic and Persian digits and decimal separators as one number', () => {
    expect(view('٢٤ ديسمبر ٢٠٢١ و۱۴۰۰ و2.5 و١٬٥٠٠')).toEqual([
      ['٢٤', 'number'], ['ديسمبر', 'word'], ['٢٠٢١', 'number'], ['و', 'word'], ['۱۴۰۰', 'number'], ['و', 'word'],
      ['2.5', 'number'], ['و', 'word'], ['١٬٥٠٠', 'number'],
    ]);
  });
  it('keeps harakat, tatweel and ZWNJ inside a word and skips RLM/LRM', () => {
    const text = '\u200fوَقَالَ الـمشير حف\u200cتر\u200c\u200e';
    expect(view(text)).toEqual([['وَقَالَ', 'word'], ['الـمشير', 'word'], ['حف\u200cتر', 'word']]);
  });
  it('reads presentation forms as Arabic letters', () => {
    expect(view('ﻻ ﺣﻔﺘﺮ')).toEqual([['ﻻ', 'word'], ['ﺣﻔﺘﺮ', 'word']]);
  });
  it('merges runs of one mark («..», «!!») and keeps emoji whole', () => {
    expect(view('طرابلس.. حفتر!! 👍')).toEqual([['طرابلس', 'word'], ['..', 'punct'], ['حفتر', 'word'], ['!!', 'punct'], ['👍', 'symbol']]);
  });
});
