import { describe, expect, it } from 'vitest';
import { analyzeText, loadTextTables } from '../../text/index.js';
import { vocabularyClass } from './known.js';

const vocabulary = loadTextTables().vocabulary;

function classes(text: string): string[] {
  return analyzeText(text).tokens.filter((t) => t.kind === 'word').map((t) => `${t.text}:${vocabularyClass(t, vocabulary)}`);
}

describe('vocabularyClass', () => {
  it('knows a ta marbuta word with its clitics («بالسيارة», «لحكومته»), though Token.key folds ة into ه', () => {
    expect(classes('وصل بالسيارة إلى مقر لحكومته')).toEqual(expect.arrayContaining(['بالسيارة:known', 'لحكومته:known']));
  });

  it('takes a regular ending off an inflected word («المحترفون»)', () => {
    expect(classes('وقال المحترفون إنهم سيعودون')).toContain('المحترفون:inflected');
  });

  it('leaves transliterated foreign names unknown', () => {
    expect(classes('قال ألونسو إن شوماخر لم يخطئ')).toEqual(expect.arrayContaining(['ألونسو:unknown', 'شوماخر:unknown']));
  });
});
