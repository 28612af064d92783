import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../text/index.js';
import { loadGazetteer, triggersOf } from './gazetteer.js';

describe('triggersOf (data/ar/ner-triggers.tsv)', () => {
  const g = loadGazetteer();
  const kinds = (text: string): string[] => analyzeText(text).tokens.map((t) => `${t.text}:${triggersOf(g, t).join('+') || '-'}`);

  it('reads place heads in construct («مدينة سرت») and the definite «العاصمة» in apposition', () => {
    expect(kinds('في مدينة سرت والعاصمة طرابلس')).toEqual(['في:-', 'مدينة:place_head', 'سرت:-', 'والعاصمة:place_head', 'طرابلس:-']);
  });

  it('keeps a definite entry from matching the bare word and the reverse («الوزير» / «وزير»)', () => {
    expect(kinds('الوزير وزير')).toEqual(['الوزير:title', 'وزير:person_role']);
  });
});
