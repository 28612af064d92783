import { describe, expect, it } from 'vitest';
import { run, slice, type Spec } from './testing.js';

describe('a ceasefire a relative clause says was announced («التي أعلنها») is the announcer\'s CONCEDE', () => {
  const spec: Spec = {
    actors: [['un', 'ORG', null], ['lna', 'ORG', null]],
    mentions: [['un', 'الأمم المتحدة'], ['lna', 'الجيش الوطني الليبي']],
  };

  it('codes the truce announced by the army, with the army as source', () => {
    const { events, text } = run('ورحبت الأمم المتحدة بالهدنة الإنسانية التي أعلنها الجيش الوطني الليبي بسبب الجائحة.', spec);
    const e = events.find((x) => x.type === 'CONCEDE');
    expect(slice(text, e?.trigger ?? null)).toBe('الهدنة');
    expect(e?.source).toEqual(['lna']);
    expect(e?.target).toEqual([]);
  });

  it('codes no concession for a truce only mentioned («الهدنة التي انتهت»)', () => {
    const { events } = run('وقالت الأمم المتحدة إن الهدنة الإنسانية التي انتهت أمس لم تصمد بسبب هجمات الجيش الوطني الليبي.', spec);
    expect(events.filter((x) => x.type === 'CONCEDE')).toEqual([]);
    expect(events.map((x) => x.type)).toEqual(['ASSAULT']);
  });
});

describe('an accusation whose «من قِبل» agent is no actor we know', () => {
  it('takes no name before the masdar as the accused', () => {
    const words = 'الهدنة التي أعلنها الجيش الوطني الليبي تشهد انتهاكات مستمرة، من قبل الجماعات المسلحة';
    const { events, text } = run(`وحذرت زاخاروفا من أن ${words}.`, {
      actors: [['zakharova', 'PER', null], ['lna', 'ORG', null]],
      mentions: [['zakharova', 'زاخاروفا'], ['lna', 'الجيش الوطني الليبي']],
      quotes: [{ speaker: 'zakharova', cue: 'حذرت', content: words, act: 'warning' }],
    });
    const e = events.find((x) => slice(text, x.trigger) === 'انتهاكات');
    expect(e?.type).toBe('ACCUSE');
    expect(e?.source).toEqual(['zakharova']);
    expect(e?.target).toEqual([]);
  });

  it('keeps a known agent after «من قِبل»', () => {
    const { events, text } = run('وأدان المجلس الرئاسي الاعتداء الذي وقع قرب قاعدة الوطية من قبل قوات حفتر.', {
      actors: [['gna_pc', 'ORG', null], ['lna', 'ORG', null]],
      mentions: [['gna_pc', 'المجلس الرئاسي'], ['lna', 'قوات حفتر']],
    });
    const e = events.find((x) => slice(text, x.trigger) === 'الاعتداء');
    expect(e?.source).toEqual(['lna']);
  });
});
