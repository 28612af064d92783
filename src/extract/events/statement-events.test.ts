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

describe('a speaker calling a party\'s act natural («من الطبيعي أن», triggers.tsv evaluative)', () => {
  it('codes the speaker\'s SUPPORT of the party whose act it justifies', () => {
    const content = 'من الطبيعي أن تتخذ الحكومة الإثيوبية الإجراءات اللازمة لحماية حدودها';
    const { events, text } = run(`وأوضح المتحدث باسم الخارجية الروسية أنه ${content}.`, {
      actors: [['spokesman', 'PER', null], ['ethiopia', 'GPE', null]],
      mentions: [['spokesman', 'المتحدث باسم الخارجية الروسية'], ['ethiopia', 'الحكومة الإثيوبية']],
      quotes: [{ speaker: 'spokesman', cue: 'أوضح', content, act: 'claim' }],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target]))
      .toEqual([['SUPPORT', 'من الطبيعي أن', ['spokesman'], ['ethiopia']]]);
  });

  it('codes nothing for the phrase outside a statement', () => {
    const { events } = run('ومن الطبيعي أن تتخذ الحكومة الإثيوبية الإجراءات اللازمة لحماية حدودها.', {
      actors: [['ethiopia', 'GPE', null]],
      mentions: [['ethiopia', 'الحكومة الإثيوبية']],
    });
    expect(events).toEqual([]);
  });
});
