import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../text/index.js';
import { loadVerbForms, verbClass } from './verbs.js';

const verbs = loadVerbForms();

function classes(text: string): string[] {
  return analyzeText(text).tokens.filter((t) => t.kind === 'word').map((t) => `${t.text}:${verbClass(t, verbs)}`);
}

describe('verbClass', () => {
  it('marks perfect and imperfect verbs, with a conjunction or the future «سـ» on them', () => {
    const found = classes('وأكد الوزير أنه سيعتزل بينما يتهم المعارضون الحكومة');
    expect(found).toEqual(expect.arrayContaining(['وأكد:V', 'سيعتزل:V', 'يتهم:V']));
  });

  it('leaves nouns and foreign names unmarked', () => {
    const found = classes('الحكومة ألونسو سيارة');
    expect(found).toEqual(['الحكومة:-', 'ألونسو:-', 'سيارة:-']);
  });
});
