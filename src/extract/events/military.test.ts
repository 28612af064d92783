import { describe, expect, it } from 'vitest';
import { run, slice, type Spec } from './testing.js';

describe('military support is AID (data/events/military.tsv)', () => {
  const spec: Spec = {
    actors: [['turkey', 'GPE', null], ['gna', 'ORG', null]],
    mentions: [['turkey', 'تركيا'], ['gna', 'حكومة الوفاق']],
  };

  it('codes support resting on a military cooperation agreement as AID', () => {
    const { events, text } = run('وقال إن تركيا تدعم حكومة الوفاق بموجب اتفاق التعاون العسكري الموقع بين البلدين.', spec);
    const aid = events.filter((e) => e.type === 'AID');
    expect(aid.map((e) => slice(text, e.trigger))).toEqual(['تدعم']);
    expect(aid[0]!.source).toEqual(['turkey']);
    expect(aid[0]!.target).toEqual(['gna']);
    expect(events.filter((e) => e.type === 'SUPPORT' && slice(text, e.trigger) === 'تدعم')).toEqual([]);
  });

  it('codes support with arms and mercenaries as AID', () => {
    const { events, text } = run('ودعمت تركيا حكومة الوفاق بالسلاح والمرتزقة.', spec);
    expect(events.map((e) => [e.type, slice(text, e.trigger)])).toEqual([['AID', 'دعمت']]);
  });

  it('keeps political support SUPPORT when a military word belongs to another act of the clause', () => {
    const { events, text } = run('وتدعم تركيا حكومة الوفاق وترفض التدخل العسكري الأجنبي.', spec);
    expect(events.filter((e) => slice(text, e.trigger) === 'تدعم').map((e) => e.type)).toEqual(['SUPPORT']);
  });

  it('keeps support SUPPORT when the military word is past a clause break', () => {
    const { events, text } = run('وتدعم تركيا حكومة الوفاق، فيما يتواصل التصعيد العسكري في سرت.', spec);
    expect(events.filter((e) => slice(text, e.trigger) === 'تدعم').map((e) => e.type)).toEqual(['SUPPORT']);
  });

  it('reads a nisba after a masdar governed by a preposition as its agent, and support inflicting defeats as AID', () => {
    const { events, text } = run('وأشار التقرير إلى الدعم التركي لحكومة الوفاق الذي أدى إلى إلحاق الهزائم بالمتمردين.', {
      actors: [['turkey', 'GPE', null], ['gna', 'ORG', null]],
      mentions: [['turkey', 'التركي'], ['gna', 'حكومة الوفاق']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([['AID', 'الدعم', ['turkey'], ['gna']]]);
  });

  it('keeps support SUPPORT when its clause names no military means («يشار إلى الدعم التركي لحكومة الوفاق في المحافل الدولية»)', () => {
    const { events, text } = run('يشار إلى الدعم التركي لحكومة الوفاق في المحافل الدولية.', {
      actors: [['turkey', 'GPE', null], ['gna', 'ORG', null]],
      mentions: [['turkey', 'التركي'], ['gna', 'حكومة الوفاق']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([['SUPPORT', 'الدعم', ['turkey'], ['gna']]]);
  });
});

