import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../text/index.js';
import { addCharGrams, sentenceFeatures } from './features.js';
import { defaultResources } from './tagger.js';

describe('sentenceFeatures', () => {
  const text = 'وقال الرئيس التركي رجب طيب أردوغان في أنقرة إن تركيا لن تتخلى عن ليبيا';
  const { tokens } = analyzeText(text);
  const feats = sentenceFeatures(tokens, defaultResources());
  const of = (word: string): string[] => feats[tokens.findIndex((t) => t.text === word)]!;

  it('gives one feature list per core token', () => {
    expect(feats).toHaveLength(tokens.length);
  });

  it('describes clitics, stem key and context window', () => {
    expect(of('التركي')).toEqual(expect.arrayContaining(['pro=ال', 'k=تركي', 'k-1=رئيس', 'k+2=طيب']));
    expect(of('وقال')).toEqual(expect.arrayContaining(['pro=و', 'k=قال', 'k-1=<s>']));
  });

  it('marks gazetteer hits: a title trigger, a country name and their neighbours', () => {
    expect(of('الرئيس')).toContain('g=title');
    expect(of('تركيا')).toContain('g=CB');
    expect(of('ليبيا')).toContain('g=CB');
    expect(of('رجب')).toContain('g-2=title');
  });

  it('reads name lists: a listed place, a nisba neighbour and the places around', () => {
    expect(of('أنقرة')).toEqual(expect.arrayContaining(['x=LB', 'x-1=-']));
    expect(of('الرئيس')).toContain('x+1=N');
  });
});

describe('name-shaped features', () => {
  it('marks the verb before a subject name and the name-likeness of an unknown foreign name', () => {
    const text = 'وقال ألونسو إن سيارته لم تتعطل';
    const { tokens } = analyzeText(text);
    const f = sentenceFeatures(tokens, defaultResources());
    expect(text.slice(tokens[1]!.start, tokens[1]!.end)).toBe('ألونسو');
    expect(f[0]).toContain('vb=VN');
    expect(f[1]).toEqual(expect.arrayContaining(['sh=Wu', 'vb-1,sh=VN|Wu']));
    expect(f[1]!.find((x) => x.startsWith('nl,sh='))).toMatch(/^nl,sh=n\d\|Wu$/u);
    // «سيارته»: a ta marbuta stem with a pronoun is a vocabulary word, not an unknown one.
    expect(f[3]).toContain('sh=Wk');
  });

  it('adds the character trigrams of a stem with its edges marked', () => {
    const out: string[] = [];
    addCharGrams(out, 'كرزاي');
    expect(out).toEqual(['c3=^كر', 'c3=كرز', 'c3=رزا', 'c3=زاي', 'c3=اي$']);
  });

  it('gives an unsplit «وفيدرر» the key of «فيدرر» as a second key', () => {
    const text = 'فاز أغاسي وفيدرر';
    const { tokens } = analyzeText(text);
    const f = sentenceFeatures(tokens, defaultResources())[2]!;
    expect(text.slice(tokens[2]!.start, tokens[2]!.end)).toBe('وفيدرر');
    expect(f).toEqual(expect.arrayContaining(['k=فيدرر', 'ak', 'ak=و']));
  });

  it('reads a team or member noun one or two words back, with its article or without', () => {
    const text = 'وقال سائق فريق رينو إن المدرب فان خال غادر';
    const { tokens } = analyzeText(text);
    const f = sentenceFeatures(tokens, defaultResources());
    const of = (w: string): string[] => f[tokens.findIndex((t) => text.slice(t.start, t.end) === w)]!;
    expect(of('فريق')).toContain('oc-1=memberN');
    expect(of('رينو')).toEqual(expect.arrayContaining(['oc-1=org_nounN', 'oc-2=memberN|Wk']));
    expect(of('فان')).toContain('oc-1=memberD');
    expect(of('غادر').some((x) => x.startsWith('oc-1='))).toBe(false);
  });

  it('reads name particles on both sides and the conjunction «و» on a word after a name', () => {
    const text = 'واستقبل الرئيس شيراك وحمد بن جاسم في باريس';
    const { tokens } = analyzeText(text);
    const f = sentenceFeatures(tokens, defaultResources());
    const of = (w: string): string[] => f[tokens.findIndex((t) => text.slice(t.start, t.end) === w)]!;
    expect(of('وحمد').some((x) => x.startsWith('cn+1,sh='))).toBe(true);
    expect(of('وحمد').some((x) => x.startsWith('cj,x-1=w|'))).toBe(true);
    expect(of('جاسم').some((x) => x.startsWith('cn-1,sh='))).toBe(true);
    expect(of('الرئيس').some((x) => x.startsWith('cj'))).toBe(false);
    expect(of('باريس').some((x) => x.startsWith('cn'))).toBe(false);
  });
});

describe('place prominence, spelling skeletons and spelt-out acronyms', () => {
  const text = 'وكانت انفجارات في كابل وشنغهاي قبل أن تنقل شبكة سي إن إن الخبر';
  const { tokens } = analyzeText(text);
  const feats = sentenceFeatures(tokens, defaultResources());
  const of = (word: string): string[] => feats[tokens.findIndex((t) => text.slice(t.start, t.end) === word)]!;

  it('reads the tier of a listed place with its shape', () => {
    expect(of('كابل')).toEqual(expect.arrayContaining(['pt=S']));
    expect(of('انفجارات').some((f) => f.startsWith('pt'))).toBe(false);
  });

  it('reads another spelling of a listed place through its skeleton', () => {
    expect(of('وشنغهاي')).toContain('sk=L');
  });

  it('reads the letters of an acronym and the word before them', () => {
    expect(of('سي')).toEqual(expect.arrayContaining(['lt=L', 'lt,lt-1,lt+1=L-L']));
    expect(of('شبكة').some((f) => f.startsWith('lt-1,lt+1=-L|'))).toBe(true);
  });
});
