import { describe, expect, it } from 'vitest';
import { trimPersonFronts, type EdgeResources } from './stage-edges.js';
import { loadNameParticles } from './stage-repair.js';
import { createTagger } from './tagger.js';
import { entityStrings, tagsFor, type Mark } from './testing.js';

const tagger = createTagger();
const res: EdgeResources = { particles: loadNameParticles(), tagDictionary: tagger.resources.tagDictionary!, firstNames: tagger.resources.names.firstNames };


function trimmed(text: string, marked: readonly Mark[]): string[] {
  const { tokens, tags } = tagsFor(text, marked);
  const [out] = trimPersonFronts([tokens], [tags], res);
  return entityStrings(text, tokens, out!);
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
