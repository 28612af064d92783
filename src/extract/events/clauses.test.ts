import { describe, expect, it } from 'vitest';
import { run, slice } from './testing.js';

describe('events stage: clauses, relatives, conditions and statements', () => {
  it('targets the agent of the act a speaker\'s modal call asks for («يأمل أن تواصل المحكمة …»)', () => {
    const text = 'وقال إنه يأمل أن تواصل المحكمة الجنائية الدولية تحقيقها في جرائم الاحتلال.';
    const { events } = run(text, {
      actors: [['minister', 'PER', null], ['icc', 'ORG', null]],
      mentions: [['icc', 'المحكمة الجنائية الدولية']],
      quotes: [{ speaker: 'minister', cue: 'قال', content: 'يأمل أن تواصل المحكمة الجنائية الدولية تحقيقها في جرائم الاحتلال', act: 'demand' }],
    });
    const call = events.find((e) => e.type === 'REQUEST');
    expect([slice(text, call?.trigger ?? null), call?.source, call?.target]).toEqual(['يأمل', ['minister'], ['icc']]);
  });

  it('codes no generic act («بأي وعد», «كل دعوة») and nothing a negated permission covers («لن تسمح بأن …»)', () => {
    const text = 'وأكد المتحدث أن الحوثيين لم يلتزموا بأي وعد قطعوه. وقال إن الحكومة اليمنية لن تسمح بأن يستخدم الحوثيون الميناء للقيام بعملياتهم العسكرية. '
      + 'وهاجم التحالف مواقع الحوثيين قرب الحديدة.';
    const { events } = run(text, {
      actors: [['houthis', 'ORG', null], ['yemen_gov', 'ORG', null], ['coalition', 'ORG', null]],
      mentions: [['houthis', 'الحوثيين'], ['yemen_gov', 'الحكومة اليمنية'], ['houthis', 'الحوثيون'], ['coalition', 'التحالف'], ['houthis', 'الحوثيين', 1]],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([
      ['ASSAULT', 'هاجم', ['coalition'], ['houthis']],
    ]);
  });

  it('keeps a leader\'s call on his own forces, and codes no act for what another act concerns («انتهاك لحظر …»)', () => {
    const text = 'ودعا البرهان قواته إلى التأهب. وأعرب الأمين العام عن قلقه من التدخل الخارجي في انتهاك لحظر الأمم المتحدة للأسلحة.';
    const { events } = run(text, {
      actors: [['burhan', 'PER', 'saf'], ['saf', 'ORG', null], ['guterres', 'PER', 'un'], ['un', 'ORG', null]],
      mentions: [['burhan', 'البرهان'], ['saf', 'قواته'], ['guterres', 'الأمين العام'], ['un', 'الأمم المتحدة']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([
      ['REQUEST', 'دعا', ['burhan', 'saf'], ['saf']],
      ['ACCUSE', 'قلقه', ['guterres', 'un'], []],
      ['ACCUSE', 'انتهاك', ['guterres', 'un'], []],
    ]);
    // The embargo violated is no SANCTION of its own.
    expect(events.some((e) => e.type === 'SANCTION')).toBe(false);
  });

  it('hosts a visit to a country rival governments contend for by the government the article deals with, and lets a nisba take its head\'s preposition', () => {
    const text = 'ووصل وزير الخارجية الإيطالي إلى طرابلس صباح اليوم. وأجرى الوزير الإيطالي مباحثات مع المسؤولين الليبيين.';
    const { events } = run(text, {
      actors: [['tajani', 'PER', 'italy'], ['italy', 'GPE', null], ['libya', 'GPE', null], ['gna', 'ORG', 'libya']],
      mentions: [['tajani', 'وزير الخارجية الإيطالي'], ['tajani', 'الوزير الإيطالي'], ['libya', 'الليبيين']],
      places: [['tripoli', 'طرابلس', 'LY']],
    });
    const visit = events.find((e) => e.mode === 'visit');
    expect([slice(text, visit?.trigger ?? null), visit?.source, visit?.target]).toEqual(['وصل', ['tajani', 'italy'], ['gna']]);
    // «الليبيين» after «مع المسؤولين» is the talks' recipient, not their agent.
    const talks = events.find((e) => slice(text, e.trigger) === 'مباحثات');
    expect(talks?.target).toEqual(['libya']);
  });

  it('gives a verb after a relative pronoun its antecedent as subject, and no event when the antecedent is no actor', () => {
    const text = 'وأشار إلى أن الحوثيين الذين كانوا يهددون السفن الأمريكية تراجعوا. وقال الوزير إن بلاده ستدعم الحكومة وأولئك الذين يشاركون فيها.';
    const { events } = run(text, {
      actors: [['houthis', 'ORG', null], ['usa', 'GPE', null], ['minister', 'PER', null], ['uk', 'GPE', null], ['gov', 'ORG', null]],
      mentions: [['houthis', 'الحوثيين'], ['usa', 'الأمريكية'], ['minister', 'الوزير'], ['uk', 'بلاده'], ['gov', 'الحكومة']],
      quotes: [{ speaker: 'minister', cue: 'قال', content: 'بلاده ستدعم الحكومة وأولئك الذين يشاركون فيها', act: 'promise' }],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([
      ['THREATEN', 'يهددون', ['houthis'], ['usa']],
      ['AGREE', 'ستدعم', ['uk'], ['gov']],
    ]);
  });

  it('takes the agent after «من قِبل» anywhere in the clause; «وقع» without an agreement after it is «وَقَع» (happened), no signing', () => {
    const text = 'وأكد أن الهجوم الذي وقع قرب مطار الخرطوم قبل يومين من قِبل قوات الدعم السريع أسفر عن قتلى.';
    const { events } = run(text, {
      actors: [['rsf', 'ORG', null]],
      mentions: [['rsf', 'قوات الدعم السريع']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([['ASSAULT', 'الهجوم', ['rsf'], []]]);
  });

  it('lets a clause opened by «و» after a comma share the subject of the clause before, and reads a relative verb past «بهما»', () => {
    const text = 'وتفقد وزير الدفاع الأمريكي لويد أوستن قوات بلاده في العراق، ووجه تحذيرا شديد اللهجة إلى الفصائل المسلحة. '
      + 'وأعلنت الشرطة إصابة مدنيين اثنين إثر انفجار لغم بهما زرعته جماعة الحوثي.';
    const { events } = run(text, {
      actors: [['usa', 'GPE', null], ['austin', 'PER', null], ['us_forces', 'ORG', 'usa'], ['militias', 'ORG', null], ['houthis', 'ORG', null]],
      mentions: [['usa', 'الأمريكي'], ['austin', 'لويد أوستن', 0, 'وزير الدفاع الأمريكي'], ['us_forces', 'قوات بلاده'], ['militias', 'الفصائل المسلحة'],
        ['houthis', 'جماعة الحوثي']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([
      ['THREATEN', 'تحذيرا', ['austin', 'usa'], ['militias']],
      ['ASSAULT', 'انفجار لغم', ['houthis'], []],
    ]);
  });

  it('finds the subject of a verb past a relative clause set off by a comma («X الذي يزور باريس حالياً، سيجري محادثات»)', () => {
    const text = 'وأعلنت الرئاسة أن وزير الخارجية السوداني علي الصادق الذي يزور القاهرة حالياً، سيجري محادثات مع نظيره المصري سامح شكري.';
    const { events } = run(text, {
      actors: [['sudan', 'GPE', null], ['sadiq', 'PER', null], ['egypt', 'GPE', null], ['shoukry', 'PER', null]],
      mentions: [['sudan', 'السوداني'], ['sadiq', 'علي الصادق', 0, 'وزير الخارجية السوداني'], ['egypt', 'المصري'],
        ['shoukry', 'سامح شكري', 0, 'نظيره المصري']],
      places: [['cairo', 'القاهرة', 'EG']],
    });
    const talks = events.find((e) => slice(text, e.trigger) === 'سيجري محادثات' || slice(text, e.trigger) === 'محادثات');
    expect([talks?.type, talks?.source[0], talks?.target]).toEqual(['AGREE', 'sadiq', ['egypt', 'shoukry']]);
  });

  it('codes an agreement noun with its parties after «بين» as SUPPORT, and ends a call\'s scope at a comma opening a circumstance', () => {
    const text = 'دعت مصر إلى وقف الدعم العسكري لهم، في ظل قلقها من التفاهمات الأمنية بين الجيش السوداني وقوات الدعم السريع. '
      + 'ووقع الطرفان مذكرة تفاهم لتعزيز التعاون.';
    const { events } = run(text, {
      actors: [['egypt', 'GPE', null], ['saf', 'ORG', null], ['rsf', 'ORG', null], ['sides', 'ORG', null]],
      mentions: [['egypt', 'مصر'], ['saf', 'الجيش السوداني'], ['rsf', 'قوات الدعم السريع'], ['sides', 'الطرفان']],
      quotes: [{ speaker: 'egypt', cue: 'دعت', content: 'وقف الدعم العسكري لهم، في ظل قلقها من التفاهمات الأمنية بين الجيش السوداني وقوات الدعم السريع', act: 'demand' }],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source])).toEqual([
      ['REQUEST', 'دعت', ['egypt']],
      // Egypt's concern is its own act (disapproval), no longer swallowed as what the call asks for.
      ['ACCUSE', 'قلقها', ['egypt']],
      ['SUPPORT', 'التفاهمات', ['saf', 'rsf']],
      ['SUPPORT', 'وقع', ['sides']],
    ]);
  });

  it('codes a meeting being scheduled («لتحديد موعد اجتماع معها») as a future meeting, AGREE, aimed at the pronoun\'s actor', () => {
    const text = 'وأعلن الاتحاد الأفريقي أنه يجري اتصالات مع الحكومة الإثيوبية، لتحديد موعد اجتماع معها.';
    const { events } = run(text, {
      actors: [['au', 'ORG', null], ['ethiopia', 'GPE', null]],
      mentions: [['au', 'الاتحاد الأفريقي'], ['ethiopia', 'الحكومة الإثيوبية']],
      quotes: [{ speaker: 'au', cue: 'أعلن', content: 'يجري اتصالات مع الحكومة الإثيوبية، لتحديد موعد اجتماع معها', act: 'announcement' }],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([
      ['CONSULT', 'اتصالات', ['au'], ['ethiopia']],
      ['AGREE', 'اجتماع', ['au'], ['ethiopia']],
    ]);
  });

  it('lets a subjectless verb of the same category continue the act before it and name its object', () => {
    const text = 'وقال المتحدث إن سلاح الجو نفذ 5 ضربات جوية في محيط المدينة، استهدفت آليات مسلحة لقوات الدعم السريع.';
    const { events } = run(text, {
      actors: [['air_force', 'ORG', null], ['rsf', 'ORG', null]],
      mentions: [['air_force', 'سلاح الجو'], ['rsf', 'قوات الدعم السريع']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([
      ['ASSAULT', 'ضربات جوية', ['air_force'], ['rsf']],
    ]);
  });

  it('reads a name after a non-role word following the verb as part of its object («وسيزور مقر السفارة المصرية»)', () => {
    const text = 'وقالت المصادر إن الوفد سيلتقي كبار المسؤولين، وسيزور مقر السفارة المصرية في طرابلس.';
    const { events } = run(text, {
      actors: [['delegation', 'ORG', null], ['embassy', 'ORG', null]],
      mentions: [['delegation', 'الوفد'], ['embassy', 'السفارة المصرية']],
    });
    const visit = events.find((e) => slice(text, e.trigger) === 'سيزور');
    expect([visit?.type, visit?.source, visit?.target]).toEqual(['AGREE', ['delegation'], ['embassy']]);
  });

  it('takes a masdar\'s genitive agent past the role phrase labelled on it («زيارة وزير الدفاع الإيطالي لورينزو غويريني»)', () => {
    const text = 'وآخرها زيارة وزير الدفاع الإيطالي لورينزو غويريني إلى أنقرة، الثلاثاء.';
    const { events } = run(text, {
      actors: [['guerini', 'PER', 'italy'], ['italy', 'GPE', null], ['turkey', 'GPE', null]],
      mentions: [['italy', 'الإيطالي'], ['guerini', 'لورينزو غويريني', 0, 'وزير الدفاع الإيطالي']],
      places: [['ankara', 'أنقرة', 'TR']],
    });
    expect(events.map((e) => [e.type, e.mode, slice(text, e.trigger), e.source, e.target])).toEqual([
      ['CONSULT', 'visit', 'زيارة', ['guerini', 'italy'], ['turkey']],
    ]);
  });

  it('gives a relative verb with no agent after it the speaker before it, and reads «يعمل … مع» as cooperation only with «مع»', () => {
    const text = 'وأشار بلينكن، في تصريح عقب مؤتمر افتراضي عقده مع نظرائه من دول مصر والأردن، إلى أن قطر تعمل في هذا الاتجاه مع حركة حماس. ويعمل الجيش على تأمين الحدود.';
    const { events } = run(text, {
      actors: [['blinken', 'PER', null], ['egypt', 'GPE', null], ['jordan', 'GPE', null], ['qatar', 'GPE', null], ['hamas', 'ORG', null], ['army', 'ORG', null]],
      mentions: [['blinken', 'بلينكن'], ['egypt', 'مصر'], ['jordan', 'الأردن'], ['qatar', 'قطر'], ['hamas', 'حركة حماس'], ['army', 'الجيش']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([
      ['CONSULT', 'مؤتمر افتراضي', ['blinken'], ['egypt', 'jordan']],
      ['SUPPORT', 'تعمل', ['qatar'], ['hamas']],
    ]);
  });

  it('codes no statement made only under a condition («في حال أبدى المجتمع الدولي رغبة …»)', () => {
    const text = 'ولفت إلى إمكانية حل الأزمة في حال أبدى المجتمع الدولي رغبة في تحقيق حل سياسي. وتعهد المجتمع الدولي بدعم الحل السياسي.';
    const { events } = run(text, {
      actors: [['intl', 'ORG', null]],
      mentions: [['intl', 'المجتمع الدولي'], ['intl', 'المجتمع الدولي', 1]],
      quotes: [
        { speaker: 'intl', cue: 'أبدى', content: 'رغبة في تحقيق حل سياسي', act: 'promise' },
        { speaker: 'intl', cue: 'تعهد', content: 'بدعم الحل السياسي', act: 'promise' },
      ],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source])).toEqual([['AGREE', 'تعهد', ['intl']]]);
  });

  it('reads a clause through a short parenthetical set off by commas, and codes a participation verb\'s meeting object once', () => {
    const text = 'وأضاف أن الجيش السوداني، بحسب تقديراتنا، مستعد لتوقيع اتفاق. وشارك وزير الخارجية المصري سامح شكري، الخميس، في الاجتماع الوزاري للتحالف.';
    const { events } = run(text, {
      actors: [['saf', 'ORG', null], ['shoukry', 'PER', 'egypt'], ['egypt', 'GPE', null], ['coalition', 'ORG', null]],
      mentions: [['saf', 'الجيش السوداني'], ['egypt', 'المصري'], ['shoukry', 'سامح شكري', 0, 'وزير الخارجية المصري'], ['coalition', 'تحالف']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source])).toEqual([
      ['AGREE', 'مستعد', ['saf']],
      ['CONSULT', 'شارك', ['shoukry', 'egypt']],
    ]);
  });

  it('codes seeking to obtain help («سعى للحصول على») as a REQUEST for assistance by the speaker', () => {
    const text = 'وقال الوزير في بيان إنه سعى للحصول على مساعدة الشركات المتخصصة في تأمين الانتخابات.';
    const { events } = run(text, {
      actors: [['minister', 'PER', null]],
      mentions: [['minister', 'الوزير']],
      quotes: [{ speaker: 'minister', cue: 'قال', content: 'سعى للحصول على مساعدة الشركات المتخصصة في تأمين الانتخابات', act: 'claim' }],
    });
    expect(events.map((e) => [e.type, e.mode, slice(text, e.trigger), e.source])).toEqual([['REQUEST', 'assist', 'سعى للحصول', ['minister']]]);
  });

  it('aims a concession or a threat at the party named in its condition («حال عدم التزام الطرف الآخر»)', () => {
    const text = 'وأكد المتحدث أن الجيش سيعلق مشاركته في المفاوضات حال عدم التزام قوات الدعم السريع بالهدنة.';
    const { events } = run(text, {
      actors: [['saf', 'ORG', null], ['rsf', 'ORG', null]],
      mentions: [['saf', 'الجيش'], ['rsf', 'قوات الدعم السريع']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([['THREATEN', 'سيعلق', ['saf'], ['rsf']]]);
  });

  it('resolves a pronoun in what a call asks for to the object of the act reported before it in the sentence', () => {
    const text = 'هاجمت إيران «المجلس الانتقالي الجنوبي» بقيادة عيدروس الزبيدي، داعية إلى قطع جميع المساعدات عنه.';
    const { events } = run(text, {
      actors: [['iran', 'GPE', null], ['stc', 'ORG', null], ['zubaidi', 'PER', null]],
      mentions: [['iran', 'إيران'], ['stc', 'المجلس الانتقالي الجنوبي'], ['zubaidi', 'عيدروس الزبيدي']],
      quotes: [{ speaker: 'iran', cue: 'داعية', content: 'قطع جميع المساعدات عنه', act: 'demand' }],
    });
    const call = events.find((e) => e.type === 'REQUEST');
    expect([slice(text, call?.trigger ?? null), call?.source, call?.target]).toEqual(['داعية', ['iran'], ['stc']]);
  });

});

describe('verbs coordinated after a subject–verb clause', () => {
  it('gives «ويتوعد» the subject of the imperfect before it and takes the name after it as object', () => {
    const { events, text } = run('ووزير الدفاع التركي يتفقد قواته في ليبيا ويتوعد حفتر بالرد.', {
      actors: [['akar', 'PER', null], ['haftar', 'PER', null]],
      mentions: [['akar', 'وزير الدفاع التركي'], ['haftar', 'حفتر']],
    });
    const threat = events.filter((e) => e.type === 'THREATEN');
    expect(threat.map((e) => slice(text, e.trigger))).toEqual(['يتوعد']);
    expect(threat[0]!.source).toEqual(['akar']);
    expect(threat[0]!.target).toEqual(['haftar']);
  });

  it('keeps a verb-first clause after «و» with its own subject', () => {
    const { events } = run('وصل الوفد المصري إلى طرابلس، ويتوعد حفتر تركيا.', {
      actors: [['egypt_delegation', 'ORG', null], ['haftar', 'PER', null], ['turkey', 'GPE', null]],
      mentions: [['egypt_delegation', 'الوفد المصري'], ['haftar', 'حفتر'], ['turkey', 'تركيا']],
    });
    const threat = events.filter((e) => e.type === 'THREATEN');
    expect(threat[0]!.source).toEqual(['haftar']);
    expect(threat[0]!.target).toEqual(['turkey']);
  });
});
