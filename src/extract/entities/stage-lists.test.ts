import { describe, expect, it } from 'vitest';
import { fillPersonLists } from './stage-lists.js';
import { entityStrings, tagsFor, type Mark } from './testing.js';


function filled(text: string, marked: readonly Mark[]): string[] {
  const { tokens, tags } = tagsFor(text, marked);
  const waw = new Set<number>();
  const out = fillPersonLists(tokens, tags, waw);
  return entityStrings(text, tokens, out, waw);
}

describe('person lists joined by «و»', () => {
  it('reads an untagged member between two persons as a person, its span after «و»', () => {
    const text = 'وشارك في بطولة الفيلم عادل إمام ونور الشريف وأحمد زكي.';
    expect(filled(text, [['PER', 'عادل إمام'], ['PER', 'وأحمد زكي']]))
      .toEqual(['PER:عادل إمام', 'PER:نور الشريف', 'PER:أحمد زكي']);
  });

  it('reads a one-word member whose «و» stays on the word', () => {
    const text = 'وغنت في الحفل فيروز ووردة وماجدة الرومي.';
    expect(filled(text, [['PER', 'فيروز'], ['PER', 'وماجدة الرومي']]))
      .toEqual(['PER:فيروز', 'PER:وردة', 'PER:ماجدة الرومي']);
  });

  it('skips a bracketed minute after a scorer in a line-up', () => {
    const text = 'وسجل الأهداف فرناندو توريس ( 12 ) وديفد فيا ( 40 ) وخوان ماتا ( 77 ).';
    expect(filled(text, [['PER', 'فرناندو توريس'], ['PER', 'وخوان ماتا']]))
      .toEqual(['PER:فرناندو توريس', 'PER:ديفد فيا', 'PER:خوان ماتا']);
  });

  it('leaves a stretch untagged when the name after it does not begin with «و»', () => {
    const text = 'وكتب القصة وحيد حامد وإخراج شريف عرفة للفيلم.';
    expect(filled(text, [['PER', 'وحيد حامد'], ['PER', 'شريف عرفة']]))
      .toEqual(['PER:وحيد حامد', 'PER:شريف عرفة']);
  });

  it('leaves a stretch untagged after a name of another type', () => {
    const text = 'واجتمع ممثلو فرنسا وألمانيا وبريطانيا في بروكسل.';
    expect(filled(text, [['LOC', 'فرنسا'], ['LOC', 'وبريطانيا']])).toEqual(['LOC:فرنسا', 'LOC:بريطانيا']);
  });

  it('does not read more than three words as one member', () => {
    const text = 'وحضر الاجتماع سعد الحريري ووزراء الحكومة اللبنانية الجديدة كلهم ونبيه بري.';
    expect(filled(text, [['PER', 'سعد الحريري'], ['PER', 'ونبيه بري']]))
      .toEqual(['PER:سعد الحريري', 'PER:نبيه بري']);
  });
});
