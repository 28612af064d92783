import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../text/index.js';
import { alignedDocument, alignSentence } from './align.js';
import { blocks, DocumentMemory, documentFeatures } from './document.js';

const tokensOf = (s: string) => analyzeText(s).tokens;
const at = (tokens: ReturnType<typeof tokensOf>, surface: string): number => {
  const i = tokens.findIndex((t) => t.text === surface);
  if (i < 0) throw new Error(`no token ${surface}`);
  return i;
};

describe('document features', () => {
  // First pass: the full name with its title is tagged, the bare surname after a verb is not.
  const s1 = tokensOf('وقال الرئيس الأفغاني حامد كرزاي إن الانتخابات ستجري في موعدها');
  const s2 = tokensOf('وأضاف كرزاي أن الحكومة لن تتراجع');
  const t1 = s1.map((t) => (t.text === 'حامد' ? 'B-PER' : t.text === 'كرزاي' ? 'I-PER' : 'O'));
  const t2 = s2.map(() => 'O');

  it('tells a word what the first pass said about it in the other sentences', () => {
    const f = documentFeatures([s1, s2], [t1, t2]);
    const k = at(s2, 'كرزاي');
    expect(s2[k]!.text).toBe('كرزاي');
    // elsewhere: once PER, ending a two-word name
    expect(f[1]![k]).toContain('dm=PER:L');
    expect(f[1]![k]).toContain('dm,own=PER:L|O');
    // its neighbour sees it too
    expect(f[1]![k - 1]).toContain('dm+1=PER:L');
  });

  it('leaves out the token’s own label, so a word seen once has no document feature', () => {
    const f = documentFeatures([s1, s2], [t1, t2]);
    const h = at(s1, 'حامد');
    expect(f[0]![h]!.filter((x) => x.startsWith('dm='))).toEqual([]);
    // «كرزاي» in s1 sees only s2's O
    expect(f[0]![at(s1, 'كرزاي')]).toContain('dm=O');
  });

  it('removing a sentence undoes its counts', () => {
    const m = new DocumentMemory();
    m.add(s1, t1);
    m.add(s2, t2);
    m.add(s1, t1, -1);
    expect(m.features(s2, t2)[at(s2, 'كرزاي')]!.filter((x) => x.startsWith('dm='))).toEqual([]);
  });

  it('cuts a corpus into runs of sentences', () => {
    expect(blocks(45, 20)).toEqual([{ first: 0, end: 20 }, { first: 20, end: 40 }, { first: 40, end: 45 }]);
  });
});

describe('alignedDocument', () => {
  it('joins aligned sentences into one text whose tokens keep their surfaces', () => {
    const a = alignSentence(['وصل', 'وزير', 'الخارجية', 'سامح', 'شكري']);
    const b = alignSentence(['واستقبله', 'نظيره', 'في', 'موسكو']);
    const doc = alignedDocument([a, b]);
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['وصل وزير الخارجية سامح شكري', 'واستقبله نظيره في موسكو']);
    const moscow = doc.tokens[doc.sentences[1]!.tokens.end - 1]!;
    expect(doc.text.slice(moscow.start, moscow.end)).toBe('موسكو');
    for (const t of doc.tokens) {
      expect(doc.text.slice(t.start, t.end)).toBe(t.text);
      for (const p of t.parts) expect(p.end).toBeLessThanOrEqual(t.end);
    }
    expect(doc.tokens.map((t) => t.index)).toEqual(doc.tokens.map((_, i) => i));
  });
});
