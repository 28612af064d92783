import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../text/index.js';
import { guessedStemKey } from './alt-key.js';
import { gazetteerTier, loadNameLists, nameKeys, nameMarks, nisbaLemma, phraseIndex, phraseMarks, placeTierOf } from './names.js';

const tokensOf = (text: string) => analyzeText(text).tokens;

describe('phraseMarks', () => {
  it('marks the longest listed phrase over stem keys, B then I', () => {
    const index = phraseIndex([nameKeys('مجلس الأمن'), nameKeys('مجلس الأمن الدولي'), nameKeys('الأمن')]);
    const tokens = tokensOf('وقال مجلس الأمن الدولي إن');
    expect(phraseMarks(index, tokens)).toEqual([null, 'B', 'I', 'I', null]);
  });

  it('matches through clitics the text core split off («والقاهرة» → «القاهرة»)', () => {
    const index = phraseIndex([nameKeys('القاهرة')]);
    const tokens = tokensOf('وصل إلى دمشق والقاهرة');
    expect(phraseMarks(index, tokens)).toEqual([null, null, null, 'B']);
  });
});

describe('nameMarks on the shipped lists', () => {
  const lists = loadNameLists();

  it('knows CAMEO person names, GeoNames places and nisba adjectives', () => {
    const text = 'واستقبل محمود عباس في رام الله الوفد التركي';
    const tokens = tokensOf(text);
    const marks = nameMarks(lists, tokens);
    const at = (w: string): string => marks[tokens.findIndex((t) => text.slice(t.start, t.end) === w)]!;
    expect(at('محمود')).toMatch(/^PB/u);
    expect(at('عباس')).toMatch(/^PI/u);
    expect(at('رام')).toContain('LB');
    expect(at('الله')).toContain('LI');
    expect(at('التركي')).toContain('N');
    expect(at('الوفد')).toBe('-');
  });

  it('knows country aliases and capitals of the actors table and the press spellings of data/ner/place-variants.tsv', () => {
    const text = 'وقالت أمريكا إن واشنطن وإنجلترا وتايلند توافق بينما رفضت الإدارة الأمريكية';
    const tokens = tokensOf(text);
    const marks = nameMarks(lists, tokens);
    const at = (w: string): string => marks[tokens.findIndex((t) => text.slice(t.start, t.end) === w)]!;
    for (const w of ['أمريكا', 'واشنطن', 'وإنجلترا', 'وتايلند']) expect(at(w)).toContain('LB');
    // An alias headed by an organisation noun names a body, not a place.
    expect(at('الإدارة')).not.toContain('LB');
  });

  it('knows organisations of data/ner/org-names.tsv and the actor base through clitics («لجامعة», «والبنتاغون»)', () => {
    const text = 'وقال الأمين العام لجامعة الدول العربية إن الهجوم على مركز التجارة العالمي والبنتاغون أثار قلق أوبك';
    const tokens = tokensOf(text);
    const marks = nameMarks(lists, tokens);
    const at = (w: string): string => marks[tokens.findIndex((t) => text.slice(t.start, t.end) === w)]!;
    expect(at('لجامعة')).toContain('KB');
    expect(at('الدول')).toContain('KI');
    expect(at('العربية')).toContain('KI');
    expect(at('والبنتاغون')).toContain('KB');
    expect(at('أوبك')).toContain('KB');
    expect(at('العام')).toBe('-');
    expect(at('مركز')).not.toContain('K');
  });

  it('matches a CAMEO organisation written with a masculine nisba lemma against the feminine form («جامعة عربي»)', () => {
    expect(nisbaLemma('عربيه')).toBe('عربي');
    expect(nisbaLemma('دوليه')).toBe('دولي');
    expect(nisbaLemma('جامعه')).toBeNull();
    const text = 'وطالب الأمين العام للجامعة العربية بوقف القتال';
    const tokens = tokensOf(text);
    const marks = nameMarks(lists, tokens);
    const at = (w: string): string => marks[tokens.findIndex((t) => text.slice(t.start, t.end) === w)]!;
    expect(at('للجامعة')).toContain('OB');
    expect(at('العربية')).toContain('OI');
  });

  it('reads the name after a one-letter proclitic the text core left on an unknown word', () => {
    const text = 'التقى الرئيس بوش وكرزاي';
    const tokens = tokensOf(text);
    const last = tokens[tokens.length - 1]!;
    expect(text.slice(last.start, last.end)).toBe('وكرزاي');
    const alts = tokens.map(guessedStemKey);
    expect(nameMarks(lists, tokens, alts)[tokens.length - 1]).toContain('ln');
  });
});

describe('guessedStemKey', () => {
  it('guesses the stem of a name the text core did not split', () => {
    const tokens = tokensOf('سجل لفيرجسون وفيدرر');
    expect(tokens.map(guessedStemKey)).toEqual([null, 'فيرجسون', 'فيدرر']);
  });

  it('leaves a token alone when the text core already split a proclitic or the rest is too short', () => {
    const tokens = tokensOf('والقاهرة وهو');
    expect(tokens.map(guessedStemKey)).toEqual([null, null]);
  });
});

describe('candidateKeys', () => {
  it('also reads a whole word the text core split as proclitic + stem («ليتوانيا»)', () => {
    const lists = loadNameLists();
    const text = 'وتقدمت ليتوانيا على ضيفتها';
    const tokens = tokensOf(text);
    expect(nameMarks(lists, tokens)[1]).toContain('LB');
  });
});


describe('placeTierOf', () => {
  const lists = loadNameLists();
  const tiersOf = (text: string): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const t of tokensOf(text)) out[text.slice(t.start, t.end)] = placeTierOf(lists, t, guessedStemKey(t));
    return out;
  };

  it('grades a listed place by GeoNames population, a country or capital above any city', () => {
    expect(gazetteerTier('country', 0, false)).toBe('S');
    expect(gazetteerTier('city', 3_043_532, true)).toBe('S');
    expect(gazetteerTier('city', 1_621_537, false)).toBe('M');
    expect(gazetteerTier('city', 152_550, false)).toBe('C');
    expect(gazetteerTier('city', 40_000, false)).toBe('T');
    expect(gazetteerTier('district', 2_000_000, false)).toBe('T');
  });

  it('reads the tier of a place through clitics, also behind a conjunction the text core split off («وبعقوبة»)', () => {
    const tiers = tiersOf('وكانت انفجارات في كابل ليلة امس قرب برشلونة وبعقوبة وأمريكا');
    expect(tiers['كابل']).toBe('S');
    expect(tiers['برشلونة']).toBe('M');
    expect(tiers['وبعقوبة']).toBe('C');
    expect(tiers['وأمريكا']).toBe('S');
    expect(tiers['انفجارات']).toBe('-');
    expect(tiers['ليلة']).toBe('-');
  });
});
