import { describe, expect, it } from 'vitest';
import { chunks, parseConll, scoreChunks } from './conll.js';

const GOLD = `قال O
وزير O
الدفاع O
خلوصي B-PERS
أكار I-PERS
في O
أنقرة B-LOC

وصلت O
بعثة B-ORG
الأمم I-ORG
المتحدة I-ORG
`;

describe('CoNLL scoring', () => {
  const gold = parseConll('gold.txt', GOLD);

  it('reads sentences and tags', () => {
    expect(gold).toHaveLength(2);
    expect(gold[0]!.words[3]).toBe('خلوصي');
    expect(gold[1]!.tags).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG']);
  });

  it('chunks BIO by conlleval rules (I- after O opens a chunk)', () => {
    expect(chunks(['O', 'I-PER', 'I-PER', 'B-LOC', 'I-ORG'])).toEqual([
      { type: 'PER', first: 1, end: 3 }, { type: 'LOC', first: 3, end: 4 }, { type: 'ORG', first: 4, end: 5 },
    ]);
  });

  it('counts only exact type and boundaries', () => {
    const system = [
      ['O', 'O', 'O', 'B-PERS', 'O', 'O', 'B-LOC'], // person cut short: 1 fp + 1 fn; place right
      ['O', 'B-LOC', 'I-LOC', 'I-LOC'], // right boundaries, wrong type
    ];
    const { all, byType } = scoreChunks(gold.map((s) => s.tags), system);
    expect(all).toEqual({ tp: 1, fp: 2, fn: 2 });
    expect(byType.get('LOC')).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(byType.get('PERS')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('names the line of a malformed row', () => {
    expect(() => parseConll('bad.txt', 'قال O\nخطأ\n')).toThrow(/bad.txt:2/u);
  });
});
