import { describe, expect, it } from 'vitest';
import { completeNames, unifyTypes } from './stage-consistency.js';
import { entityStrings, tagsFor, type Mark } from './testing.js';

/** Sentences of a text with tagger-like tags: each [type, phrase, nth] marks the tokens of the nth occurrence. */
function tagged(text: string, marked: readonly Mark[]) {
  const { sentences, tokens, tags } = tagsFor(text, marked);
  const byS = sentences.map((s) => tokens.slice(s.tokens.first, s.tokens.end));
  const tagsByS = sentences.map((s) => tags.slice(s.tokens.first, s.tokens.end));
  return { byS, tagsByS };
}

function completed(text: string, marked: readonly Mark[]): string[] {
  const { byS, tagsByS } = tagged(text, marked);
  const out = completeNames(byS, tagsByS);
  return out.flatMap((tags, k) => entityStrings(text, byS[k]!, tags));
}

describe('document consistency of multi-word names', () => {
  const text = 'حصل الروائي نجيب محفوظ على جائزة نوبل للآداب عام 1988. وقال الناقد إن أعمال نجيب محفوظ ترجمت إلى لغات عدة. وأهدى الكاتب روايته لنجيب محفوظ.';

  it('tags a full name the tagger missed where the article tags it elsewhere', () => {
    expect(completed(text, [['PER', 'نجيب محفوظ', 0]])).toEqual(['PER:نجيب محفوظ', 'PER:نجيب محفوظ', 'PER:نجيب محفوظ']);
  });

  it('widens a part of the name to the whole name («محفوظ» → «نجيب محفوظ»), the span after the preposition', () => {
    expect(completed(text, [['PER', 'نجيب محفوظ', 0], ['PER', 'محفوظ', 1], ['PER', 'محفوظ', 2]]))
      .toEqual(['PER:نجيب محفوظ', 'PER:نجيب محفوظ', 'PER:نجيب محفوظ']);
  });

  it('leaves an occurrence inside an entity of another type', () => {
    const t = 'وصل وفد الأمم المتحدة إلى بيروت. وقالت بعثة الأمم المتحدة في بيروت إن الوضع هادئ.';
    expect(completed(t, [['ORG', 'الأمم المتحدة', 0], ['LOC', 'بعثة الأمم المتحدة في بيروت', 0]]))
      .toEqual(['ORG:الأمم المتحدة', 'LOC:بعثة الأمم المتحدة في بيروت']);
  });

  it('spreads no one-word name', () => {
    const t = 'وقال صالح إن الاتفاق صالح للتطبيق.';
    expect(completed(t, [['PER', 'صالح', 0]])).toEqual(['PER:صالح']);
  });

  it('gives a name the type most of its occurrences have, and leaves a tie', () => {
    const t = 'وأعلنت كيوتل أرباحها. وقالت كيوتل إن العقد وقع. وتوسعت كيوتل في المنطقة. وقال سامي إن سامي سيعود.';
    const { byS, tagsByS } = tagged(t, [['ORG', 'كيوتل', 0], ['ORG', 'كيوتل', 1], ['PER', 'كيوتل', 2], ['PER', 'سامي', 0], ['LOC', 'سامي', 1]]);
    const out = unifyTypes(byS, tagsByS);
    const found = out.flatMap((tags, k) => entityStrings(t, byS[k]!, tags));
    expect(found).toEqual(['ORG:كيوتل', 'ORG:كيوتل', 'ORG:كيوتل', 'PER:سامي', 'LOC:سامي']);
  });
});
