import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../text/index.js';
import { chunks } from './conll.js';
import { entitySpan } from './spans.js';
import { trimPersonFronts, type EdgeResources } from './stage-edges.js';
import { loadNameParticles } from './stage-repair.js';
import { createTagger } from './tagger.js';

const tagger = createTagger();
const res: EdgeResources = { particles: loadNameParticles(), tagDictionary: tagger.resources.tagDictionary!, firstNames: tagger.resources.names.firstNames };

/** Tags as a tagger would give them: each [type, phrase, nth occurrence] marks the tokens the phrase covers. */
function tagsFor(text: string, marked: readonly (readonly [string, string, number?])[]) {
  const { tokens } = analyzeText(text);
  const tags = tokens.map(() => 'O');
  for (const [type, phrase, nth = 0] of marked) {
    let start = -1;
    for (let n = 0; n <= nth; n++) start = text.indexOf(phrase, start + 1);
    expect(start).toBeGreaterThanOrEqual(0);
    const end = start + phrase.length;
    let first = true;
    tokens.forEach((t, i) => {
      if (t.start >= start && t.end <= end) {
        tags[i] = (first ? 'B-' : 'I-') + type;
        first = false;
      }
    });
  }
  return { tokens, tags };
}

function trimmed(text: string, marked: readonly (readonly [string, string, number?])[]): string[] {
  const { tokens, tags } = tagsFor(text, marked);
  const [out] = trimPersonFronts([tokens], [tags], res);
  return chunks(out!).map((c) => {
    const span = entitySpan(tokens, c.first, c.end);
    return `${c.type}:${text.slice(span.start, span.end)}`;
  });
}

describe('a common noun in front of a person name', () => {
  it('is cut off when the article names the person alone elsewhere', () => {
    const text = 'وبدأت ولاية صالح الجديدة بعد فوز صالح في الانتخابات الرئاسية.';
    expect(trimmed(text, [['PER', 'صالح'], ['PER', 'فوز صالح']])).toEqual(['PER:صالح', 'PER:صالح']);
  });

  it('is cut off with its preposition, the span at the name', () => {
    const text = 'وأشاد رئيس الاتحاد بفوز عبد الفتاح بالذهبية، وقال إن عبد الفتاح بطل كبير.';
    expect(trimmed(text, [['PER', 'بفوز عبد الفتاح'], ['PER', 'عبد الفتاح', 1]])).toEqual(['PER:عبد الفتاح', 'PER:عبد الفتاح']);
  });

  it('stays when the article never names the person without it', () => {
    const text = 'وأسفرت الانتخابات عن فوز صالح بنسبة كبيرة.';
    expect(trimmed(text, [['PER', 'فوز صالح']])).toEqual(['PER:فوز صالح']);
  });

  it('leaves a given name that is also a word («جمال», «أمين»)', () => {
    const text = 'وزار الوفد ضريح جمال عبد الناصر، وكان عبد الناصر قد توفي عام 1970.';
    expect(trimmed(text, [['PER', 'جمال عبد الناصر'], ['PER', 'عبد الناصر', 1]])).toEqual(['PER:جمال عبد الناصر', 'PER:عبد الناصر']);
  });
});
