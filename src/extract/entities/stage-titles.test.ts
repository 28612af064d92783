import { describe, expect, it } from 'vitest';
import { quotedTitles } from './stage-titles.js';
import { entityStrings, tagsFor, type Mark } from './testing.js';


function titled(text: string, marked: readonly Mark[] = []): string[] {
  const { tokens, tags } = tagsFor(text, marked);
  return entityStrings(text, tokens, quotedTitles(tokens, tags));
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
