import { describe, expect, it } from 'vitest';
import { analyzeText, loadTextTables } from '../../text/index.js';
import { entitySpan, procliticIsNameLetter } from './spans.js';
import { propagateSurnames, type FoundSpan } from './stage-surnames.js';
import { defaultResources } from './tagger.js';

const vocabulary = loadTextTables().vocabulary;
const { names } = defaultResources();

/** Spans found by the tagger: each [type, phrase, nth] covers the tokens of the nth occurrence. */
function propagated(text: string, marked: readonly (readonly [string, string, number])[]): string[] {
  const { tokens } = analyzeText(text);
  const found: FoundSpan[] = marked.map(([type, phrase, nth]) => {
    let start = -1;
    for (let k = 0; k <= nth; k++) start = text.indexOf(phrase, start + 1);
    expect(start).toBeGreaterThanOrEqual(0);
    const end = start + phrase.length;
    const idx = tokens.flatMap((t, i) => (t.start >= start && t.end <= end ? [i] : []));
    return { first: idx[0]!, end: idx[idx.length - 1]! + 1, type };
  });
  return propagateSurnames(tokens, found, vocabulary, (t) => procliticIsNameLetter(t, names, vocabulary)).map(({ index, clitic }) => {
    const span = entitySpan(tokens, index, index + 1, clitic);
    return text.slice(span.start, span.end);
  });
}

describe('surname propagation in an article', () => {
  it('tags the bare surname of a full person name elsewhere in the article', () => {
    const text = 'قال المدرب يورغن كلوب إن فريقه جاهز. وأضاف كلوب أن الإصابات كثيرة.';
    expect(propagated(text, [['PER', 'يورغن كلوب', 0]])).toEqual(['كلوب']);
  });

  it('reads a surname the text core left with a preposition on it under its stem, the span after the letter', () => {
    const text = 'وقال كلوب إن الموسم صعب. وكتب لكلوب رئيس النادي رسالة شكر. ورد كلوب بالامتنان.';
    expect(propagated(text, [['PER', 'كلوب', 0], ['PER', 'كلوب', 2]])).toEqual(['كلوب']);
  });

  it('spreads a surname that is also a word only where the article mostly tags it as a person', () => {
    const text = 'وقال عزام إن الرسالة وصلت. وأضاف عزام أن الوقت ضيق. وختم عزام كلمته. ونشرت رسالة عزام أمس.';
    expect(propagated(text, [['PER', 'عزام', 0], ['PER', 'عزام', 1], ['PER', 'عزام', 2]])).toEqual(['عزام']);
  });

  it('does not spread a word the article mostly uses as a word', () => {
    const text = 'وقال صالح إن الاتفاق صالح للتطبيق، وهو صالح لكل الأطراف.';
    expect(propagated(text, [['PER', 'صالح', 0]])).toEqual([]);
  });

  it('reads a surname whose first letter the text core split off under its whole form («فيرجسون» … «لفيرجسون»)', () => {
    const text = 'وقال المدرب اليكس فيرجسون إن فريقه جاهز. وسيترك فيرجسون منصبه. ويبحث النادي عن مدرب خلفا لفيرجسون في الصيف.';
    const surname = analyzeText(text).tokens.find((t) => t.text === 'فيرجسون')!;
    expect(surname.parts[0]!.role).toBe('proclitic');
    expect(propagated(text, [['PER', 'اليكس فيرجسون', 0], ['PER', 'فيرجسون', 1]])).toEqual(['فيرجسون']);
  });
});
