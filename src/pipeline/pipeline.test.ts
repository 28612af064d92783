import { describe, expect, it } from 'vitest';
import { MarsadError } from '../errors.js';
import { createPipeline } from './pipeline.js';
import { defineStage } from './stage.js';

const times = defineStage({
  name: 'tiny-times', version: 1, description: 'marks the first number token as a year', reads: [], adds: ['times'],
  run(article) {
    const t = article.tokens.find((x) => x.kind === 'number');
    return { times: t ? [{ kind: 'time', span: { start: t.start, end: t.end }, stage: 'tiny-times', timeKind: 'year', value: t.norm, relative: null, resolved: null }] : [] };
  },
});
const events = defineStage({
  name: 'tiny-events', version: 1, description: 'reads times', reads: ['times'], adds: ['events'],
  run: (article) => ({ events: article.layers.times.length > 0 ? [] : [] }),
});
const otherTimes = defineStage({ ...times, name: 'other-times' });

describe('createPipeline', () => {
  it('runs the text core and the stages in order, each adding its layer', () => {
    const p = createPipeline([times, events]);
    const text = 'وحدد ملتقى تونس في 24 ديسمبر (كانون الأول) 2021 موعداً لإجراء الانتخابات.';
    const { article, timings } = p.runTimed(text);
    expect(article.layers.times!.map((x) => text.slice(x.span.start, x.span.end))).toEqual(['24']);
    expect(article.layers.events).toEqual([]);
    expect(Object.keys(timings)).toEqual(['text', 'tiny-times', 'tiny-events']);
    expect(p.stages.map((s) => s.name)).toEqual(['tiny-times', 'tiny-events']);
  });

  it('throws MARSAD_PIPELINE_ORDER when a stage reads a layer no earlier stage adds', () => {
    expect(() => createPipeline([events, times])).toThrow(MarsadError);
    try {
      createPipeline([events, times]);
    } catch (e) {
      expect((e as MarsadError).code).toBe('MARSAD_PIPELINE_ORDER');
      expect((e as MarsadError).params).toEqual({ stage: 'tiny-events', layer: 'times' });
    }
  });

  it('throws MARSAD_PIPELINE_DUPLICATE_LAYER when two stages add the same layer', () => {
    try {
      createPipeline([times, otherTimes]);
      expect.unreachable();
    } catch (e) {
      expect((e as MarsadError).code).toBe('MARSAD_PIPELINE_DUPLICATE_LAYER');
      expect((e as MarsadError).params).toEqual({ stage: 'other-times', layer: 'times', other: 'tiny-times' });
    }
  });
});
