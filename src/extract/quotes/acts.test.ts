import { describe, expect, it } from 'vitest';
import type { SpeechAct } from '../../doc/annotations.js';
import { analyzeText } from '../../text/index.js';
import type { ActorMention, ArticleActor } from '../../doc/annotations.js';
import { makeArticle, withLayers, type ArticleWith } from '../../doc/article.js';
import { createQuotesStage } from './index.js';
import { decideAct, decideTarget, ownSide } from './acts.js';
import { loadQuoteLexicon } from './lexicon.js';
import { loadStances } from './act-words.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quotesWith, type Who } from './testing.js';

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

  it('reads the stance a speaker voices at the head of the content, even when the pronoun is not split off', () => {
    const text = 'وأبدى الرئيس دعمه لمبادرة المبعوث الأممي. وأعرب الوزير التركي عن أسفه لصمت المجتمع الدولي على مجازر الميليشيات.';
    expect(actOf(text, 'دعمه لمبادرة المبعوث الأممي', 'other')).toBe('praise');
    expect(actOf(text, 'أسفه لصمت المجتمع الدولي على مجازر الميليشيات', 'other')).toBe('condemnation');
  });

  it('takes a stance after a generic cue only when it is the speaker\'s own', () => {
    const text = 'وأكد الوزير رفضه التدخلات الخارجية في الشأن الليبي. وجدد البيان حرص حكومته على إجراء الانتخابات في موعدها. '
      + 'وأكد المتحدث استعداد الطرفين لتوقيع الاتفاق.';
    expect(actOf(text, 'رفضه التدخلات الخارجية في الشأن الليبي', 'claim')).toBe('condemnation');
    expect(actOf(text, 'حرص حكومته على إجراء الانتخابات في موعدها', 'claim')).toBe('promise');
    expect(actOf(text, 'استعداد الطرفين لتوقيع الاتفاق', 'claim')).toBe('claim');
  });

  it('reads the future of the speaker\'s own side as a promise, and no counterfactual future as an announcement', () => {
    const text = 'وأكد الرئيس أن بلاده ستقدم كل إمكانياتها لمساعدة الشعب الليبي. وقال إن الحكومة ستدعم بلاده في إعادة الإعمار. '
      + 'وأضاف أنه لو لم تتدخل القوات لكانت المعارك ستتسع.';
    expect(actOf(text, 'بلاده ستقدم كل إمكانياتها لمساعدة الشعب الليبي', 'claim')).toBe('promise');
    expect(actOf(text, 'لو لم تتدخل القوات لكانت المعارك ستتسع', 'claim')).toBe('claim');
  });

  it('reads an aggression imputed to a party as an accusation', () => {
    const text = 'وأشار الناطق إلى أن الاعتداء الذي استهدف القاعدة الجوية نفذته قوات حفتر.';
    expect(actOf(text, 'الاعتداء الذي استهدف القاعدة الجوية نفذته قوات حفتر', 'claim')).toBe('accusation');
  });

  it('reads a report of talks held or under way as an announcement', () => {
    const text = 'وقال المتحدث إن المبعوث يجري اتصالات مكثفة مع الطرفين. وأشار الوزير إلى أن البلدين وقعا مذكرة تفاهم أمنية. '
      + 'وقال المحلل إن ما يجري في البلاد معقد للغاية.';
    expect(actOf(text, 'المبعوث يجري اتصالات مكثفة مع الطرفين', 'claim')).toBe('announcement');
    expect(actOf(text, 'البلدين وقعا مذكرة تفاهم أمنية', 'claim')).toBe('announcement');
    expect(actOf(text, 'ما يجري في البلاد معقد للغاية', 'claim')).toBe('claim');
  });

  it('reads the stance named between the cue and its content', () => {
    const text = 'وأكد الوزير حرص حكومته على "إجراء الانتخابات في موعدها". وأعرب المبعوث عن ثقته في أن المحكمة ستحاسب مرتكبي الجرائم.';
    const { tokens } = analyzeText(text);
    const at = (content: string, cue: string): SpeechAct => {
      const start = text.indexOf(content);
      expect(text.slice(start, start + content.length)).toBe(content);
      return decideAct(cue === 'أكد' ? 'claim' : 'other', tokens, { start, end: start + content.length }, lex, text.indexOf(cue) + cue.length);
    };
    expect(at('إجراء الانتخابات في موعدها', 'أكد')).toBe('promise');
    expect(at('المحكمة ستحاسب مرتكبي الجرائم', 'أعرب')).toBe('claim');
  });

  it('reads a disowned design as a denial and the speaker\'s future against an adversary as a warning', () => {
    const text = 'وأكد الرئيس أن بلاده ليس لها مطامع في أراضي جيرانها. وقال القائد: "سنواصل ملاحقة الجماعات الإرهابية في كل مكان".';
    expect(actOf(text, 'بلاده ليس لها مطامع في أراضي جيرانها', 'claim')).toBe('denial');
    expect(actOf(text, 'سنواصل ملاحقة الجماعات الإرهابية في كل مكان', 'claim')).toBe('warning');
  });

  it('tells a stated aim from a demand, and reads an issued decision as an announcement', () => {
    const text = 'وقال الوزير: "نريد الاستقرار لبلدنا". وأضاف: "نريد من المجتمع الدولي وقف تدفق السلاح". '
      + 'وأشار إلى قرب صدور قرار بتخصيص ميزانية للمفوضية.';
    expect(actOf(text, 'نريد الاستقرار لبلدنا', 'claim')).toBe('claim');
    expect(actOf(text, 'نريد من المجتمع الدولي وقف تدفق السلاح', 'claim')).toBe('demand');
    expect(actOf(text, 'قرب صدور قرار بتخصيص ميزانية للمفوضية', 'claim')).toBe('announcement');
  });

  it('reads a future under a negative condition as a threat', () => {
    const text = 'وأكد المتحدث أن القوات ستستأنف عملياتها حال عدم التزام الطرف الآخر بالهدنة. وقال إن الوفد سيعود إلى طرابلس إذا تحسن الوضع.';
    expect(actOf(text, 'القوات ستستأنف عملياتها حال عدم التزام الطرف الآخر بالهدنة', 'claim')).toBe('warning');
    expect(actOf(text, 'الوفد سيعود إلى طرابلس إذا تحسن الوضع', 'claim')).toBe('announcement');
  });

  it('does not take the speaker\'s own side, named with a possessive, as the target', () => {
    const text = 'وأكد أردوغان أن بلاده ستسخر كل إمكانياتها لمساعدة الشعب الليبي.';
    const { tokens } = analyzeText(text);
    const mention = (surface: string, actorId: string): ActorMention => {
      const start = text.indexOf(surface);
      expect(text.slice(start, start + surface.length)).toBe(surface);
      return { kind: 'mention', span: { start, end: start + surface.length }, stage: 'test', actorId, mentionKind: 'nominal', labels: [] };
    };
    const mentions = [mention('أردوغان', 'erdogan'), mention('بلاده', 'turkey'), mention('الشعب الليبي', 'libyans')];
    const start = text.indexOf('بلاده');
    const content = { start, end: text.length - 1 };
    expect(decideTarget(mentions, content, 'erdogan', null, ownSide(tokens, lex.stances))).toBe('libyans');
    expect(decideTarget(mentions, content, 'erdogan', null)).toBe('turkey');
  });

  it('reads an obligation opened by «على» as a demand, but not a fronted adverbial', () => {
    const text = 'وقال الوزير إن على المجتمع الدولي التحرك فورا لوقف القتال. وأضاف أنه على الرغم من الهدنة قتل ثلاثة مدنيين.';
    expect(actOf(text, 'على المجتمع الدولي التحرك فورا لوقف القتال', 'claim')).toBe('demand');
    expect(actOf(text, 'على الرغم من الهدنة قتل ثلاثة مدنيين', 'claim')).toBe('claim');
  });

  it('reads act words in the accusative, and undoes a negated promise; a denied accusation is a denial', () => {
    const text = 'وقال إن الهجوم الذي شنته الميليشيات يعد خرقا واضحا للهدنة. وأضاف أن الطرف الآخر لم يكن مستعدا لتوقيع الاتفاق. '
      + 'وأكد المتحدث أن القوات لم تنتهك الهدنة.';
    expect(actOf(text, 'الهجوم الذي شنته الميليشيات يعد خرقا واضحا للهدنة', 'claim')).toBe('accusation');
    expect(actOf(text, 'الطرف الآخر لم يكن مستعدا لتوقيع الاتفاق', 'claim')).toBe('claim');
    expect(actOf(text, 'القوات لم تنتهك الهدنة', 'claim')).toBe('denial');
  });

  it('reads a hostile future in any person as a threat, and the own side\'s «لن» as a commitment', () => {
    const text = 'وأكد المتحدث أن الجيش سيرد بقوة على أي اعتداء يستهدف مواقعه. وأكد أن بلاده لن تتخلى عن حلفائها. '
      + 'وقال إن الحكومة ستعلن عن خطة جديدة الأسبوع المقبل. وقال إن الحل لن يكون عسكريا.';
    expect(actOf(text, 'الجيش سيرد بقوة على أي اعتداء يستهدف مواقعه', 'claim')).toBe('warning');
    expect(actOf(text, 'بلاده لن تتخلى عن حلفائها', 'claim')).toBe('promise');
    expect(actOf(text, 'الحكومة ستعلن عن خطة جديدة الأسبوع المقبل', 'claim')).toBe('announcement');
    expect(actOf(text, 'الحل لن يكون عسكريا', 'claim')).toBe('claim');
  });

  it('leaves someone else\'s concern, mentioned inside the content, without force', () => {
    const text = 'ويرى المحلل أن هناك قلقا دوليا واضحا من التدخل الأجنبي.';
    expect(actOf(text, 'هناك قلقا دوليا واضحا من التدخل الأجنبي', 'claim')).toBe('claim');
  });

  it('reads a first-person performative as the act, over the loaded words of the rest', () => {
    const text = 'وقال المتحدث: "ندين الاعتداءات الإرهابية على المدنيين". وأضاف: "نطالب بمحاسبة مرتكبي الجرائم". وقال: "لا ندعو إلى الحرب مع أي طرف".';
    expect(actOf(text, 'ندين الاعتداءات الإرهابية على المدنيين', 'claim')).toBe('condemnation');
    expect(actOf(text, 'نطالب بمحاسبة مرتكبي الجرائم', 'claim')).toBe('demand');
    // Negated, the performative performs nothing: the speaker disowns a conduct instead.
    expect(actOf(text, 'لا ندعو إلى الحرب مع أي طرف', 'claim')).toBe('denial');
  });

  it('rejects a stance row with an unknown role or act, naming its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-stances-'));
    const file = join(dir, 'speech-stances.tsv');
    const acts = new Set(['claim', 'warning']);
    writeFileSync(file, '# source: test\n# licence: CC0\nword\trole\tact\nقلق\tstance\twarning\nبلاد\tmood\t-\n');
    expect(() => loadStances(file, acts)).toThrow(/unknown role "mood"/u);
    writeFileSync(file, '# source: test\n# licence: CC0\nword\trole\tact\nقلق\tstance\tworry\n');
    expect(() => loadStances(file, acts)).toThrow(/unknown speech act "worry"/u);
    writeFileSync(file, '# source: test\n# licence: CC0\nword\trole\tact\nقلق\tstance\twarning\n');
    expect(loadStances(file, acts).stance.get('قلق')).toBe('warning');
  });

  it('reads a third-person readiness as a promise only when the speaker\'s side is its subject', () => {
    const text = 'وأكد الوزير أن حفتر مستعد للحوار دون شروط. وقال إنه مستعد للقاء جميع الأطراف. '
      + 'وأضاف: "نحن مستعدون للعمل مع الجميع". وأكد أن بلاده ستظل داعمة للحل السياسي.';
    expect(actOf(text, 'حفتر مستعد للحوار دون شروط', 'claim')).toBe('claim');
    expect(actOf(text, 'مستعد للقاء جميع الأطراف', 'claim')).toBe('promise');
    expect(actOf(text, 'نحن مستعدون للعمل مع الجميع', 'claim')).toBe('promise');
    expect(actOf(text, 'بلاده ستظل داعمة للحل السياسي', 'claim')).toBe('promise');
  });

  it('reads a contact reported by unnamed sources as a claim, what they say is to come as an announcement', () => {
    const text = 'وقالت مصادر إن الوفدين التقيا في القاهرة أمس. وأضافت المصادر أن الوفد سيلتقي رئيس الحكومة غدا.';
    const { tokens } = analyzeText(text);
    const at = (content: string): SpeechAct => {
      const start = text.indexOf(content);
      expect(text.slice(start, start + content.length)).toBe(content);
      return decideAct('claim', tokens, { start, end: start + content.length }, lex, null, 'unnamed_sources');
    };
    expect(at('الوفدين التقيا في القاهرة أمس')).toBe('claim');
    expect(at('الوفد سيلتقي رئيس الحكومة غدا')).toBe('announcement');
    expect(actOf(text, 'الوفدين التقيا في القاهرة أمس', 'claim')).toBe('announcement');
  });

  it('reads the speaker\'s side disowning its conduct as a denial, and branding adjectives as condemnation', () => {
    const text = 'وقال: "نحن لا نتدخل في الشؤون الداخلية لأي دولة". وأكد أن قواته لم تشارك في المعارك الأخيرة. '
      + 'وأكد أن حكومته لا تملك أي معلومات عن المختطفين. ووصف الوزير الهجوم بأنه عمل جبان.';
    expect(actOf(text, 'نحن لا نتدخل في الشؤون الداخلية لأي دولة', 'claim')).toBe('denial');
    expect(actOf(text, 'قواته لم تشارك في المعارك الأخيرة', 'claim')).toBe('denial');
    expect(actOf(text, 'حكومته لا تملك أي معلومات عن المختطفين', 'claim')).toBe('claim');
    const known = 'وقال: "لا نعرف حتى الآن مصير المختطفين".';
    expect(actOf(known, 'لا نعرف حتى الآن مصير المختطفين', 'claim')).toBe('claim');
    expect(actOf(text, 'الهجوم بأنه عمل جبان', 'other')).toBe('condemnation');
  });

  it('takes a participle\'s object as the target of the statement, and the act of the stage\'s quotes', () => {
    const text = 'وأكد الوزير الروسي سيرغي لافروف استعداد موسكو للوساطة، متهماً حكومة طرابلس بأنها "غير راغبة" في الحل.';
    const { sentences, tokens } = analyzeText(text);
    const who: readonly [string, string][] = [['سيرغي لافروف', 'lavrov'], ['موسكو', 'russia'], ['حكومة طرابلس', 'gna']];
    const mentions: ActorMention[] = who.map(([surface, actorId]) => {
      const start = text.indexOf(surface);
      expect(text.slice(start, start + surface.length)).toBe(surface);
      return { kind: 'mention', span: { start, end: start + surface.length }, stage: 'test', actorId, mentionKind: 'name', labels: [] };
    });
    const actors: ArticleActor[] = who.map(([nameAr, id]) => ({
      kind: 'actor', id, type: id === 'lavrov' ? 'PER' : 'ORG', parent: null, nameAr, nameEn: null, known: false, descriptors: [],
    }));
    const article = withLayers(makeArticle('t', text, {}, sentences, tokens), { mentions, actors });
    const quotes = createQuotesStage(lex).run(article as unknown as ArticleWith<'mentions' | 'actors'>, { log: () => {} }).quotes;
    const accusing = quotes.find((q) => q.cue !== null && text.slice(q.cue.start, q.cue.end) === 'متهماً');
    expect(accusing).toBeDefined();
    expect(text.slice(accusing!.content.start, accusing!.content.end)).toBe('غير راغبة" في الحل');
    expect(accusing!.act).toBe('accusation');
    expect(accusing!.target).toBe('gna');
  });
});

describe('speech-act phrases with a word of time inside', () => {
  it('reads «الكرة الآن في ملعب …» as the demand of «الكرة في ملعب»', () => {
    const text = 'وقال المتحدث باسم الجيش إن الكرة الآن في ملعب المجتمع الدولي لتنفيذ تعهداته.';
    expect(actOf(text, 'الكرة الآن في ملعب المجتمع الدولي لتنفيذ تعهداته', 'claim')).toBe('demand');
  });

  it('does not let any other word stand inside a phrase', () => {
    const text = 'وقال المدرب إن الكرة كانت في ملعب الفريق الآخر طوال المباراة.';
    expect(actOf(text, 'الكرة كانت في ملعب الفريق الآخر طوال المباراة', 'claim')).toBe('claim');
  });
});

describe('hopes and preconditions', () => {
  const quotesOf = (text: string, who: readonly Who[]) => quotesWith(createQuotesStage(), text, who);

  it('a speaker hoping that a named party acts asks it to act (demand)', () => {
    const text = 'وقال الوزير التركي إنه يأمل أن تواصل المحكمة الجنائية الدولية تحقيقها في جرائم الحرب.';
    const q = quotesOf(text, [['الوزير التركي', 'akar', 'PER'], ['المحكمة الجنائية الدولية', 'icc', 'ORG']]);
    expect(text.slice(q[0]!.content.start, q[0]!.content.end)).toBe('يأمل أن تواصل المحكمة الجنائية الدولية تحقيقها في جرائم الحرب');
    expect(q[0]!.act).toBe('demand');
  });

  it('hoping for a state of affairs is no demand', () => {
    const text = 'وقال الرئيس إنه يأمل أن تكون النتائج المحققة في الميدان بداية لمرحلة جديدة.';
    const q = quotesOf(text, [['الرئيس', 'erdogan', 'PER']]);
    expect(q[0]!.act).not.toBe('demand');
  });

  it('«لا مفاوضات … قبل سحب …» sets a condition on the other side: a demand, even under «أعلن»', () => {
    const text = 'وأعلن المشير خليفة حفتر أنه لا مفاوضات مع حكومة الوفاق قبل سحب المجموعات المسلحة من العاصمة.';
    const q = quotesOf(text, [['خليفة حفتر', 'haftar', 'PER'], ['حكومة الوفاق', 'gna', 'ORG']]);
    expect(text.slice(q[0]!.content.start, q[0]!.content.end)).toBe('لا مفاوضات مع حكومة الوفاق قبل سحب المجموعات المسلحة من العاصمة');
    expect(q[0]!.act).toBe('demand');
    const plain = 'وأعلن المشير خليفة حفتر أنه لا مفاوضات مع حكومة الوفاق في الوقت الراهن.';
    expect(quotesOf(plain, [['خليفة حفتر', 'haftar', 'PER'], ['حكومة الوفاق', 'gna', 'ORG']])[0]!.act).toBe('announcement');
  });
});

describe('the enemy fought', () => {
  it('names, not charges, the party a hostile deed is done against', () => {
    const text = 'وأكد الرئيس وقوف بلاده إلى جانب الليبيين الذين يحاربون الإرهابيين في الجنوب. وقال إن المرتزقة يهاجمون المدنيين.';
    expect(actOf(text, 'وقوف بلاده إلى جانب الليبيين الذين يحاربون الإرهابيين في الجنوب', 'claim')).not.toBe('accusation');
    expect(actOf(text, 'المرتزقة يهاجمون المدنيين', 'claim')).toBe('accusation');
  });
});

describe('unnamed sources', () => {
  it('report, they do not condemn: a loaded label in what they say is the outlet\'s wording', () => {
    const text = 'ووفق مصادر مطلعة فإن القوى الدولية طلبت إعادة الانتشار لقطع الطريق أمام المحتل التركي. وقال الوزير إن المحتل التركي يواصل التصعيد.';
    const { tokens } = analyzeText(text);
    const content = 'القوى الدولية طلبت إعادة الانتشار لقطع الطريق أمام المحتل التركي';
    const start = text.indexOf(content);
    expect(decideAct('claim', tokens, { start, end: start + content.length }, lex, null, 'unnamed_sources')).toBe('claim');
    expect(decideAct('claim', tokens, { start, end: start + content.length }, lex, null, 'minister')).toBe('condemnation');
  });
});
