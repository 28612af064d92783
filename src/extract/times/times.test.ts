import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../doc/article.js';
import { analyzeText } from '../../text/index.js';
import { createTimesStage } from './index.js';

const stage = createTimesStage();

function times(text: string, published: string | null = null) {
  const { sentences, tokens } = analyzeText(text);
  const article = makeArticle('t', text, { published }, sentences, tokens);
  return stage.run(article as never, { log: () => {} }).times.map((t) => ({
    text: text.slice(t.span.start, t.span.end), kind: t.timeKind, value: t.value, relative: t.relative, resolved: t.resolved,
  }));
}

describe('times stage', () => {
  it('reads weekdays, bare and with «الماضي»', () => {
    expect(times('وأعلنت الأمم المتحدة، الثلاثاء، أنها تجري اتصالات. وكان البرلمان قد صادق الثلاثاء الماضي على المذكرة.')).toEqual([
      { text: 'الثلاثاء', kind: 'weekday', value: null, relative: 'WD-TUE', resolved: null },
      { text: 'الثلاثاء الماضي', kind: 'weekday', value: null, relative: 'WD-TUE', resolved: null },
    ]);
  });

  it('reads relative days and parts of the day as one maximal span', () => {
    const r = times('وصل الوفد صباح اليوم الأحد، بعدما أبرم اتفاقاً مساء أول من أمس، وزار المقر أمس السبت.');
    expect(r.map((t) => [t.text, t.kind, t.relative])).toEqual([
      ['صباح اليوم الأحد', 'part_of_day', 'PUB/MO'],
      ['مساء أول من أمس', 'part_of_day', 'PUB-2D/EV'],
      ['أمس السبت', 'relative_day', 'PUB-1D'],
    ]);
  });

  it('does not take a described day for today', () => {
    expect(times('أبرم اتفاقاً في اليوم الأول لزيارته.')).toEqual([]);
  });

  it('reads full dates and months in both naming systems', () => {
    const r = times('حدد الملتقى 24 ديسمبر (كانون الأول) 2021 موعداً للانتخابات، بعد محادثات 23 فبراير/شباط الماضي واتفاق ديسمبر/ كانون الأول الماضي، ومنذ إبريل/ نيسان 2019 وفي مايو الماضي.');
    expect(r.map((t) => [t.text, t.kind, t.value, t.relative])).toEqual([
      ['24 ديسمبر (كانون الأول) 2021', 'date', '2021-12-24', null],
      ['23 فبراير/شباط الماضي', 'date', null, 'PUB/Y:02-23'],
      ['ديسمبر/ كانون الأول الماضي', 'month', null, 'PUB/Y-1:12'],
      ['إبريل/ نيسان 2019', 'month', '2019-04', null],
      ['مايو الماضي', 'month', null, 'PUB/Y:05'],
    ]);
  });

  it('reads Maghrebi month names', () => {
    expect(times('انطلقت المحادثات في 12 جانفي 2020.')[0]).toMatchObject({ text: '12 جانفي 2020', value: '2020-01-12' });
  });

  it('reads years, relative years, periods and durations', () => {
    const r = times('في زيارة هي الأولى منذ عام 2014 وبعد هجوم في 2019، وقع التفاهم العام الماضي، والاقتراع نهاية العام المقبل، وتمديد النشر 18 شهرا، والعلاقات قائمة منذ قرون، وتحقق تقدم مؤخرا وسيستمر في الفترة المقبلة.');
    expect(r.map((t) => [t.text, t.kind, t.value, t.relative])).toEqual([
      ['عام 2014', 'year', '2014', null],
      ['2019', 'year', '2019', null],
      ['العام الماضي', 'year', null, 'PUB/Y-1'],
      ['نهاية العام المقبل', 'period', null, 'PUB/Y+1/END'],
      ['18 شهرا', 'duration', 'P18M', null],
      ['منذ قرون', 'duration', null, null],
      ['مؤخرا', 'period', null, 'PAST'],
      ['الفترة المقبلة', 'period', null, 'FUTURE'],
    ]);
  });

  it('reads distances back in time', () => {
    const r = times('كانوا يتوعدون قبل عام، ووقع الاعتداء قبل عدة أيام، وبدأت الأزمة قبل ثلاثة أسابيع.');
    expect(r.map((t) => [t.text, t.kind, t.relative])).toEqual([
      ['قبل عام', 'year', 'PUB/Y-1'], ['قبل عدة أيام', 'relative_day', 'PAST'], ['قبل ثلاثة أسابيع', 'relative_day', 'PUB-21D'],
    ]);
  });

  it('anchors a deictic time in reported speech to the weekday that dates the speech', () => {
    const r = times('وقال الناطق باسم الجيش، الخميس، أن الكرة الآن في ملعب المجتمع الدولي.\nوأعلنت موسكو، اليوم، عن تعاونها.');
    expect(r.map((t) => [t.text, t.relative])).toEqual([['الخميس', 'WD-THU'], ['الآن', 'WD-THU'], ['اليوم', 'PUB']]);
  });

  it('resolves against a known publication date (Thursday 2020-11-05)', () => {
    const r = times('صادق البرلمان الثلاثاء الماضي، وأعلن الجيش أول من أمس، ووقع الاتفاق العام الماضي في ديسمبر/ كانون الأول الماضي، وفي مايو الماضي.', '2020-11-05');
    expect(r.map((t) => [t.text, t.resolved])).toEqual([
      ['الثلاثاء الماضي', '2020-11-03'], ['أول من أمس', '2020-11-03'], ['العام الماضي', '2019'],
      ['ديسمبر/ كانون الأول الماضي', '2019-12'], ['مايو الماضي', '2020-05'],
    ]);
  });

  it('keeps the relative meaning and leaves resolved null when the publication date is unknown', () => {
    expect(times('وقال أردوغان الثلاثاء إن قواته ستواصل.')).toEqual([
      { text: 'الثلاثاء', kind: 'weekday', value: null, relative: 'WD-TUE', resolved: null },
    ]);
  });
});
