import { describe, expect, it } from 'vitest';
import { run, slice } from './testing.js';

describe('signing or concluding an agreement: every party a source, no target (triggers.tsv roles joint)', () => {
  it('makes the co-signer after «مع» a source', () => {
    const { events, text } = run('ووقعت تركيا مذكرة تفاهم مع حكومة الوفاق لترسيم الحدود البحرية.', {
      actors: [['turkey', 'GPE', null], ['gna', 'ORG', null]],
      mentions: [['turkey', 'تركيا'], ['gna', 'حكومة الوفاق']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([['SUPPORT', 'وقعت', ['turkey', 'gna'], []]]);
  });

  it('gives no target from the purpose of the agreement («لإعادة ترتيب صفوف الجيش»)', () => {
    const { events, text } = run('وأشار الوزير إلى أن الحكومة وقعت مذكرة تفاهم لإعادة ترتيب صفوف الجيش الليبي وتدريبه.', {
      actors: [['minister', 'PER', 'gna'], ['gna', 'ORG', null], ['gna_forces', 'ORG', 'gna']],
      mentions: [['minister', 'الوزير'], ['gna', 'الحكومة'], ['gna_forces', 'الجيش الليبي']],
    });
    const e = events.find((x) => slice(text, x.trigger) === 'وقعت');
    expect(e?.type).toBe('SUPPORT');
    expect(e?.source).toEqual(['gna']);
    expect(e?.target).toEqual([]);
  });
});
