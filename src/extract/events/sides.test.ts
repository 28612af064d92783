import { describe, expect, it } from 'vitest';
import { run, slice, type Spec } from './testing.js';

describe('parties written only as the two sides of the conflict (two-sides.tsv, data/actors/sides.tsv)', () => {
  const spec: Spec = {
    actors: [['gna', 'ORG', null], ['gna_forces', 'ORG', 'gna'], ['lna', 'ORG', null], ['un', 'ORG', null]],
    mentions: [['gna', 'حكومة الوفاق'], ['lna', 'قوات حفتر'], ['un', 'الأمم المتحدة']],
  };
  const lead = 'وتدعم الأمم المتحدة حكومة الوفاق في مواجهة قوات حفتر. ';

  it('codes talks between «طرفي النزاع» as a consultation of both sides', () => {
    const { events, text } = run(`${lead}واستؤنفت في جنيف المحادثات بين ممثلين عن طرفي النزاع الليبي.`, spec);
    const e = events.find((x) => slice(text, x.trigger) === 'المحادثات');
    expect(e?.type).toBe('CONSULT');
    // One actor stands for each side: the government rather than its forces.
    expect(e?.source).toEqual(['lna', 'gna']);
    expect(e?.target).toEqual([]);
  });

  it('codes a ceasefire reached with no party written as an agreement of both sides', () => {
    const { events, text } = run(`${lead}وتراجعت حدة المعارك منذ التوصل إلى وقف لإطلاق النار في أكتوبر الماضي.`, spec);
    const e = events.find((x) => slice(text, x.trigger) === 'التوصل');
    expect(e?.type).toBe('SUPPORT');
    expect(e?.source).toEqual(['lna', 'gna']);
  });

  it('does not read «الطرفين» alone as the sides of the conflict', () => {
    const { events, text } = run(`${lead}واستؤنفت في جنيف المحادثات بين الطرفين.`, spec);
    expect(events.filter((x) => slice(text, x.trigger) === 'المحادثات')).toEqual([]);
  });

  it('gives no parties when the article names only one side', () => {
    const { events, text } = run('وتدعم الأمم المتحدة حكومة الوفاق. واستؤنفت المحادثات بين طرفي النزاع.', {
      actors: [['gna', 'ORG', null], ['un', 'ORG', null]],
      mentions: [['gna', 'حكومة الوفاق'], ['un', 'الأمم المتحدة']],
    });
    expect(events.filter((x) => slice(text, x.trigger) === 'المحادثات')).toEqual([]);
  });
});
