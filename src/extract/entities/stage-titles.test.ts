import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../text/index.js';
import { chunks } from './conll.js';
import { entitySpan } from './spans.js';
import { quotedTitles } from './stage-titles.js';

/** Tags as a tagger would give them: each [type, phrase] marks the tokens the phrase covers. */
function tagsFor(text: string, marked: readonly (readonly [string, string])[]) {
  const { tokens } = analyzeText(text);
  const tags = tokens.map(() => 'O');
  for (const [type, phrase] of marked) {
    const start = text.indexOf(phrase);
    expect(start).toBeGreaterThanOrEqual(0);
    const end = start + phrase.length;
    let first = true;
    tokens.forEach((t, i) => {
      if (t.start >= start && t.end <= end) {
        tags[i] = (first ? 'B-' : 'I-') + type;
        first = false;
      }
    });
  }
  return { tokens, tags };
}

function titled(text: string, marked: readonly (readonly [string, string])[] = []): string[] {
  const { tokens, tags } = tagsFor(text, marked);
  return chunks(quotedTitles(tokens, tags)).map((c) => {
    const span = entitySpan(tokens, c.first, c.end);
    return `${c.type}:${text.slice(span.start, span.end)}`;
  });
}

describe('quoted titles after a work noun', () => {
  it('reads the quoted title of a film or a novel as MISC', () => {
    expect(titled('وعرض المهرجان فيلم « الجزيرة » للمخرج شريف عرفة.', [['PER', 'شريف عرفة']]))
      .toEqual(['MISC:الجزيرة', 'PER:شريف عرفة']);
    expect(titled('وصدرت رواية "عزازيل" عن دار الشروق.')).toEqual(['MISC:عزازيل']);
  });

  it('goes on along a list of titles joined by «و», past a title the tagger read otherwise', () => {
    const text = 'ومن أشهر أعماله « بين القصرين » و « القاهرة 30 » و « ميرامار » .';
    expect(titled(text, [['LOC', 'القاهرة']])).toEqual(['MISC:بين القصرين', 'LOC:القاهرة', 'MISC:ميرامار']);
  });

  it('leaves quoted words after other nouns and verbs alone', () => {
    expect(titled('ووصف الوزير الهجوم بأنه " عمل جبان " وتعهد بالرد.')).toEqual([]);
  });

  it('leaves a quoted stretch longer than four words', () => {
    expect(titled('وعرض التلفزيون برنامج " كيف نعيش معا في هذا العالم الجديد " أمس.')).toEqual([]);
  });
});
