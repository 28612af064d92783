import { describe, expect, it } from 'vitest';
import type { SpeechAct } from '../../doc/annotations.js';
import { analyzeText } from '../../text/index.js';
import { decideAct } from './acts.js';
import { loadQuoteLexicon } from './lexicon.js';

const lex = loadQuoteLexicon();

/** The act decided for `content` (a span of `text`) under a cue whose own act is `cueAct`. */
function actOf(text: string, content: string, cueAct: SpeechAct): SpeechAct {
  const start = text.indexOf(content);
  if (start < 0) throw new Error(`"${content}" not in text`);
  const { tokens } = analyzeText(text);
  expect(text.slice(start, start + content.length)).toBe(content);
  return decideAct(cueAct, tokens, { start, end: start + content.length }, lex);
}

describe('speech acts', () => {
  it('keeps the act of a cue that has one', () => {
    const text = 'ونفت الوزارة أن تكون قواتها قد شاركت في الهجوم.';
    expect(actOf(text, 'تكون قواتها قد شاركت في الهجوم', 'denial')).toBe('denial');
  });

  it('takes the attitude voiced by an expressive cue from the head of its content', () => {
    const text = 'وأعرب الوزير عن قلقه البالغ من التصعيد العسكري جنوبي البلاد. كما أبدى ارتياحه لنتائج الاجتماع. وأعربت الخارجية عن أسفها لقرار البرلمان.';
    expect(actOf(text, 'قلقه البالغ من التصعيد العسكري جنوبي البلاد', 'other')).toBe('warning');
    expect(actOf(text, 'ارتياحه لنتائج الاجتماع', 'other')).toBe('praise');
    expect(actOf(text, 'أسفها لقرار البرلمان', 'other')).toBe('condemnation');
  });

  it('refines a generic claim by the act words of its content', () => {
    const text = 'وقال المتحدث إن هذه الأنباء عارية عن الصحة. وأكد أن على جميع الأطراف الانسحاب من المدينة. '
      + 'وأضاف أن الميليشيات المتورط قادتها في خروقات متكررة للهدنة.';
    expect(actOf(text, 'هذه الأنباء عارية عن الصحة', 'claim')).toBe('denial');
    expect(actOf(text, 'على جميع الأطراف الانسحاب من المدينة', 'claim')).toBe('demand');
    expect(actOf(text, 'الميليشيات المتورط قادتها في خروقات متكررة للهدنة', 'claim')).toBe('accusation');
  });

  it('reads a first-person future as a promise and a third-person future as an announcement', () => {
    const text = 'وقال الرئيس: "سنعمل مع شركائنا حتى يعود الاستقرار". وأضافت المصادر أن الوفد سيزور العاصمة الأسبوع المقبل.';
    expect(actOf(text, 'سنعمل مع شركائنا حتى يعود الاستقرار', 'claim')).toBe('promise');
    expect(actOf(text, 'الوفد سيزور العاصمة الأسبوع المقبل', 'claim')).toBe('announcement');
  });

  it('leaves a plain claim a claim', () => {
    const text = 'وأوضح الباحث أن عدد النازحين بلغ عشرة آلاف شخص.';
    expect(actOf(text, 'عدد النازحين بلغ عشرة آلاف شخص', 'claim')).toBe('claim');
  });
  it('reads a claim by the act of its clause, not by a loaded word at its head, and disparaging labels as condemnation', () => {
    const text = 'وقال القائد: "المجرم الذي قصف الأحياء سنعتبره هدفا مشروعا". وقال الوزير إن هذا الزعيم المزعوم لا يمثل أحدا.';
    expect(actOf(text, 'المجرم الذي قصف الأحياء سنعتبره هدفا مشروعا', 'claim')).toBe('warning');
    expect(actOf(text, 'هذا الزعيم المزعوم لا يمثل أحدا', 'claim')).toBe('condemnation');
  });
});
