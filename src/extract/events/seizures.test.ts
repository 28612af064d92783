import { describe, expect, it } from 'vitest';
import { run, slice, type Spec } from './testing.js';

describe('an assault on a place taken or attacked targets the side that held it (seizures.tsv, sides.tsv)', () => {
  const spec = (mentions: Spec['mentions'], places: Spec['places']): Spec => ({
    actors: [['gna', 'ORG', null], ['gna_forces', 'ORG', 'gna'], ['lna', 'ORG', null], ['russia', 'GPE', null]],
    mentions,
    places,
  });

  it('codes liberating a town by one side as an assault on the other side', () => {
    const { events, text } = run('وحررت قوات الوفاق مدينة غريان بعد معارك عنيفة.',
      spec([['gna_forces', 'قوات الوفاق']], [['gharyan', 'غريان']]));
    const e = events.find((x) => slice(text, x.trigger) === 'حررت');
    expect(e?.type).toBe('ASSAULT');
    expect(e?.source).toContain('gna_forces');
    expect(e?.target).toEqual(['lna']);
  });

  it('reads the aim of an operation («لاستعادة السيطرة على») as the place attacked', () => {
    const { events, text } = run('وأطلق الجيش الوطني عملية عسكرية لاستعادة السيطرة على مدينة غريان.',
      spec([['lna', 'الجيش الوطني']], [['gharyan', 'غريان']]));
    const e = events.find((x) => slice(text, x.trigger) === 'عملية عسكرية');
    expect(e?.source).toEqual(['lna']);
    // The government, not its own force (an organ of it), stands for the side attacked.
    expect(e?.target).toEqual(['gna']);
  });

  it('reads a direction («باتجاه») as the place attacked', () => {
    const { events, text } = run('وشنت قوات الوفاق هجوما باتجاه ترهونة فجر اليوم.',
      spec([['gna_forces', 'قوات الوفاق']], [['tarhuna', 'ترهونة']]));
    const e = events.find((x) => slice(text, x.trigger) === 'هجوما');
    expect(e?.target).toEqual(['lna']);
  });

  it('gives no target to an attack only located near a place', () => {
    const { events, text } = run('وقال المتحدث إن الاعتداء الذي وقع قرب قاعدة الوطية من قبل الجيش الوطني خرق للهدنة.',
      spec([['lna', 'الجيش الوطني']], [['watiya', 'قاعدة الوطية']]));
    const e = events.find((x) => slice(text, x.trigger) === 'الاعتداء');
    expect(e?.type).toBe('ASSAULT');
    expect(e?.target).toEqual([]);
  });

  it('gives no target when the attacker is on neither side', () => {
    const { events, text } = run('وشنت روسيا غارة جوية على مدينة سرت.',
      spec([['russia', 'روسيا']], [['sirte', 'سرت']]));
    const e = events.find((x) => slice(text, x.trigger) === 'غارة جوية');
    expect(e?.source).toEqual(['russia']);
    expect(e?.target).toEqual([]);
  });
});
