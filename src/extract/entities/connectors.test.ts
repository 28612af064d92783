import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../text/index.js';
import { guessedStemKey } from './alt-key.js';
import { conjunctionOf, isConnector, loadConnectors } from './connectors.js';

describe('name particles and the conjunction «و»', () => {
  const set = loadConnectors();
  const view = (text: string): Record<string, { cn: boolean; cj: string }> => {
    const out: Record<string, { cn: boolean; cj: string }> = {};
    for (const t of analyzeText(text).tokens) out[text.slice(t.start, t.end)] = { cn: isConnector(set, t), cj: conjunctionOf(t, guessedStemKey(t)) };
    return out;
  };

  it('knows Arabic and European particles inside a name, not the words around them', () => {
    const v = view('وصل حمد بن جاسم وأبو مازن إلى باريس');
    expect(v['بن']!.cn).toBe(true);
    expect(v['حمد']!.cn).toBe(false);
    expect(v['جاسم']!.cn).toBe(false);
    expect(v['إلى']!.cn).toBe(false);
  });

  it('marks «و» split off a word, and «و» guessed on an unsplit unknown name', () => {
    const v = view('التقى بوتين وشيراك والرئيس');
    expect(v['وشيراك']!.cj).toBe('w?');
    expect(v['والرئيس']!.cj).toBe('w');
    expect(v['بوتين']!.cj).toBe('-');
  });
});
