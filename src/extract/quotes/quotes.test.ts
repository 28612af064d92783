import { describe, expect, it } from 'vitest';
import type { Quote } from '../../doc/annotations.js';
import { makeArticle, withLayers } from '../../doc/article.js';
import { analyzeText } from '../../text/index.js';
import { formatQuote } from './format.js';
import { createQuotesStage } from './index.js';
import { quotesWith, type Who } from './testing.js';

const stage = createQuotesStage();

/** An article with hand-built mentions: each [surface, actor, type, nth occurrence] marks one mention. */
function run(text: string, who: readonly Who[] = []): { text: string; quotes: readonly Quote[] } {
  return { text, quotes: quotesWith(stage, text, who) };
}

const slice = (text: string, s: { start: number; end: number } | null): string | null => (s ? text.slice(s.start, s.end) : null);

describe('verbal cues', () => {
  it('finds a VSO «قال … إن» statement with its named speaker', () => {
    const { text, quotes } = run('وقال وزير الخارجية المصري سامح شكري إن القاهرة تدعم الحل السياسي في ليبيا.', [['سامح شكري', 'shoukry', 'PER']]);
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(slice(text, q.cue)).toBe('قال');
    expect(slice(text, q.content)).toBe('القاهرة تدعم الحل السياسي في ليبيا');
    expect(q.speaker).toBe('shoukry');
    expect(slice(text, q.speakerSpan)).toBe('سامح شكري');
    expect(q.direct).toBe(false);
  });

  it('takes the subject before the verb (SVO) and a preposition frame («دعا … إلى»)', () => {
    const { text, quotes } = run('لكن حفتر دعا قواته إلى حمل السلاح مجددا.', [['حفتر', 'haftar', 'PER'], ['قواته', 'lna', 'ORG']]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBe('haftar');
    expect(slice(text, quotes[0]!.content)).toBe('حمل السلاح مجددا');
    expect(quotes[0]!.act).toBe('demand');
  });

  it('strips the frame preposition written on the word («طالب بـ»)', () => {
    const { text, quotes } = run('وطالب الاتحاد الأوروبي بوقف فوري لإطلاق النار.', [['الاتحاد الأوروبي', 'eu', 'ORG']]);
    expect(slice(text, quotes[0]!.content)).toBe('وقف فوري لإطلاق النار');
    expect(quotes[0]!.speaker).toBe('eu');
  });

  it('reads a denial with its object as content («نفى …»)', () => {
    const { text, quotes } = run('ونفت موسكو تقديم أي دعم عسكري للمتمردين.', [['موسكو', 'russia', 'GPE']]);
    expect(quotes).toHaveLength(1);
    expect(slice(text, quotes[0]!.content)).toBe('تقديم أي دعم عسكري للمتمردين');
    expect(quotes[0]!.act).toBe('denial');
  });
});

describe('participles and carried speakers', () => {
  it('gives a participle cue («مشيراً إلى أن») the sentence speaker and ends the first content before it', () => {
    const { text, quotes } = run('وأكد المتحدث باسم الحكومة محمد حمودة أن الوزارة ستفتح الطريق الساحلي، مشيراً إلى أن الاتفاق سيصمد.',
      [['الحكومة', 'gov', 'ORG'], ['محمد حمودة', 'hamouda', 'PER']]);
    expect(quotes.map((q) => slice(text, q.content))).toEqual(['الوزارة ستفتح الطريق الساحلي', 'الاتفاق سيصمد']);
    expect(quotes.map((q) => q.speaker)).toEqual(['hamouda', 'hamouda']);
    expect(slice(text, quotes[1]!.cue)).toBe('مشيراً');
  });

  it('carries the speaker to «وأضاف:» with speakerSpan null, and reads the direct quote', () => {
    const { text, quotes } = run('وقال أردوغان: "سنواصل دعم إخوتنا الليبيين".\nوأضاف: "لن نسمح بتقسيم ليبيا".', [['أردوغان', 'erdogan', 'PER']]);
    expect(quotes).toHaveLength(2);
    expect(slice(text, quotes[1]!.content)).toBe('لن نسمح بتقسيم ليبيا');
    expect(quotes[1]!.speaker).toBe('erdogan');
    expect(quotes[1]!.speakerSpan).toBeNull();
    expect(quotes[1]!.direct).toBe(true);
    expect(quotes[0]!.act).toBe('promise');
    expect(quotes[1]!.act).toBe('warning');
  });

  it('joins «واستطرد قائلاً:» into one cue', () => {
    const { text, quotes } = run('وأكد قالن أن الحل سياسي. واستطرد قائلاً: "لا حل عسكريا للأزمة".', [['قالن', 'kalin', 'PER']]);
    expect(slice(text, quotes[1]!.cue)).toBe('استطرد قائلاً');
    expect(quotes[1]!.speaker).toBe('kalin');
  });
});

describe('role speakers, mouthpieces and unnamed sources', () => {
  it('takes the person after «على لسان», not the ministry', () => {
    const { text, quotes } = run('وأكدت الخارجية الروسية على لسان المتحدثة باسمها، ماريا زاخاروفا، وجود مسلحين أجانب في ليبيا.',
      [['الخارجية الروسية', 'russia_mfa', 'ORG'], ['ماريا زاخاروفا', 'zakharova', 'PER']]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBe('zakharova');
    expect(slice(text, quotes[0]!.content)).toBe('وجود مسلحين أجانب في ليبيا');
  });

  it('reads a role phrase speaker («الوزير التركي»)', () => {
    const { quotes } = run('وأعرب الوزير التركي عن أسفه لصمت المجتمع الدولي.', [['الوزير التركي', 'akar', 'PER'], ['المجتمع الدولي', 'intl', 'ORG']]);
    expect(quotes[0]!.speaker).toBe('akar');
    expect(quotes[0]!.target).toBe('intl');
  });

  it('marks unnamed sources («نقل عن مصادر رسمية قولها»)', () => {
    const { text, quotes } = run('ونقل المراسل عن مصادر رسمية قولها إن الوفد سيلتقي كبار المسؤولين.', [['المراسل', 'reporter', 'PER']]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBe('unnamed_sources');
    expect(slice(text, quotes[0]!.speakerSpan)).toBe('مصادر رسمية');
    expect(slice(text, quotes[0]!.cue)).toBe('قولها');
  });

  it('reads a nominal cue at the head of the sentence («ووفق مصادر مطلعة، فإن»)', () => {
    const { text, quotes } = run('ووفق مصادر مطلعة، فإن القوى الدولية طلبت إعادة الانتشار خارج العاصمة.');
    expect(quotes).toHaveLength(1);
    expect(slice(text, quotes[0]!.cue)).toBe('وفق');
    expect(quotes[0]!.speaker).toBe('unnamed_sources');
    expect(slice(text, quotes[0]!.content)).toBe('القوى الدولية طلبت إعادة الانتشار خارج العاصمة');
  });

  it('reads a trailing nominal cue («…، بحسب بيان لـ…»)', () => {
    const { text, quotes } = run('بحث رئيس الأركان مع نظيره الروسي القضايا الأمنية، بحسب بيان لرئاسة الأركان التركية.',
      [['رئاسة الأركان التركية', 'tgs', 'ORG']]);
    expect(quotes).toHaveLength(1);
    expect(slice(text, quotes[0]!.content)).toBe('بحث رئيس الأركان مع نظيره الروسي القضايا الأمنية');
    expect(quotes[0]!.speaker).toBe('tgs');
    expect(slice(text, quotes[0]!.channel)).toBe('بيان');
  });
});

describe('direct, mixed, nested and multi-sentence quotations', () => {
  it('marks a reported clause with a quoted passage as mixed', () => {
    const { text, quotes } = run('وقال السفير إن بلاده «ستظل منخرطة في دعم العملية السياسية».', [['السفير', 'norland', 'PER']]);
    expect(quotes[0]!.direct).toBe('mixed');
    expect(slice(text, quotes[0]!.content)).toBe('بلاده «ستظل منخرطة في دعم العملية السياسية');
  });

  it('reads a direct quote spanning several sentences', () => {
    const { text, quotes } = run('وقال المبعوث: «الوضع خطير. لا بد من وقف القتال فوراً». ثم غادر القاعة.', [['المبعوث', 'envoy', 'PER']]);
    expect(quotes).toHaveLength(1);
    expect(slice(text, quotes[0]!.content)).toBe('الوضع خطير. لا بد من وقف القتال فوراً');
    expect(quotes[0]!.direct).toBe(true);
    expect(quotes[0]!.act).toBe('demand');
  });

  it('finds a statement reported inside another one, each with its speaker', () => {
    const { text, quotes } = run('وصرح المتحدث أحمد حافظ بأن وزير الخارجية أكد خلال كلمته أنه يجب دعم الائتلاف.',
      [['أحمد حافظ', 'hafez', 'PER'], ['وزير الخارجية', 'shoukry', 'PER']]);
    expect(quotes).toHaveLength(2);
    expect(quotes.map((q) => q.speaker)).toEqual(['hafez', 'shoukry']);
    expect(slice(text, quotes[0]!.content)).toBe('وزير الخارجية أكد خلال كلمته أنه يجب دعم الائتلاف');
    expect(slice(text, quotes[1]!.content)).toBe('يجب دعم الائتلاف');
    expect(slice(text, quotes[1]!.channel)).toBe('خلال كلمته');
  });

  it('reads a headline quote «Name: …» with no cue', () => {
    const { text, quotes } = run('قالن: حكومة السراج تبنت مواقف إيجابية\nوأضاف المسؤول التركي أمورا أخرى.', [['قالن', 'kalin', 'PER']]);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.cue).toBeNull();
    expect(slice(text, quotes[0]!.content)).toBe('حكومة السراج تبنت مواقف إيجابية');
  });
});

describe('channels', () => {
  it('reads «في بيان مقتضب عبر «تويتر»» as the channel, not the content', () => {
    const { text, quotes } = run('وأعلنت السفارة الفرنسية في بيان مقتضب عبر «تويتر» أن الوزير سيجري محادثات في باريس.',
      [['السفارة الفرنسية', 'fr_emb', 'ORG']]);
    expect(quotes).toHaveLength(1);
    expect(slice(text, quotes[0]!.channel)).toBe('في بيان مقتضب عبر «تويتر»');
    expect(slice(text, quotes[0]!.content)).toBe('الوزير سيجري محادثات في باريس');
    expect(quotes[0]!.act).toBe('announcement');
  });
});

describe('no false positives', () => {
  it.each([
    'وتقول الأسطورة القديمة إن المدينة بنيت على سبعة تلال ثم اندثرت.'.replace('إن المدينة', 'المدينة'),
    'وأعلن الحكم نهاية المباراة بعد تسعين دقيقة',
    'وهي الهدنة التي أعلنها الجيش على خلفية الجائحة.',
    'يذكر أن البرلمان صادق الثلاثاء الماضي على مذكرة التفاهم.',
    'وسافر الوفد عبر مطار معيتيقة إلى تونس.',
    'والذي دعا إليه وزيرا خارجية البلدين.',
  ])('finds no quote in «%s»', (sentence) => {
    const { quotes } = run(sentence);
    expect(quotes.filter((q) => q.cue !== null && !/^أعلن/u.test(sentence.slice(q.cue.start, q.cue.end)))).toEqual([]);
  });

  it('«قال» with nothing said after it is no quote', () => {
    expect(run('وهذا ما قاله الرجل لأصحابه في السوق.').quotes).toEqual([]);
  });
});

describe('formatQuote', () => {
  it('prints «speaker — cue — content»', () => {
    const r = run('وقال أردوغان: "سنواصل دعم إخوتنا".', [['أردوغان', 'erdogan', 'PER']]);
    const { sentences, tokens } = analyzeText(r.text);
    const article = withLayers(makeArticle('t', r.text, {}, sentences, tokens), { quotes: r.quotes });
    expect(formatQuote(article, r.quotes[0]!)).toBe('أردوغان — قال — «سنواصل دعم إخوتنا»');
  });
});
