import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from './index.js';

const SEEDS = new URL('../../../shared/corpus/seeds/', import.meta.url);
const seed = (name: string): string => readFileSync(new URL(name, SEEDS), 'utf8');
const sentencesOf = (text: string): string[] => analyzeText(text).sentences.map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends sentences at «.» and «؟», not at «،» or «؛»', () => {
    const text = 'هاجمت تركيا الجيش الوطني الليبي، داعية إلى قطع المساعدات؛ في ظل تململها. هل تنجح الهدنة؟ لا أحد يعرف.';
    expect(sentencesOf(text)).toEqual([
      'هاجمت تركيا الجيش الوطني الليبي، داعية إلى قطع المساعدات؛ في ظل تململها.',
      'هل تنجح الهدنة؟',
      'لا أحد يعرف.',
    ]);
  });

  it('keeps a quotation spanning clauses, with an ellipsis inside, in one sentence', () => {
    const text = seed('000_f880a26f30149189.txt');
    const s = 'واعتبرت تركيا على لسان وزير دفاعها خلوصي أكار، أن المساعدات الخارجية لمن وصفها بـ«قوات حفتر» في ليبيا «تشكل تهديداً للأمن والاستقرار في المنطقة… وتدعم اتجاه إفشال الجهود الدبلوماسية لإبرام الهدنة».';
    expect(sentencesOf(text)).toContain(s);
  });

  it('keeps a full stop inside a quotation that closes later on the line', () => {
    const text = 'وقال الوزير: «لن نتراجع. سنواصل دعم الحكومة الشرعية» في تصريحات للصحافيين. ثم غادر القاعة.';
    expect(sentencesOf(text)).toEqual([
      'وقال الوزير: «لن نتراجع. سنواصل دعم الحكومة الشرعية» في تصريحات للصحافيين.',
      'ثم غادر القاعة.',
    ]);
  });

  it('does not break «5+5» or «24 ديسمبر (كانون الأول) 2021»', () => {
    const text = seed('000_f880a26f30149189.txt');
    const sentences = sentencesOf(text);
    const withCommittee = sentences.find((s) => s.includes('«5+5»'))!;
    expect(withCommittee).toContain('في 24 ديسمبر (كانون الأول) 2021 موعداً لإجراء الانتخابات «إنجاز كبير».');
    expect(withCommittee.startsWith('ووصف نتائج اجتماعات اللجنة العسكرية المشتركة')).toBe(true);
  });

  it('treats a headline and lines without final punctuation as sentences of their own', () => {
    const text = seed('003_f090aae47d831c2d.txt');
    const sentences = sentencesOf(text);
    expect(sentences[0]).toBe('وفد أمني مصري يصل طرابلس.. ووزير دفاع تركيا يتفقد قواته في ليبيا ويتوعد حفتر');
    expect(sentences[1]!.startsWith('أفاد مراسل الجزيرة بأن وفدا أمنيا مصريا')).toBe(true);
  });

  it('does not end at an ellipsis «…» or «...» inside a line', () => {
    const text = 'وأضاف أن الحل السياسي ممكن… لكن الطريق طويل... كما قال.';
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('does not end at an abbreviation or a lone letter: «د.»', () => {
    const text = 'وقال د. محمد الأمين إن الانتخابات ستجري في موعدها. وأكد ذلك المتحدث.';
    expect(sentencesOf(text)).toEqual(['وقال د. محمد الأمين إن الانتخابات ستجري في موعدها.', 'وأكد ذلك المتحدث.']);
  });

  it('keeps decimal numbers whole and takes closing quotes and brackets with the full stop', () => {
    const text = 'ارتفع النمو إلى 2.5 في المئة. (وقال الوزير «هذا إنجاز».) انتهى.';
    expect(sentencesOf(text)).toEqual(['ارتفع النمو إلى 2.5 في المئة.', '(وقال الوزير «هذا إنجاز».)', 'انتهى.']);
  });

  it('gives every seed sentence a token range that continues the previous one', () => {
    for (const f of ['000_f880a26f30149189.txt', '002_2652ce4f1c7f173e.txt', '004_767b5ac88f515d43.txt']) {
      const a = analyzeText(seed(f));
      let next = 0;
      for (const s of a.sentences) {
        expect(s.tokens.first).toBe(next);
        next = s.tokens.end;
      }
      expect(next).toBe(a.tokens.length);
    }
  });
});
