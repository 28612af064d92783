import { describe, expect, it } from 'vitest';
import { makeArticle, type ArticleWith } from '../../doc/article.js';
import { analyzeText } from '../../text/index.js';
import { createPlacesStage } from './index.js';

const stage = createPlacesStage();

function places(text: string) {
  const { sentences, tokens } = analyzeText(text);
  const article = { ...makeArticle('t', text, {}, sentences, tokens), layers: { entities: [] } } as ArticleWith<'entities'>;
  return stage.run(article, { log: () => {} }).places.map((p) => ({
    text: text.slice(p.span.start, p.span.end), id: p.placeId, country: p.country, feature: p.feature,
  }));
}

describe('places stage', () => {
  it('resolves Tripoli to Libya in an article about Libya', () => {
    const r = places('وصل وفد أمني مصري إلى طرابلس لبحث الأوضاع في ليبيا بعد معارك قرب مصراتة.');
    expect(r.map((p) => p.text)).toEqual(['طرابلس', 'ليبيا', 'مصراتة']);
    expect(r[0]).toMatchObject({ id: 'gn:2210247', country: 'LY', feature: 'city' });
  });

  it('resolves Tripoli to Lebanon in an article about Lebanon', () => {
    const r = places('اندلعت اشتباكات في طرابلس شمال لبنان، فيما دعت القوى السياسية في بيروت إلى التهدئة في لبنان.');
    expect(r[0]).toMatchObject({ text: 'طرابلس', id: 'gn:266826', country: 'LB' });
  });

  it('keeps location uses and leaves out actor uses', () => {
    const r = places('هاجمت تركيا قوات حفتر في ليبيا، ودعت روسيا إلى وقف القتال.');
    expect(r.map((p) => p.text)).toEqual(['ليبيا']);
  });

  it('treats the country an ambassador is accredited to as an actor', () => {
    const r = places('وتعهد السفير الأميركي لدى ليبيا بدعم العملية السياسية في ليبيا، وقال السفير الأمريكي في ليبيا إن الحل سياسي.');
    expect(r.map((p) => p.text)).toEqual(['ليبيا']);
    expect(places('زار الوفد مقر السفارة المصرية في طرابلس.').map((p) => p.text)).toEqual(['طرابلس']);
  });

  it('ignores place names inside conference, agreement and body names', () => {
    const r = places('في إطار مخرجات مؤتمر برلين واتفاقية الصخيرات، انتقد رئيس برلمان طبرق حكومة طرابلس.');
    expect(r).toEqual([]);
  });

  it('drops proclitics from spans but keeps the article (written ل after the preposition ل)', () => {
    const r = places('تفقد قواته بطرابلس، ثم توجه للقاهرة وبالعراق.');
    expect(r.map((p) => p.text)).toEqual(['طرابلس', 'لقاهرة', 'العراق']);
  });

  it('reads our reviewed additions: bases, districts, seas, variant spellings', () => {
    const r = places('وقع الاعتداء قرب قاعدة الوطية، وتحركت القوات من سرت والجفرة، وتجري دوريات في البحر المتوسط وفي سورية.');
    expect(r.map((p) => [p.text, p.id])).toEqual([
      ['قاعدة الوطية', 'gz:al_watiya'], ['سرت', 'gn:2210554'], ['الجفرة', 'gz:jufra'],
      ['البحر المتوسط', 'gz:mediterranean'], ['سورية', 'country:SY'],
    ]);
  });

  it('prefers the country over its capital of the same name unless a city word precedes', () => {
    expect(places('تقدمت القوات حتى الحدود مع تونس.')[0]).toMatchObject({ text: 'تونس', id: 'country:TN' });
    expect(places('عقد الاجتماع في مدينة تونس.')[0]).toMatchObject({ text: 'تونس', feature: 'city', country: 'TN' });
  });

  it('resolves «البلاد» and a bare «العاصمة» to the article’s country and its capital', () => {
    const r = places('تتواصل المعارك في ليبيا. ويعيش آلاف النازحين في البلاد، بينما يتمركز الجيش داخل العاصمة ولا ينسحب.');
    expect(r.map((p) => [p.text, p.id])).toEqual([['ليبيا', 'country:LY'], ['البلاد', 'country:LY'], ['العاصمة', 'gn:2210247']]);
    expect(places('وصل الوفد إلى العاصمة الليبية طرابلس في ليبيا.').map((p) => p.text)).toEqual(['طرابلس', 'ليبيا']);
  });
});
