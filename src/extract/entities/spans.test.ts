import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../text/index.js';
import { entitySpan, procliticIsNameLetter } from './spans.js';
import { defaultResources } from './tagger.js';

const { names, vocabulary } = defaultResources();

/** The span of a person name of `words` tokens starting at the token that contains `at`. */
function personSpan(text: string, at: string, words: number, bareNames: ReadonlySet<string> = new Set()): string {
  const { tokens } = analyzeText(text);
  const start = text.indexOf(at);
  const first = tokens.findIndex((t) => t.start <= start && start < t.end);
  expect(first).toBeGreaterThanOrEqual(0);
  const whole = procliticIsNameLetter(tokens[first]!, names, vocabulary, bareNames);
  const span = entitySpan(tokens, first, first + words, false, whole);
  return text.slice(span.start, span.end);
}

describe('entity spans over a first letter the text core split off', () => {
  it('keeps the letter of a name listed whole («بوش», «بشار»)', () => {
    expect(personSpan('وقال الرئيس الأميركي جورج بوش إن بوش لن يتراجع.', 'بوش لن', 1)).toBe('بوش');
    expect(personSpan('واستقبل الرئيس السوري بشار الأسد الوفد.', 'بشار', 2)).toBe('بشار الأسد');
  });

  it('keeps the letter when the rest is only an inflection guess («فيرجسون»)', () => {
    expect(personSpan('وسيترك فيرجسون منصبه في نهاية الموسم.', 'فيرجسون', 1)).toBe('فيرجسون');
  });

  it('keeps the future «س» split off a name («سيرغي لافروف»)', () => {
    expect(personSpan('وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده ترفض العقوبات.', 'سيرغي', 2)).toBe('سيرغي لافروف');
  });

  it('leaves out a preposition on a listed name or an ordinary word', () => {
    expect(personSpan('وصوت المجلس لصالح شوماخر أمس.', 'لصالح', 2)).toBe('صالح شوماخر');
    expect(personSpan('وأشاد الاتحاد بمحمد صلاح بعد المباراة.', 'بمحمد', 2)).toBe('محمد صلاح');
  });

  it('leaves out the conjunction «و» before a name that is not listed whole', () => {
    expect(personSpan('وحضر الحفل جورج وسوف وجرجي باز.', 'وجرجي', 2)).toBe('جرجي باز');
  });

  it('keeps the letter of an unknown rest, unless the article writes that rest alone in a name', () => {
    const text = 'وقال السفير جون بولتون إن بلاده سترد.';
    expect(personSpan(text, 'جون', 2)).toBe('جون بولتون');
    expect(personSpan(text, 'بولتون', 1)).toBe('بولتون');
    const rest = analyzeText(text).tokens.find((t) => t.text === 'بولتون')!;
    expect(rest.parts).toHaveLength(2);
    expect(personSpan(text, 'بولتون', 1, new Set([rest.key]))).toBe(text.slice(rest.parts[1]!.start, rest.parts[1]!.end));
  });
});
