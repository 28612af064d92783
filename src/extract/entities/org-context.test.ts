import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../text/index.js';
import { loadOrgContext, orgContextOf } from './org-context.js';

describe('orgContextOf', () => {
  const ctx = loadOrgContext();
  const kinds = (text: string): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const t of analyzeText(text).tokens) out[text.slice(t.start, t.end)] = orgContextOf(ctx, t);
    return out;
  };

  it('reads a member noun without the article as the first term of a construct («سائق فيراري»)', () => {
    const k = kinds('وقال سائق فيراري إن السباق كان صعبا');
    expect(k['سائق']).toBe('memberN');
    expect(k['فيراري']).toBe('-');
  });

  it('tells the definite noun before a person («المدرب») from an organisation noun behind a clitic («لشركة»)', () => {
    const k = kinds('وأكد المدرب فان خال أن الطائرة تابعة لشركة أمريكان إيرلاينز');
    expect(k['المدرب']).toBe('memberD');
    expect(k['لشركة']).toBe('org_nounN');
    expect(k['الطائرة']).toBe('-');
  });
});
