import { describe, expect, it } from 'vitest';
import { run, slice } from './testing.js';

describe('statements coded by their speech act (quote-acts.tsv)', () => {
  const spec = (content: string) => ({
    actors: [['spokesman', 'PER', null] as [string, 'PER', null]],
    mentions: [['spokesman', 'المتحدث العسكري'] as [string, string]],
    quotes: [{ speaker: 'spokesman', cue: 'أضاف', content, act: 'promise' as const }],
  });

  it('codes a promise as AGREE on its cue', () => {
    const content = 'سنعيد فتح الطريق الساحلي أمام المدنيين خلال أيام';
    const { events, text } = run(`وأضاف المتحدث العسكري: "${content}".`, spec(content));
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source])).toEqual([['AGREE', 'أضاف', ['spokesman']]]);
  });

  it('codes no AGREE for a vow that opens with a negation («لن نتراجع عن …»)', () => {
    const content = 'لن نتراجع عن استعادة السيطرة على المدينة مهما كلف الأمر';
    const { events } = run(`وأضاف المتحدث العسكري: "${content}".`, spec(content));
    expect(events.filter((e) => e.type === 'AGREE')).toEqual([]);
  });
});
