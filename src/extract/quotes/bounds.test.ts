import { describe, expect, it } from 'vitest';
import type { Quote } from '../../doc/annotations.js';
import { createQuotesStage } from './index.js';
import { quotesWith, type Who } from './testing.js';

/** Where a reported content stops: the narrator's glosses, contrast clauses and coordinated that-clauses. */
const stage = createQuotesStage();

function run(text: string, who: readonly Who[]): readonly Quote[] {
  return quotesWith(stage, text, who);
}

const cueOf = (text: string, q: Quote | undefined): string | null => (q?.cue ? text.slice(q.cue.start, q.cue.end) : null);
const contentOf = (text: string, q: Quote | undefined): string | null => (q ? text.slice(q.content.start, q.content.end) : null);

describe('content bounds', () => {
  it('ends at a narrator\'s gloss after a comma («، في إشارة إلى»)', () => {
    const text = 'وأعلن المتحدث باسم الجيش أحمد المسماري انسحاب الوحدات من محيط المطار، في إشارة إلى قوات حكومة الوفاق.';
    const q = run(text, [['أحمد المسماري', 'mismari', 'PER']]);
    expect(q).toHaveLength(1);
    expect(contentOf(text, q[0])).toBe('انسحاب الوحدات من محيط المطار');
  });

  it('ends at «، رداً على» and «، في ظل» (the narrator situates the statement)', () => {
    const a = 'ونفى وزير الداخلية اعتقال أي صحفي خلال الاحتجاجات، رداً على تقارير منظمات حقوقية.';
    expect(contentOf(a, run(a, [['وزير الداخلية', 'interior', 'ORG']])[0])).toBe('اعتقال أي صحفي خلال الاحتجاجات');
    const b = 'وطالبت أنقرة بوقف الدعم العسكري لقوات حفتر، في ظل تصاعد المعارك جنوب العاصمة.';
    expect(contentOf(b, run(b, [['أنقرة', 'turkey', 'GPE']])[0])).toBe('وقف الدعم العسكري لقوات حفتر');
  });

  it('ends before «فيما» when another reporting verb follows it, leaving that statement its own', () => {
    const text = 'وأعلنت قوات الوفاق إطلاق عملية عسكرية لاستعادة مدينة سرت، فيما أعلن حفتر تأييده لوقف إطلاق النار.';
    const q = run(text, [['قوات الوفاق', 'gna', 'ORG'], ['حفتر', 'haftar', 'PER']]);
    expect(q.map((x) => contentOf(text, x))).toEqual(['إطلاق عملية عسكرية لاستعادة مدينة سرت', 'تأييده لوقف إطلاق النار']);
    expect(q.map((x) => x.speaker)).toEqual(['gna', 'haftar']);
  });

  it('keeps «في حين» and what follows when no cue opens there (the speaker may report both)', () => {
    const text = 'وأفاد المراسل بأن وفدا أمنيا وصل إلى طرابلس، في حين تفقد الوزير قوات بلاده هناك.';
    const q = run(text, [['المراسل', 'reporter', 'PER']]);
    expect(contentOf(text, q[0])).toBe('وفدا أمنيا وصل إلى طرابلس، في حين تفقد الوزير قوات بلاده هناك');
  });

  it('keeps a second that-clause coordinated by «، وأن» even when a verbal noun cue follows', () => {
    const text = 'ويرى مراقبون أن هناك قلقا دوليا من التدخل التركي، وأن الهدف من دعوة الجيش للانسحاب سحب المبررات من أنقرة.';
    const q = run(text, []);
    expect(q).toHaveLength(1);
    expect(contentOf(text, q[0])).toBe('هناك قلقا دوليا من التدخل التركي، وأن الهدف من دعوة الجيش للانسحاب سحب المبررات من أنقرة');
    expect(q[0]!.speaker).toBe('unnamed_sources');
  });
});

describe('the speaker\'s attitude before a clause', () => {
  it('«معرباً عن أسفه لأن "…"»: the attitude joins the cue, the quoted clause is the content (direct)', () => {
    const text = 'وقال المتحدث باسم الرئاسة التركية إبراهيم كالن إن بلاده تدعم الحل السياسي، معرباً عن أسفه لأن "هناك بعض الأطراف الدولية تحاول أن تحول ليبيا إلى سورية جديدة".';
    const q = run(text, [['إبراهيم كالن', 'kalin', 'PER']]);
    const last = q[q.length - 1]!;
    expect(cueOf(text, last)).toBe('معرباً عن أسفه');
    expect(contentOf(text, last)).toBe('هناك بعض الأطراف الدولية تحاول أن تحول ليبيا إلى سورية جديدة');
    expect(last.direct).toBe(true);
    expect(last.act).toBe('condemnation');
    expect(last.speaker).toBe('kalin');
  });

  it('«أعرب … عن أمله في أن …»: the clause after «في أن»; the cue never runs over the subject in between', () => {
    const text = 'وأعرب الأمين العام للأمم المتحدة عن أمله في أن تستأنف الأطراف الليبية الحوار قريبا.';
    const q = run(text, [['الأمين العام للأمم المتحدة', 'un_sg', 'PER']]);
    expect(q).toHaveLength(1);
    expect(contentOf(text, q[0])).toBe('تستأنف الأطراف الليبية الحوار قريبا');
    expect(cueOf(text, q[0])).toBe('أعرب');
    expect(q[0]!.speaker).toBe('un_sg');
  });

  it('leaves an attitude with a noun object whole («أعرب عن قلقه من …»: the object of the cue)', () => {
    const text = 'وأعرب غوتيريس عن قلقه الشديد من الاحتشاد العسكري حول سرت.';
    const q = run(text, [['غوتيريس', 'guterres', 'PER']]);
    expect(contentOf(text, q[0])).toBe('قلقه الشديد من الاحتشاد العسكري حول سرت');
    expect(q[0]!.act).toBe('warning');
  });
});

describe('relayed reports', () => {
  it('a spokesman relaying what his minister said performs no act of his own (`other`); the minister\'s quote carries it', () => {
    const text = 'وصرح المتحدث باسم وزارة الخارجية أحمد حافظ بأن وزير الخارجية سامح شكري أكد خلال كلمته أنه يجب ضمان استمرار جهود التحالف.';
    const q = run(text, [['أحمد حافظ', 'hafez', 'PER'], ['سامح شكري', 'shoukry', 'PER']]);
    expect(q.map((x) => [x.speaker, x.act, contentOf(text, x)])).toEqual([
      ['hafez', 'other', 'وزير الخارجية سامح شكري أكد خلال كلمته أنه يجب ضمان استمرار جهود التحالف'],
      ['shoukry', 'demand', 'يجب ضمان استمرار جهود التحالف'],
    ]);
  });

  it('a state\'s position cited by its own spokesman is no relay', () => {
    const text = 'ويقول المتحدث باسم الرئاسة إبراهيم كالن إن تركيا أكدت مراراً أن حل الأزمة في ليبيا لن يكون عسكرياً.';
    const q = run(text, [['إبراهيم كالن', 'kalin', 'PER'], ['تركيا', 'turkey', 'GPE']]);
    expect(q[0]!.speaker).toBe('kalin');
    expect(q[0]!.act).not.toBe('other');
  });
});

describe('positions cited inside a statement', () => {
  it('a state\'s position cited in someone\'s reported words is no quote of its own', () => {
    const text = 'ويقول المتحدث باسم الرئاسة إبراهيم كالن إن تركيا أكدت مراراً أن حل الأزمة في ليبيا لن يكون عسكرياً.';
    const q = run(text, [['إبراهيم كالن', 'kalin', 'PER'], ['تركيا', 'turkey', 'GPE']]);
    expect(q.map((x) => x.speaker)).toEqual(['kalin']);
    expect(contentOf(text, q[0])).toBe('تركيا أكدت مراراً أن حل الأزمة في ليبيا لن يكون عسكرياً');
  });

  it('a person\'s speech relayed keeps its own quote', () => {
    const text = 'وأوضح المتحدث أحمد حافظ أن الوزير سامح شكري أشار إلى أهمية مواجهة خطر تنظيم داعش.';
    const q = run(text, [['أحمد حافظ', 'hafez', 'PER'], ['سامح شكري', 'shoukry', 'PER']]);
    expect(q.map((x) => x.speaker)).toEqual(['hafez', 'shoukry']);
  });
});

describe('hypothetical speech', () => {
  it('a reporting verb after a conditional particle is no statement', () => {
    const text = 'ويمكن حل الأزمة في حال أبدى المجتمع الدولي رغبة في تحقيق حل سياسي. وإذا أعلنت الحكومة أنها ستنسحب فستتوقف المعارك.';
    const q = run(text, [['المجتمع الدولي', 'intl', 'ORG'], ['الحكومة', 'gov', 'ORG']]);
    expect(q).toHaveLength(0);
  });
});

describe('a verbal noun of announcing with its object', () => {
  it('«رداً على إعلان وسائل إعلام محلية اعتقاله …»: the object is the content, the unnamed media report a claim', () => {
    const text = 'ونفى الوزير اعتقال مدير مكتبه، رداً على إعلان وسائل إعلام محلية اعتقاله بتهم تتعلق بالابتزاز.';
    const q = run(text, [['الوزير', 'minister', 'PER']]);
    expect(q.map((x) => [x.speaker, x.act, contentOf(text, x), cueOf(text, x)])).toEqual([
      ['minister', 'denial', 'اعتقال مدير مكتبه', 'نفى'],
      ['unnamed_sources', 'claim', 'اعتقاله بتهم تتعلق بالابتزاز', 'إعلان'],
    ]);
  });

  it('a party\'s announcement keeps its act', () => {
    const text = 'وجاء ذلك بعد إعلان وزير الخارجية سامح شكري أن القاهرة ستستضيف الاجتماع المقبل.';
    const q = run(text, [['سامح شكري', 'shoukry', 'PER']]);
    expect(q.map((x) => [x.speaker, x.act, contentOf(text, x)])).toEqual([['shoukry', 'announcement', 'القاهرة ستستضيف الاجتماع المقبل']]);
  });
});

describe('a statement in a relative clause', () => {
  it('ends at the comma after which the sentence resumes its predicate; the future «س» belongs to the content', () => {
    const text = 'وكان باشاغا الذي قال إنه سيلتقي بعدد من القيادات الأمنية في فرنسا، أبرم اتفاقاً مع إحدى المؤسسات الأمنية.';
    const q = run(text, [['باشاغا', 'bashagha', 'PER']]);
    expect(q).toHaveLength(1);
    expect(contentOf(text, q[0])).toBe('سيلتقي بعدد من القيادات الأمنية في فرنسا');
  });
});

describe('the speaker\'s attitude as the object of a cue', () => {
  it('«أكد عماري حرص حكومته على «…»»: the whole object is the content (mixed), not the preposition\'s', () => {
    const text = 'وأكد عماري حرص حكومته على «توفير الاحتياجات للمفوضية وتهيئة الظروف المناسبة لإجراء الانتخابات».';
    const q = run(text, [['عماري', 'ammari', 'PER']]);
    expect(q).toHaveLength(1);
    expect(contentOf(text, q[0])).toBe('حرص حكومته على «توفير الاحتياجات للمفوضية وتهيئة الظروف المناسبة لإجراء الانتخابات');
    expect(q[0]!.direct).toBe('mixed');
    expect(q[0]!.act).toBe('promise');
  });

  it('a cue\'s own preposition right after it still opens the content («أكد على …»)', () => {
    const text = 'وأكد الوزير سامح شكري على ضرورة خروج القوات الأجنبية من ليبيا.';
    const q = run(text, [['سامح شكري', 'shoukry', 'PER']]);
    expect(contentOf(text, q[0])).toBe('ضرورة خروج القوات الأجنبية من ليبيا');
  });
});

describe('a nominal content and a contrast clause', () => {
  it('«أبلغ المسؤولين بتدخل الجيش التركي …، فيما تتفق مصر …»: the noun phrase ends before «فيما»', () => {
    const text = 'وأبلغ حفتر المسؤولين المصريين بتدخل الجيش التركي بشكل مباشر في معارك ليبيا، فيما تتفق مصر مع حفتر في رفض التدخل الخارجي.';
    const q = run(text, [['حفتر', 'haftar', 'PER']]);
    expect(q).toHaveLength(1);
    expect(contentOf(text, q[0])).toBe('تدخل الجيش التركي بشكل مباشر في معارك ليبيا');
  });

  it('a reported clause may go on after «فيما» with the speaker\'s words', () => {
    const text = 'ولفت المتحدث إبراهيم كالن إلى أن حكومة السراج تبنت مواقف إيجابية، فيما يواصل حفتر انتهاك اتفاقات وقف إطلاق النار.';
    const q = run(text, [['إبراهيم كالن', 'kalin', 'PER']]);
    expect(contentOf(text, q[0])).toBe('حكومة السراج تبنت مواقف إيجابية، فيما يواصل حفتر انتهاك اتفاقات وقف إطلاق النار');
  });
});

describe('the cleft of blame', () => {
  it('«… لكن حكومة طرابلس هي التي لا تريد ذلك»: an accusation aimed at the party singled out', () => {
    const text = 'وأضاف لافروف: "قوات حفتر مستعدة لتوقيع الوثيقة، لكن هذه المرة حكومة طرابلس هي التي لا تريد فعل ذلك".';
    const q = run(text, [['لافروف', 'lavrov', 'PER'], ['قوات حفتر', 'lna', 'ORG'], ['حكومة طرابلس', 'gna', 'ORG']]);
    expect(q).toHaveLength(1);
    expect(q[0]!.act).toBe('accusation');
    expect(q[0]!.target).toBe('gna');
  });
});

describe('the object after a named subject', () => {
  it('«اتهم لافروف الولايات المتحدة بمحاولة …»: the state right after the person is the one accused (target)', () => {
    const text = 'كما اتهم لافروف الولايات المتحدة بمحاولة عرقلة تعيين مبعوث أممي جديد إلى ليبيا.';
    const q = run(text, [['لافروف', 'lavrov', 'PER'], ['الولايات المتحدة', 'usa', 'GPE']]);
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker).toBe('lavrov');
    expect(q[0]!.target).toBe('usa');
    expect(contentOf(text, q[0])).toBe('محاولة عرقلة تعيين مبعوث أممي جديد إلى ليبيا');
  });
});

describe('the addressee of an owned verbal noun', () => {
  it('«ووجّه وزير الدفاع التركي تحذيرا لحفتر وداعميه من مغبة …»: the warning is addressed to Haftar', () => {
    const text = 'ووجّه وزير الدفاع التركي تحذيرا لحفتر وداعميه من مغبة أي محاولة لاستهداف القوات التركية في ليبيا.';
    const q = run(text, [['وزير الدفاع التركي', 'akar', 'PER'], ['حفتر', 'haftar', 'PER'], ['القوات التركية', 'tr_forces', 'ORG']]);
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker).toBe('akar');
    expect(q[0]!.act).toBe('warning');
    expect(q[0]!.target).toBe('haftar');
  });
});

describe('the accused', () => {
  it('is the doer named just before the deed, not the first actor of the content', () => {
    const text = 'وقال المتحدث إبراهيم كالن إن حكومة الوفاق ملتزمة بالحوار، بينما قوات حفتر ارتكبت جرائم حرب في ترهونة.';
    const q = run(text, [['إبراهيم كالن', 'kalin', 'PER'], ['حكومة الوفاق', 'gna', 'ORG'], ['قوات حفتر', 'lna', 'ORG']]);
    expect(q[0]!.act).toBe('accusation');
    expect(q[0]!.target).toBe('lna');
  });
});

describe('quoted mentions', () => {
  function runKinds(text: string, who: readonly (readonly [string, string, 'name' | 'nominal'])[]): readonly Quote[] {
    return quotesWith(stage, text, who.map(([surface, id, kind]): Who => [surface, id, 'ORG', 0, kind]));
  }

  it('a quoted nominal mention is the speaker\'s wording (mixed); a quoted name is not', () => {
    const a = 'ودعا حفتر قواته إلى حمل السلاح مجددا لطرد "المحتل التركي".';
    expect(runKinds(a, [['حفتر', 'haftar', 'name'], ['المحتل التركي', 'turkey', 'nominal']])[0]!.direct).toBe('mixed');
    const b = 'وأكد الوزير أن قوات حكومة "الوفاق" تتقدم نحو سرت.';
    expect(runKinds(b, [['الوزير', 'minister', 'nominal'], ['حكومة "الوفاق"', 'gna', 'name']])[0]!.direct).toBe(false);
  });
});

describe('«according to» after its clause', () => {
  it('leaves out the narrator\'s sentence-opening transition («وفي التطورات أيضاً،»)', () => {
    const text = 'وفي التطورات أيضاً، بحث رئيس الأركان التركي مع نظيره الروسي هاتفياً القضايا الأمنية في ليبيا، بحسب بيان لرئاسة الأركان التركية.';
    const q = run(text, [['رئاسة الأركان التركية', 'tr_staff', 'ORG']]);
    expect(q).toHaveLength(1);
    expect(contentOf(text, q[0])).toBe('بحث رئيس الأركان التركي مع نظيره الروسي هاتفياً القضايا الأمنية في ليبيا');
    expect(q[0]!.speaker).toBe('tr_staff');
  });
});

describe('an unnamed spokesman', () => {
  it('«فيما نفى المتحدث باسم قوات حفتر ذلك»: the body he speaks for is the speaker, not the previous one', () => {
    const text = 'وأكدت مصادر عسكرية أن قوات الوفاق سيطرت على قاعدة الوطية، فيما نفى المتحدث باسم قوات حفتر ذلك.';
    const q = run(text, [['قوات الوفاق', 'gna_forces', 'ORG'], ['قوات حفتر', 'lna', 'ORG']]);
    expect(q.map((x) => [x.speaker, x.act, contentOf(text, x)])).toEqual([
      ['unnamed_sources', 'claim', 'قوات الوفاق سيطرت على قاعدة الوطية'],
      ['lna', 'denial', 'ذلك'],
    ]);
  });
});

describe('speakers and channels of everyday attributions', () => {
  it('«نقلت الوكالة عن مصدر مسؤول في وزارة الدفاع قوله»: the source, not its ministry, speaks', () => {
    const text = 'ونقلت وكالة الأناضول عن مصدر مسؤول في وزارة الدفاع التركية قوله إن أنقرة لن تسحب قواتها من ليبيا.';
    const q = run(text, [['وكالة الأناضول', 'aa', 'ORG'], ['وزارة الدفاع التركية', 'tr_mod', 'ORG'], ['أنقرة', 'turkey', 'GPE']]);
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker).toBe('unnamed_sources');
    expect(contentOf(text, q[0])).toBe('أنقرة لن تسحب قواتها من ليبيا');
  });

  it('«وأشار البيان إلى أن …»: the cue\'s own preposition is not part of the channel', () => {
    const text = 'وأشار البيان إلى أن الجيش خرق الهدنة أكثر من عشرين مرة خلال الأسبوع الماضي.';
    const q = run(text, []);
    expect(q[0]!.channel ? text.slice(q[0]!.channel.start, q[0]!.channel.end) : null).toBe('البيان');
    expect(contentOf(text, q[0])).toBe('الجيش خرق الهدنة أكثر من عشرين مرة خلال الأسبوع الماضي');
  });

  it('«ورأى المحلل السياسي الليبي عبد الله الكبير أن …»: a person quoted for what he is, named after it', () => {
    const text = 'ورأى المحلل السياسي الليبي عبد الله الكبير أن الاتفاق يمثل خطوة مهمة نحو السلام.';
    const q = run(text, [['عبد الله الكبير', 'kabir', 'PER']]);
    expect(q[0]!.speaker).toBe('kabir');
    expect(contentOf(text, q[0])).toBe('الاتفاق يمثل خطوة مهمة نحو السلام');
  });
});

describe('written statements', () => {
  it('«وغرد ماكرون على حسابه في تويتر: "…"»: a direct quote with its channel; refusing what may come is a warning', () => {
    const text = 'وغرد الرئيس الفرنسي إيمانويل ماكرون على حسابه في تويتر: "لن نقبل بأن تصبح ليبيا سوريا جديدة".';
    const q = run(text, [['إيمانويل ماكرون', 'macron', 'PER']]);
    expect(q).toHaveLength(1);
    expect([q[0]!.speaker, q[0]!.direct, q[0]!.act]).toEqual(['macron', true, 'warning']);
    expect(q[0]!.channel ? text.slice(q[0]!.channel.start, q[0]!.channel.end) : null).toBe('على حسابه في تويتر');
    expect(contentOf(text, q[0])).toBe('لن نقبل بأن تصبح ليبيا سوريا جديدة');
  });

  it('«كتب» is no cue (a byline «كتب: فلان»), nor «هنا» (here) and the adjective «متوقعة»', () => {
    const text = 'كتب: محمد علي. وقال الوزير هنا إن الوضع يمثل كارثة غير متوقعة بسبب الخسائر.';
    const q = run(text, [['الوزير', 'minister', 'PER']]);
    expect(q.map((x) => [cueOf(text, x), contentOf(text, x)])).toEqual([['قال', 'الوضع يمثل كارثة غير متوقعة بسبب الخسائر']]);
  });
});

describe('renewed statements', () => {
  it('«جدد … التأكيد على أن …» reports the clause; «جدد دعوته إلى …» is one statement, not two', () => {
    const a = 'وجدد الرئيس التونسي قيس سعيد التأكيد على أن الحل في ليبيا يجب أن يكون ليبيا.';
    const qa = run(a, [['قيس سعيد', 'saied', 'PER']]);
    expect(qa.map((x) => [x.speaker, contentOf(a, x)])).toEqual([['saied', 'الحل في ليبيا يجب أن يكون ليبيا']]);
    const b = 'وجدد الرئيس التركي دعوته إلى وقف فوري لإطلاق النار. وتجدد القتال في محيط سرت.';
    const qb = run(b, [['الرئيس التركي', 'erdogan', 'PER']]);
    expect(qb.map((x) => [x.speaker, x.act, contentOf(b, x)])).toEqual([['erdogan', 'demand', 'وقف فوري لإطلاق النار']]);
  });
});

describe('more verbs of reporting', () => {
  it('«دان», «استنكر», «توقع»', () => {
    const a = 'ودان الاتحاد الأفريقي الهجوم على المدنيين في مرزق. واستنكرت الجامعة العربية قصف المستشفى الميداني.';
    const qa = run(a, [['الاتحاد الأفريقي', 'au', 'ORG'], ['الجامعة العربية', 'arab_league', 'ORG']]);
    expect(qa.map((x) => [x.speaker, x.act, contentOf(a, x)])).toEqual([
      ['au', 'condemnation', 'الهجوم على المدنيين في مرزق'],
      ['arab_league', 'condemnation', 'قصف المستشفى الميداني'],
    ]);
    const b = 'وتوقع المبعوث الأممي غسان سلامة أن تستأنف المحادثات الأسبوع المقبل.';
    const qb = run(b, [['غسان سلامة', 'salame', 'PER']]);
    expect(qb.map((x) => [x.speaker, contentOf(b, x)])).toEqual([['salame', 'تستأنف المحادثات الأسبوع المقبل']]);
  });

  it('the noun «وعد» is no cue', () => {
    const text = 'وقال المتحدث أحمد المسماري إن حفتر لم يخلف أي وعد قطعه للمجتمع الدولي.';
    const q = run(text, [['أحمد المسماري', 'mismari', 'PER'], ['حفتر', 'haftar', 'PER']]);
    expect(q).toHaveLength(1);
  });
});

describe('feelings and feminine titles', () => {
  it('«إنها تشعر بقلق بالغ إزاء …» voices concern (warning), outranking loaded words after it', () => {
    const text = 'من جانبها، قالت الخارجية الأمريكية في بيان إنها تشعر بقلق بالغ إزاء التقارير عن وجود مرتزقة روس في ليبيا.';
    const q = run(text, [['الخارجية الأمريكية', 'us_dos', 'ORG']]);
    expect([q[0]!.speaker, q[0]!.act]).toEqual(['us_dos', 'warning']);
  });

  it('«وشددت المستشارة الألمانية أنغيلا ميركل على …»: a feminine title before the name', () => {
    const text = 'وشددت المستشارة الألمانية أنغيلا ميركل على ضرورة التزام جميع الأطراف بمخرجات مؤتمر برلين.';
    const q = run(text, [['أنغيلا ميركل', 'merkel', 'PER']]);
    expect([q[0]!.speaker, q[0]!.act, contentOf(text, q[0])]).toEqual(['merkel', 'demand', 'ضرورة التزام جميع الأطراف بمخرجات مؤتمر برلين']);
  });
});

describe('cue spans', () => {
  it('keep a letter the text core may take for a proclitic, and a root «و», but drop a written conjunction', () => {
    const text = 'وأكد المتحدث أحمد المسماري أن الجيش صد الهجوم، لافتا إلى أن الجيش سيرد. ووصف الوزير سامح شكري الهجوم بأنه عمل جبان.';
    const q = run(text, [['أحمد المسماري', 'mismari', 'PER'], ['سامح شكري', 'shoukry', 'PER']]);
    expect(q.map((x) => cueOf(text, x))).toEqual(['أكد', 'لافتا', 'وصف']);
  });
});

describe('two reporting verbs in one sentence', () => {
  it('«وأكد شهود عيان وجود قوات … فيما ذكر سكان أن …»: the complementizer past «ذكر» is its own, not «أكد»\'s', () => {
    const text = 'وأكد شهود عيان وجود قوات إثيوبية داخل البلدة فيما ذكر سكان بيداوا أن حوالي 300 عسكري إثيوبي قدموا الأحد إليها.';
    const q = run(text, []);
    expect(q.map((x) => [cueOf(text, x), x.speaker, contentOf(text, x)])).toEqual([
      ['أكد', 'unnamed_sources', 'وجود قوات إثيوبية داخل البلدة'],
      ['ذكر', 'unnamed_sources', 'حوالي 300 عسكري إثيوبي قدموا الأحد إليها'],
    ]);
    expect(q[1]!.speakerSpan ? text.slice(q[1]!.speakerSpan.start, q[1]!.speakerSpan.end) : null).toBe('سكان');
  });
});

describe('«the latter» as a speaker', () => {
  it('«… مع أنقرة …، وذلك فيما كانت الأخيرة تؤكد أن …»: the actor named last before it speaks', () => {
    const text = 'أعلنت موسكو، اليوم، عن تعاونها مع أنقرة لتنسيق هدنة ليبية، وذلك فيما كانت الأخيرة تؤكد أن حفتر هو الذي انتهك الاتفاقيات السابقة.';
    const q = run(text, [['موسكو', 'russia', 'GPE'], ['أنقرة', 'turkey', 'GPE'], ['حفتر', 'haftar', 'PER']]);
    const last = q.find((x) => cueOf(text, x) === 'تؤكد')!;
    expect([last.speaker, last.speakerSpan ? text.slice(last.speakerSpan.start, last.speakerSpan.end) : null, last.act, last.target])
      .toEqual(['turkey', 'الأخيرة', 'accusation', 'haftar']);
  });
});
