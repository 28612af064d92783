import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterKey, matchKey, phraseKey, stripMarks } from './normalize.js';

describe('matchKey', () => {
  it('folds the Persian ye of «جاهزیتها» (a seed spelling) to the Arabic ya', () => {
    expect(matchKey('جاهزیتها')).toBe(matchKey('جاهزيتها'));
    expect(matchKey('جاهزیتها')).toBe('جاهزيتها');
  });
  it('removes harakat, shadda, tanween and tatweel', () => {
    expect(matchKey('تهديداً')).toBe('تهديدا');
    expect(matchKey('عبّرت')).toBe('عبرت');
    expect(matchKey('الـمـشـيـر')).toBe('المشير');
  });
  it('folds alef forms, alef maqsura and (by default) ta marbuta', () => {
    expect(matchKey('أكار')).toBe('اكار');
    expect(matchKey('إيطاليا')).toBe('ايطاليا');
    expect(matchKey('آليات')).toBe('اليات');
    expect(matchKey('ٱلله')).toBe('الله');
    expect(matchKey('مستشفى')).toBe('مستشفي');
    expect(matchKey('حكومة')).toBe('حكومه');
    expect(matchKey('حكومة', { foldTehMarbuta: false })).toBe('حكومة');
  });
  it('folds Persian and Urdu letters: ک ہ ۃ', () => {
    expect(matchKey('کوبیش')).toBe('كوبيش');
    expect(matchKey('ہ')).toBe('ه');
  });
  it('maps Arabic-Indic and Persian digits to ASCII', () => {
    expect(matchKey('٢٤ ديسمبر ٢٠٢١')).toBe('24 ديسمبر 2021');
    expect(matchKey('۱۴۰۰')).toBe('1400');
  });
  it('decomposes presentation forms: «ﻻ» and isolated letters', () => {
    expect(matchKey('ﻻ')).toBe('لا');
    expect(matchKey('ﺣﻔﺘﺮ')).toBe('حفتر');
    expect(letterKey('ﻻ'.charCodeAt(0))).toBe('لا');
  });
  it('drops ZWNJ, RLM and other invisible controls', () => {
    expect(matchKey('حف\u200cتر')).toBe('حفتر');
    expect(matchKey('\u200fحفتر\u200e')).toBe('حفتر');
  });
  it('unifies the many quote marks', () => {
    expect(matchKey('«الوفاق»')).toBe('"الوفاق"');
    expect(matchKey('“الوفاق”')).toBe('"الوفاق"');
    expect(matchKey('″الوفاق′')).toBe('"الوفاق"');
  });
  it('keys phrases word by word', () => {
    expect(phraseKey('  وزارة   الدفاع التركية ')).toBe('وزاره الدفاع التركيه');
  });
  it('stripMarks keeps letter forms', () => {
    expect(stripMarks('أَكَّدَ')).toBe('أكد');
  });
  it('never throws and is idempotent on any string, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const k = matchKey(s);
      expect(matchKey(k)).toBe(k);
      phraseKey(s);
      stripMarks(s);
    }));
  });
});
