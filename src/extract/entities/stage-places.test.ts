import { describe, expect, it } from 'vitest';
import { placesAfterPrepositions } from './stage-places.js';
import { defaultResources } from './tagger.js';
import { entityStrings, tagsFor, type Mark } from './testing.js';

const { names } = defaultResources();


function retyped(text: string, marked: readonly Mark[]): string[] {
  const { tokens, tags } = tagsFor(text, marked);
  return entityStrings(text, tokens, placesAfterPrepositions(tokens, tags, names.places));
}

describe('a listed place after a preposition of place', () => {
  it('is the city, not the club, after «في»', () => {
    const text = 'وعقد وزراء خارجية الاتحاد الأوروبي اجتماعهم في برشلونة أمس.';
    expect(retyped(text, [['ORG', 'الاتحاد الأوروبي'], ['ORG', 'برشلونة']])).toEqual(['ORG:الاتحاد الأوروبي', 'LOC:برشلونة']);
  });

  it('is the city after «إلى» and with the proclitic «ب», the span after the proclitic', () => {
    const text = 'ووصل الوفد إلى ميلانو بعد أن أمضى يومين بروما.';
    expect(retyped(text, [['ORG', 'ميلانو'], ['ORG', 'بروما']])).toEqual(['LOC:ميلانو', 'LOC:روما']);
  });

  it('stays the club without a preposition or with the proclitic «ل»', () => {
    const text = 'وفاز برشلونة على ضيفه وحسم التعادل لروما مع ميلانو.';
    expect(retyped(text, [['ORG', 'برشلونة'], ['ORG', 'لروما'], ['ORG', 'ميلانو']]))
      .toEqual(['ORG:برشلونة', 'ORG:روما', 'ORG:ميلانو']);
  });

  it('leaves a person and a longer name alone', () => {
    const text = 'وتحدث في روما أمس مع مسؤولي نادي في ريال مدريد.';
    expect(retyped(text, [['PER', 'روما'], ['ORG', 'ريال مدريد']])).toEqual(['PER:روما', 'ORG:ريال مدريد']);
  });
});
