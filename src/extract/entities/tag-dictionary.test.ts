import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../text/index.js';
import { buildTagDictionary } from './tag-dictionary.js';

function item(text: string, tags: string[]) {
  const { tokens } = analyzeText(text);
  expect(tokens).toHaveLength(tags.length);
  return { tokens, tags };
}

describe('buildTagDictionary', () => {
  const items = [
    item('قال عباس في رام الله', ['O', 'B-PER', 'O', 'B-LOC', 'I-LOC']),
    item('وصل عباس إلى رام الله', ['O', 'B-PER', 'O', 'B-LOC', 'I-LOC']),
    item('قال عباس إن الله كريم', ['O', 'B-PER', 'O', 'O', 'O']),
    item('وأكد مجلس الأمن أن الوضع خطير', ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O']),
  ];
  const dict = buildTagDictionary(items);

  it('gives each stem key the labels it had in at least a fifth of its occurrences', () => {
    expect(dict.get('عباس')).toBe('PER');
    expect(dict.get('رام')).toBe('LOC');
    expect(dict.get('الله')).toBe('LOC+O');
    expect(dict.get('قال')).toBe('O');
  });

  it('lists a word seen once with the label it had', () => {
    expect(dict.get('مجلس')).toBe('ORG');
    expect(dict.get('خطير')).toBe('O');
  });

  it('has nothing for a word the training split never had', () => {
    expect(dict.has('سفينة')).toBe(false);
  });
});
