import type { TimeExpression } from '../../doc/annotations.js';
import { defineStage, type Stage } from '../../pipeline/stage.js';
import { anchorDeictics } from './anchor.js';
import { loadTimeLexicon, type TimeLexicon } from './lexicon.js';
import { TimeRecognizer } from './recognize.js';
import { publicationDate, resolveTime } from './resolve.js';

export { resolveTime, publicationDate } from './resolve.js';

/**
 * Arabic time expressions with their meaning: `value` when the text alone fixes it, `relative` in the
 * README's grammar (PUB-1D, WD-THU, PUB/Y-1 …) otherwise, and `resolved` against the publication
 * date when the article's metadata gives one (else null: the stage never guesses a date).
 */
export function createTimesStage(lexicon: TimeLexicon = loadTimeLexicon()): Stage<never, 'times'> {
  const recognizer = new TimeRecognizer(lexicon);
  return defineStage({
    name: 'times',
    version: 1,
    description: 'Time expressions (days, weekdays, dates, months, years, durations, periods) normalised against the publication date',
    reads: [],
    adds: ['times'],
    run(article) {
      const { text, tokens } = article;
      const firstOf = new Int32Array(tokens.length);
      for (const s of article.sentences) for (let k = s.tokens.first; k < s.tokens.end; k++) firstOf[k] = s.tokens.first;
      const raw = anchorDeictics(text, tokens, recognizer.recognize(text, tokens), (i) => firstOf[i] ?? 0,
        (t) => lexicon.words.get(t.norm)?.role === 'speech');
      const published = publicationDate(article.meta.published);
      const times: TimeExpression[] = raw.map((t) => Object.freeze({
        kind: 'time', stage: 'times', span: { start: t.start, end: t.end }, timeKind: t.kind,
        value: t.value, relative: t.relative, resolved: resolveTime(t.kind, t.value, t.relative, published),
      }));
      return { times };
    },
  });
}
