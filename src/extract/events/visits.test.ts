import { describe, expect, it } from 'vitest';
import { run, slice } from './testing.js';

describe('a relative verb resuming its antecedent («التي وصلها»)', () => {
  it('takes the clause\'s first name as subject and visits the place it resumes', () => {
    const { events, text } = run('وتفقد وزير الدفاع الإيطالي لورينزو غويريني جنود بلاده في العراق التي وصلها صباح الأحد.', {
      actors: [['guerini', 'PER', 'italy'], ['italy', 'GPE', null], ['iraq', 'GPE', null], ['italy_forces', 'ORG', 'italy']],
      mentions: [['guerini', 'لورينزو غويريني', 0, 'وزير الدفاع الإيطالي'], ['italy_forces', 'جنود بلاده']],
      places: [['iraq', 'العراق', 'IQ']],
    });
    const e = events.find((x) => slice(text, x.trigger) === 'وصلها');
    expect(e?.type).toBe('CONSULT');
    expect(e?.mode).toBe('visit');
    expect(e?.source[0]).toBe('guerini');
    expect(e?.target).toEqual(['iraq']);
  });

  it('still takes a subject written after the verb as the visitor', () => {
    const { events, text } = run('وكان وزير الخارجية المصري سامح شكري في روما التي زارها رئيس الوزراء الإيطالي جوزيبي كونتي أمس.', {
      actors: [['shoukry', 'PER', 'egypt'], ['egypt', 'GPE', null], ['conte', 'PER', 'italy'], ['italy', 'GPE', null]],
      mentions: [['shoukry', 'سامح شكري', 0, 'وزير الخارجية المصري'], ['conte', 'جوزيبي كونتي', 0, 'رئيس الوزراء الإيطالي']],
      places: [['rome', 'روما', 'IT']],
    });
    // Rome's host is Italy, the visitor's own state: no target.
    expect(events.map((e) => [e.type, e.mode, slice(text, e.trigger), e.source, e.target]))
      .toEqual([['CONSULT', 'visit', 'زارها', ['conte', 'italy'], []]]);
  });
});

describe('a visit named as the frame of talks just reported («خلال زيارة»)', () => {
  const spec = {
    actors: [['guerini', 'PER', 'italy'], ['italy', 'GPE', null], ['iraq', 'GPE', null]] as [string, 'PER' | 'GPE', string | null][],
    mentions: [['guerini', 'غويريني'], ['iraq', 'العراقيين']] as [string, string][],
    places: [['baghdad', 'بغداد', 'IQ']] as [string, string, string][],
  };

  it('codes the talks once, as held on a visit', () => {
    const { events, text } = run('وكان غويريني أجرى مباحثات مع المسؤولين العراقيين خلال زيارة قام بها لبغداد أمس.', spec);
    expect(events.map((e) => [e.type, e.mode, slice(text, e.trigger), e.target])).toEqual([['CONSULT', 'visit', 'مباحثات', ['iraq']]]);
  });

  it('keeps a visit that frames an act other than talks', () => {
    const { events, text } = run('وانتقد غويريني المسؤولين العراقيين خلال زيارة قام بها لبغداد أمس.', spec);
    expect(events.filter((e) => e.mode === 'visit').map((e) => slice(text, e.trigger))).toEqual(['زيارة']);
  });
});
