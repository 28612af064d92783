import type { Article } from '../../src/doc/article.js';
import type { EvalPair, GoldSpan, Measure } from '../types.js';

type Kind = 'mention' | 'label' | 'quote' | 'trigger' | 'place' | 'time';

interface KindedSpan {
  readonly kind: Kind;
  readonly span: GoldSpan;
}

function isSpan(x: unknown): x is GoldSpan {
  return typeof x === 'object' && x !== null && typeof (x as GoldSpan).start === 'number' && typeof (x as GoldSpan).end === 'number';
}

/** Every gold span the README defines: mentions, labels, quote cue/content/speaker, triggers, places, times. */
export function goldSpans(pair: EvalPair): KindedSpan[] {
  const out: KindedSpan[] = [];
  const add = (kind: Kind, s: unknown): void => {
    if (isSpan(s)) out.push({ kind, span: s });
  };
  for (const a of pair.gold.actors) {
    for (const m of a.mentions) {
      add('mention', m.span);
      for (const l of m.labels) add('label', l);
    }
  }
  for (const q of pair.gold.quotes) for (const k of ['cue', 'content', 'speaker_span']) add('quote', q[k]);
  for (const e of pair.gold.events) add('trigger', e['trigger']);
  for (const p of pair.gold.places) for (const m of (p['mentions'] as unknown[] | undefined) ?? []) add('place', m);
  for (const t of pair.gold.times) add('time', t['span']);
  return out;
}

/** Token and clitic-segment boundaries: every place a span may start or end. */
export function boundaries(article: Article): { starts: Set<number>; ends: Set<number> } {
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const t of article.tokens) {
    for (const p of t.parts) {
      starts.add(p.start);
      ends.add(p.end);
    }
    starts.add(t.start);
    ends.add(t.end);
  }
  return { starts, ends };
}

function withinOneSentence(article: Article, s: GoldSpan): boolean {
  return article.sentences.some((x) => x.start <= s.start && s.end <= x.end);
}

/**
 * The text core against the gold folder (issue 2, item 6): `tokens.boundary_acc`, the share of gold
 * spans that start and end on token or clitic-segment boundaries; `sentences.span_within_acc`, the
 * share of gold mention, label and time spans inside one sentence (quotes may span sentences).
 * Set MARSAD_EVAL_VERBOSE=1 to list the failures.
 */
export const textMeasure: Measure = {
  name: 'text',
  description: 'gold spans on token/clitic boundaries and within sentences',
  run({ pairs }) {
    let spans = 0;
    let onBoundary = 0;
    let sentenceSpans = 0;
    let within = 0;
    let sentences = 0;
    let tokens = 0;
    const verbose = process.env['MARSAD_EVAL_VERBOSE'] === '1';
    for (const pair of pairs) {
      const a = pair.system;
      sentences += a.sentences.length;
      tokens += a.tokens.length;
      const { starts, ends } = boundaries(a);
      for (const { kind, span } of goldSpans(pair)) {
        spans++;
        if (starts.has(span.start) && ends.has(span.end)) onBoundary++;
        else if (verbose) console.error(`boundary ${pair.gold.file} ${kind} «${span.text}» [${span.start},${span.end}) in «${a.text.slice(span.start - 8, span.end + 8)}»`);
        if (kind === 'mention' || kind === 'label' || kind === 'time') {
          sentenceSpans++;
          if (withinOneSentence(a, span)) within++;
          else if (verbose) console.error(`sentence ${pair.gold.file} ${kind} «${span.text}» [${span.start},${span.end})`);
        }
      }
    }
    return {
      'tokens.boundary_acc': spans === 0 ? 1 : onBoundary / spans,
      'sentences.span_within_acc': sentenceSpans === 0 ? 1 : within / sentenceSpans,
      'text.sentences': sentences,
      'text.tokens': tokens,
    };
  },
};
