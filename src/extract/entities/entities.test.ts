import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../doc/article.js';
import { analyzeText } from '../../text/index.js';
import { createEntitiesStage } from './index.js';
import { createTagger } from './tagger.js';

const tagger = createTagger();
const stage = createEntitiesStage(tagger);

function entitiesOf(text: string): string[] {
  const { sentences, tokens } = analyzeText(text);
  const { entities } = stage.run(makeArticle('t', text, {}, sentences, tokens), { log: () => {} });
  return entities.map((e) => `${e.type}:${text.slice(e.span.start, e.span.end)}`);
}

describe('entities stage', () => {
  it('loads the shipped model', () => {
    expect(tagger.model.tags).toContain('B-PER');
    expect(tagger.model.index.size).toBeGreaterThan(10_000);
  });

  it('tags the name after a role phrase as PER, the span excluding nothing', () => {
    const found = entitiesOf('وقال وزير الدفاع التركي خلوصي أكار إن بلاده ستواصل دعم ليبيا.');
    expect(found).toContain('PER:خلوصي أكار');
  });

  it('starts a span after a proclitic: «لحفتر» → «حفتر»', () => {
    const found = entitiesOf('قال المشير خليفة حفتر إن قواته لن تنسحب. ووجه الرئيس التركي انتقادات حادة لحفتر خلال مؤتمر صحفي في أنقرة.');
    expect(found).toContain('PER:خليفة حفتر');
    expect(found.filter((f) => f === 'PER:حفتر')).toHaveLength(1);
    expect(found).toContain('LOC:أنقرة');
  });

  it('gives a surname the type of the full person name the article writes elsewhere', () => {
    const found = entitiesOf('قال المشير خليفة حفتر إن قواته لن تنسحب. وتمحورت زيارة حفتر إلى مصر حول التدخلات العسكرية التركية.');
    expect(found).toContain('PER:خليفة حفتر');
    expect(found.filter((f) => f.endsWith(':حفتر'))).toEqual(['PER:حفتر']);
  });

  it('tags an article sentence by sentence with the document pass: one tag per token, the later bare surname a PER', () => {
    const text = 'أعلن رئيس الوزراء العراقي نوري المالكي تشكيل لجنة للتحقيق في الهجوم على بغداد. وأضاف المالكي في مؤتمر صحفي أن الحكومة لن تتهاون.';
    const { sentences, tokens } = analyzeText(text);
    const ss = sentences.map((s) => tokens.slice(s.tokens.first, s.tokens.end));
    const tags = tagger.tagDocument(ss);
    expect(tags.map((t) => t.length)).toEqual(ss.map((s) => s.length));
    expect(entitiesOf(text)).toEqual(['PER:نوري المالكي', 'LOC:بغداد', 'PER:المالكي']);
  });

  it('keeps the article «ال» and drops a conjunction on a place name', () => {
    const found = entitiesOf('وصل الوفد إلى طرابلس والجزائر أمس.');
    expect(found).toContain('GPE:الجزائر');
  });

  it('tags «حفتر» in «قوات حفتر» inside an entity, either the person (as ANERcorp tags a person after a head noun: «نظام جمال …», «جيش عائشة») or the forces with their head; the actors stage makes the forces of either', () => {
    // Models trained on different shuffles or feature sets differ here (ANERcorp has both readings
    // of a head noun + name), so the test holds the spans both readings share, not one reading.
    const found = entitiesOf('وأعلنت قوات حفتر سيطرتها على مدينة سرت.');
    expect(found).toContain('LOC:سرت');
    expect(found.filter((f) => f === 'PER:حفتر' || f === 'ORG:قوات حفتر')).toHaveLength(1);
  });

  it('does not make an organisation of a possessed head noun («قواته»)', () => {
    const found = entitiesOf('وقال المتحدث إن قواته استعادت السيطرة على المطار.');
    expect(found.filter((f) => f.startsWith('ORG:'))).toEqual([]);
  });
});
