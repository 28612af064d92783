import { describe, expect, it } from 'vitest';
import { run, slice } from './testing.js';

describe('a call with no deed asked of its object is an invitation, AGREE (invitations.tsv)', () => {
  it('codes «دعونا» + leaders in a speaker\'s words as the speaker\'s invitation, names in parentheses included', () => {
    const words = 'عندما دعونا القادة الرئيسيين (خليفة) حفتر، و(فائز) السراج، في يناير الماضي، لم يكن الجيش مستعداً للتوقيع';
    const { events, text } = run(`وقال لافروف: "${words}".`, {
      actors: [['lavrov', 'PER', null], ['haftar', 'PER', null], ['sarraj', 'PER', null]],
      mentions: [['lavrov', 'لافروف'], ['haftar', 'خليفة) حفتر'], ['sarraj', 'فائز) السراج']],
      quotes: [{ speaker: 'lavrov', cue: 'قال', content: words, act: 'claim' }],
    });
    const e = events.find((x) => slice(text, x.trigger) === 'دعونا');
    expect(e?.type).toBe('AGREE');
    expect(e?.source).toEqual(['lavrov']);
    expect(e?.target).toEqual(['haftar', 'sarraj']);
  });

  it('codes an invitation whose purpose carries a pronoun («لإطلاعه») as AGREE', () => {
    const { events, text } = run('ودعت مصر محمد المنفي لإطلاعه على نتائج الاجتماع الأمني.', {
      actors: [['egypt', 'GPE', null], ['menfi', 'PER', null]],
      mentions: [['egypt', 'مصر'], ['menfi', 'محمد المنفي']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([['AGREE', 'دعت', ['egypt'], ['menfi']]]);
  });

  it('codes an invitation to a place as AGREE', () => {
    const { events, text } = run('ودعت فرنسا خليفة حفتر إلى باريس الأسبوع المقبل.', {
      actors: [['france', 'GPE', null], ['haftar', 'PER', null]],
      mentions: [['france', 'فرنسا'], ['haftar', 'خليفة حفتر']],
      places: [['paris', 'باريس', 'FR']],
    });
    const e = events.find((x) => slice(text, x.trigger) === 'دعت');
    expect(e?.type).toBe('AGREE');
    expect(e?.target).toEqual(['haftar']);
  });

  it('keeps a call for a deed asked of its object a REQUEST, past a parenthetical time', () => {
    const { events, text } = run('ودعا الاتحاد الأوروبي تركيا وروسيا، اليوم، إلى سحب المرتزقة من ليبيا.', {
      actors: [['eu', 'ORG', null], ['turkey', 'GPE', null], ['russia', 'GPE', null]],
      mentions: [['eu', 'الاتحاد الأوروبي'], ['turkey', 'تركيا'], ['russia', 'روسيا']],
    });
    const e = events.find((x) => slice(text, x.trigger) === 'دعا');
    expect(e?.type).toBe('REQUEST');
    expect(e?.source).toEqual(['eu']);
    expect(e?.target).toEqual(['turkey', 'russia']);
  });
});

describe('the deed a call asks for, written after a long parenthetical', () => {
  it('keeps the call a REQUEST when «إلى» comes after the channel phrase', () => {
    const { events, text } = run('ودعت مصر المجتمع الدولي، في بيان صادر عن وزارة الخارجية المصرية، إلى التدخل لوقف القتال.', {
      actors: [['egypt', 'GPE', null], ['intl', 'ORG', null], ['egypt_mfa', 'ORG', 'egypt']],
      mentions: [['egypt', 'مصر'], ['intl', 'المجتمع الدولي'], ['egypt_mfa', 'وزارة الخارجية المصرية']],
    });
    const e = events.find((x) => slice(text, x.trigger) === 'دعت');
    expect(e?.type).toBe('REQUEST');
    expect(e?.target).toEqual(['intl']);
  });
});
