import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText, type AnalyzedText } from './index.js';

const SEEDS = new URL('../../../shared/corpus/seeds/', import.meta.url);
const seed = (name: string): string => readFileSync(new URL(name, SEEDS), 'utf8');

/** The parts of the first token whose surface is `word`, as [role, form, surface slice]. */
function partsOf(text: string, analysis: AnalyzedText, word: string): [string, string, string][] {
  const token = analysis.tokens.find((t) => t.text === word);
  if (!token) throw new Error(`no token «${word}»`);
  return token.parts.map((p) => [p.role, p.form, text.slice(p.start, p.end)]);
}

describe('clitic segmentation on seed sentences', () => {
  const text = seed('000_f880a26f30149189.txt');
  const a = analyzeText(text);

  it('splits the conjunction in «وقال» with exact offsets', () => {
    const s = 'وقال في رده على أسئلة وجهت إليه عبر الصفحة الرسمية للسفارة الأميركية';
    const t = analyzeText(s).tokens[0]!;
    expect(t.parts).toEqual([
      { role: 'proclitic', form: 'و', start: 0, end: 1 },
      { role: 'stem', form: 'قال', start: 1, end: 4 },
    ]);
    expect(t.key).toBe('قال');
  });

  it('splits «لحفتر» into ل + حفتر in an article that also writes «حفتر»', () => {
    expect(text.includes(' حفتر')).toBe(true);
    expect(partsOf(text, a, 'لحفتر')).toEqual([['proclitic', 'ل', 'ل'], ['stem', 'حفتر', 'حفتر']]);
  });

  it('reads «للانتخابات» as ل + ال + انتخابات', () => {
    expect(partsOf(text, a, 'للانتخابات')).toEqual([
      ['proclitic', 'ل', 'ل'], ['proclitic', 'ال', 'ل'], ['stem', 'انتخابات', 'انتخابات'],
    ]);
  });

  it('restores the ta marbuta of «حكومته»: stem form «حكومة», enclitic ه', () => {
    expect(partsOf(text, a, 'حكومته')).toEqual([['stem', 'حكومة', 'حكومت'], ['enclitic', 'ه', 'ه']]);
    expect(a.tokens.find((t) => t.text === 'حكومته')!.key).toBe('حكومه');
  });

  it('segments «وجاهزیتها» (Persian ye) and keys it with the Arabic ya', () => {
    const t = a.tokens.find((x) => x.text === 'وجاهزیتها')!;
    expect(t.parts.map((p) => [p.role, text.slice(p.start, p.end)])).toEqual([
      ['proclitic', 'و'], ['stem', 'جاهزیت'], ['enclitic', 'ها'],
    ]);
    expect(t.key).toBe('جاهزيه');
  });

  it('splits «والاستقرار» into و + ال + استقرار', () => {
    expect(partsOf(text, a, 'والاستقرار').map((p) => p[2])).toEqual(['و', 'ال', 'استقرار']);
  });

  it('leaves listed words and names whole: «وزير», «بلاد», «لودريان», «فيسبوك»', () => {
    const s = 'قال وزير الخارجية الفرنسي جان إيف لودريان عبر فيسبوك إن بلاده تدعم الحل';
    const tokens = analyzeText(s).tokens;
    for (const w of ['وزير', 'لودريان', 'فيسبوك']) {
      expect(tokens.find((t) => t.text === w)!.parts).toHaveLength(1);
    }
    expect(tokens.find((t) => t.text === 'بلاده')!.parts.map((p) => s.slice(p.start, p.end))).toEqual(['بلاد', 'ه']);
  });

  it('keeps foreign names with clitic-like first letters whole: «ويليامز», «بشاغا», «كوبيش»', () => {
    const s = 'وقالت ستيفاني ويليامز إن فتحي بشاغا التقى يان كوبيش في طرابلس';
    const tokens = analyzeText(s).tokens;
    for (const w of ['ويليامز', 'بشاغا', 'كوبيش', 'فتحي']) expect(tokens.find((t) => t.text === w)!.parts).toHaveLength(1);
  });

  it('does not take a hamzated alef for the article: «وألمانية» is و + ألمانية', () => {
    const s = 'بعد محادثات أجرتها مع قيادات أميركية وفرنسية وألمانية';
    const t = analyzeText(s).tokens.find((x) => x.text === 'وألمانية')!;
    expect(t.parts.map((p) => s.slice(p.start, p.end))).toEqual(['و', 'ألمانية']);
  });

  it('splits the future particle only before an imperfect verb: «وسيزور»', () => {
    const s = 'وسيزور الوفد السفارة والقنصلية المصرية';
    const t = analyzeText(s).tokens[0]!;
    expect(t.parts.map((p) => [p.form, s.slice(p.start, p.end)])).toEqual([['و', 'و'], ['س', 'س'], ['يزور', 'يزور']]);
  });

  it('keeps marks with their letter and the morphemes tiling the word: «وَقَالَ»', () => {
    const s = 'وَقَالَ';
    const t = analyzeText(s).tokens[0]!;
    expect(t.parts.map((p) => s.slice(p.start, p.end))).toEqual(['وَ', 'قَالَ']);
    expect(t.key).toBe('قال');
  });
});
