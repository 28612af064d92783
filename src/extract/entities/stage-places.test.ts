import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../text/index.js';
import { chunks } from './conll.js';
import { entitySpan } from './spans.js';
import { placesAfterPrepositions } from './stage-places.js';
import { defaultResources } from './tagger.js';

const { names } = defaultResources();

/** Tags as a tagger would give them: each [type, phrase] marks the tokens the phrase covers. */
function tagsFor(text: string, marked: readonly (readonly [string, string])[]) {
  const { tokens } = analyzeText(text);
  const tags = tokens.map(() => 'O');
  for (const [type, phrase] of marked) {
    const start = text.indexOf(phrase);
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

function retyped(text: string, marked: readonly (readonly [string, string])[]): string[] {
  const { tokens, tags } = tagsFor(text, marked);
  return chunks(placesAfterPrepositions(tokens, tags, names.places)).map((c) => {
    const span = entitySpan(tokens, c.first, c.end);
    return `${c.type}:${text.slice(span.start, span.end)}`;
  });
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
