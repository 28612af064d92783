import { describe, expect, it } from 'vitest';
import { run, slice } from './testing.js';

describe('a ceasefire a relative clause says was announced («التي أعلنها») is the announcer\'s CONCEDE', () => {
  const spec = {
    actors: [['un', 'ORG', null], ['lna', 'ORG', null]] as const,
    mentions: [['un', 'الأمم المتحدة'], ['lna', 'الجيش الوطني الليبي']] as const,
  };

  it('codes the truce announced by the army, with the army as source', () => {
    const { events, text } = run('ورحبت الأمم المتحدة بالهدنة الإنسانية التي أعلنها الجيش الوطني الليبي بسبب الجائحة.', {
      actors: [...spec.actors], mentions: [...spec.mentions],
    });
    const e = events.find((x) => x.type === 'CONCEDE');
    expect(slice(text, e?.trigger ?? null)).toBe('الهدنة');
    expect(e?.source).toEqual(['lna']);
    expect(e?.target).toEqual([]);
  });

  it('codes no concession for a truce only mentioned («الهدنة التي انتهت»)', () => {
    const { events } = run('وقالت الأمم المتحدة إن الهدنة الإنسانية التي انتهت أمس لم تصمد بسبب هجمات الجيش الوطني الليبي.', {
      actors: [...spec.actors], mentions: [...spec.mentions],
    });
    expect(events.filter((x) => x.type === 'CONCEDE')).toEqual([]);
    expect(events.map((x) => x.type)).toEqual(['ASSAULT']);
  });
});
