import { describe, expect, it } from 'vitest';
import { extractCredits } from './credits.js';

describe('extractCredits', () => {
  it('reads an «المصدر :» line with + between names', () => {
    const text = 'يذكر أن البرلمان التركي صادق الثلاثاء الماضي على مذكرة تقضي بتمديد نشر عسكريين في ليبيا 18 شهرا.\n\nالمصدر : الجزيرة + وكالات\n';
    const c = extractCredits(text)!;
    expect(c.credits).toEqual(['الجزيرة', 'وكالات']);
    expect(text.slice(c.start, c.end)).toBe('المصدر : الجزيرة + وكالات');
  });

  it('reads a parenthesised list of agencies after an embed line', () => {
    const text = 'شن حلف شمال الأطلسي هجوما في 2011.\nTwitter Post\n|\n(رويترز، فرانس برس، الأناضول)';
    const c = extractCredits(text)!;
    expect(c.credits).toEqual(['رويترز', 'فرانس برس', 'الأناضول']);
    expect(text.slice(c.start, c.end)).toBe('(رويترز، فرانس برس، الأناضول)');
  });

  it('does not take a closing sentence in parentheses for credits', () => {
    const text = 'وقال الوزير إن المحادثات ستستأنف.\n(وقد رفضت الحكومة التعليق على ذلك)';
    expect(extractCredits(text)).toBeNull();
  });

  it('reads «وكالة الأناضول» as a known agency', () => {
    const c = extractCredits('أعلنت الحكومة هدنة جديدة في العاصمة.\nوكالة الأناضول')!;
    expect(c.credits).toEqual(['وكالة الأناضول']);
  });
});
