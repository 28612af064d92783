import { describe, expect, it } from 'vitest';
import type { ActorMention, ArticleActor, Quote } from '../doc/annotations.js';
import type { ArticleDetail } from '../store/store.js';
import { compareMembers } from './compare.js';

/** Span of the n-th occurrence of `part` in `text` (computed, never typed by hand). */
function at(text: string, part: string, n = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(part, i + 1);
  if (i < 0) throw new Error(`${part} not in text`);
  return { start: i, end: i + part.length };
}

const HAFTAR: ArticleActor = { kind: 'actor', id: 'haftar', type: 'PER', parent: null, nameAr: 'خليفة حفتر', nameEn: 'Khalifa Haftar', known: true, descriptors: [] };

function article(id: string, outlet: string, text: string, labels: string[], quotes: { speaker: string | null; content: string }[]): ArticleDetail {
  const name = at(text, 'حفتر');
  const mention: ActorMention = {
    kind: 'mention', stage: 'test', span: name, actorId: 'haftar', mentionKind: 'name',
    labels: labels.map((l) => ({ kind: 'label', stage: 'test', span: at(text, l), labelKind: 'epithet', key: l, gloss: null })),
  };
  const qs: Quote[] = quotes.map((q) => ({
    kind: 'quote', stage: 'test', span: at(text, q.content), content: at(text, q.content), cue: null, speaker: q.speaker,
    speakerSpan: null, direct: true, act: 'claim', target: null, channel: null,
  }));
  return {
    id, hash: id, title: null, outlet, url: null, published: null, source: null, seq: 1, ingestedAt: '', chars: text.length,
    credits: [], clusterId: 1, threadId: 1, text, sentences: [{ start: 0, end: text.length }],
    layers: { actors: [HAFTAR], mentions: [mention], quotes: qs }, pipeline: {}, copies: [],
  };
}

describe('compareMembers', () => {
  const a = article('a', 'المنبر الأول',
    'قال المشير خليفة حفتر إن «قواتنا لن تنسحب من محيط العاصمة طرابلس» وأضاف أن «الحل السياسي ممكن بعد نزع سلاح المليشيات».',
    ['المشير'], [{ speaker: 'haftar', content: 'قواتنا لن تنسحب من محيط العاصمة طرابلس' }, { speaker: 'haftar', content: 'الحل السياسي ممكن بعد نزع سلاح المليشيات' }]);
  const b = article('b', 'المنبر الثاني',
    'زعم اللواء المتقاعد حفتر أن «قواتنا لن تنسحب أبدا من محيط العاصمة طرابلس».',
    ['المتقاعد'], [{ speaker: 'haftar', content: 'قواتنا لن تنسحب أبدا من محيط العاصمة طرابلس' }]);
  const [ca, cb] = compareMembers([a, b]);

  it('marks each outlet\'s labels for an actor as unique when the other outlet did not use them', () => {
    const la = ca!.actors[0]!.labels[0]!;
    expect(la).toMatchObject({ text: 'المشير', unique: true, count: 1 });
    expect(a.text.slice(la.spans[0]!.start, la.spans[0]!.end)).toBe('المشير');
    expect(cb!.actors[0]!.labels.map((l) => [l.text, l.unique])).toEqual([['المتقاعد', true]]);
  });

  it('finds the statement both outlets carried and the one the second omitted', () => {
    expect(ca!.quotes.map((q) => [q.content, q.alsoIn])).toEqual([
      ['قواتنا لن تنسحب من محيط العاصمة طرابلس', ['المنبر الثاني']],
      ['الحل السياسي ممكن بعد نزع سلاح المليشيات', []],
    ]);
    expect(cb!.omitted.map((o) => [o.outlet, o.content, a.text.slice(o.span.start, o.span.end)])).toEqual([
      ['المنبر الأول', 'الحل السياسي ممكن بعد نزع سلاح المليشيات', 'الحل السياسي ممكن بعد نزع سلاح المليشيات'],
    ]);
    expect(ca!.omitted).toEqual([]);
  });

  it('uses the first sentence as headline when there is no title', () => {
    expect(cb!.headline).toEqual({ text: b.text, span: { start: 0, end: b.text.length } });
  });
});
