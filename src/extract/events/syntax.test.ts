import { describe, expect, it } from 'vitest';
import { run, slice } from './testing.js';

describe('events stage: clause syntax, frames and statements', () => {
  it('takes a name right after the verb as its subject even when a quoted name and a leader follow («هاجمت X «Y» بقيادة Z»)', () => {
    const text = 'هاجمت فرنسا «المجلس العسكري» بقيادة الجنرال عبد الرحمن تياني، داعية إلى الإفراج عن الرئيس المعزول.';
    const { events } = run(text, {
      actors: [['france', 'GPE', null], ['junta', 'ORG', null], ['tiani', 'PER', null]],
      mentions: [['france', 'فرنسا'], ['junta', 'المجلس العسكري'], ['tiani', 'عبد الرحمن تياني']],
      quotes: [{ speaker: 'france', cue: 'داعية', content: 'الإفراج عن الرئيس المعزول', act: 'demand' }],
    });
    // An attack in words by a speaker whose statement shares the sentence is a disapproval (README).
    const attack = events.find((e) => slice(text, e.trigger) === 'هاجمت');
    expect(attack?.type).toBe('ACCUSE');
    expect(attack?.source).toEqual(['france']);
    expect(attack?.target[0]).toBe('junta');
  });

  it('takes a name written right before a verb as its subject (SVO) and the name after it as the object', () => {
    const text = 'وأعلن المتحدث أن بلاده تدعم حكومة الوحدة الوطنية في طرابلس.';
    const { events } = run(text, {
      actors: [['usa', 'GPE', null], ['gnu', 'ORG', null]],
      mentions: [['usa', 'بلاده'], ['gnu', 'حكومة الوحدة الوطنية']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([['SUPPORT', 'تدعم', ['usa'], ['gnu']]]);
  });

  it('reads a masdar\'s possessive pronoun as its agent, and rejecting another party\'s act (not a proposal) as disapproval', () => {
    const text = 'فيما تتفق مصر مع السودان برفضها التدخل الإثيوبي في الإقليم. ورفضت إثيوبيا المبادرة المصرية.';
    const { events } = run(text, {
      actors: [['egypt', 'GPE', null], ['sudan', 'GPE', null], ['ethiopia', 'GPE', null]],
      mentions: [['egypt', 'مصر'], ['sudan', 'السودان'], ['ethiopia', 'الإثيوبي'], ['ethiopia', 'إثيوبيا'], ['egypt', 'المصرية']],
    });
    // The pronoun of «برفضها» resumes the clause's subject, past the verb «تتفق».
    const disapproval = events.find((e) => slice(text, e.trigger) === 'رفضها');
    expect([disapproval?.type, disapproval?.mode]).toEqual(['ACCUSE', 'disapprove']);
    expect(disapproval?.source).toEqual(['egypt']);
    expect(disapproval?.target).toEqual(['ethiopia']);
    const reject = events.find((e) => slice(text, e.trigger) === 'رفضت');
    expect([reject?.type, reject?.source, reject?.target]).toEqual(['REJECT', ['ethiopia'], ['egypt']]);
  });

  it('reads a verb form with a preposition proclitic as a masdar: what a call asks for («لطرد») is no event', () => {
    const text = 'ودعا زيلينسكي الجيش الأوكراني إلى حمل السلاح لطرد "المحتل الروسي".';
    const { events } = run(text, {
      actors: [['zelensky', 'PER', null], ['ukraine_army', 'ORG', null], ['russia', 'GPE', null]],
      mentions: [['zelensky', 'زيلينسكي'], ['ukraine_army', 'الجيش الأوكراني'], ['russia', 'الروسي']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([
      ['REQUEST', 'دعا', ['zelensky'], ['ukraine_army']],
    ]);
  });

  it('does not code the bare object of a verb of discussion as an event of its own', () => {
    const text = 'وبحث رئيس الوزراء مع رئيسة المفوضية الأوروبية أورسولا فون دير لاين، استعدادها لتقديم قرض جديد.';
    const { events } = run(text, {
      actors: [['pm', 'PER', null], ['eu_commission', 'ORG', null], ['von_der_leyen', 'PER', 'eu_commission']],
      mentions: [['pm', 'رئيس الوزراء'], ['eu_commission', 'المفوضية الأوروبية'], ['von_der_leyen', 'أورسولا فون دير لاين']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger)])).toEqual([['CONSULT', 'بحث']]);
  });

  it('follows verb frames: «طلب من» names the one asked, «بحث عن» (search) is no talk, «علق على» (comment) no suspension', () => {
    const text = 'وطلبت واشنطن من الحكومة العراقية حماية السفارة. ويبحث الجيش اللبناني عن المفقودين تحت الأنقاض. وعلق الوزير الإيطالي على القرار.';
    const { events } = run(text, {
      actors: [['usa', 'GPE', null], ['iraq', 'GPE', null], ['lebanon_army', 'ORG', null], ['italy', 'GPE', null]],
      mentions: [['usa', 'واشنطن'], ['iraq', 'الحكومة العراقية'], ['lebanon_army', 'الجيش اللبناني'], ['italy', 'الإيطالي']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([
      ['REQUEST', 'طلبت', ['usa'], ['iraq']],
    ]);
  });

  it('does not code what a promise or a warning is about, and codes a future suspension as a threat', () => {
    const text = 'وتعهد وزير الخارجية الأمريكي بمواصلة بلاده دعم الحكومة العراقية. '
      + 'ووجه الرئيس التركي تحذيرا إلى المسلحين الأكراد من مغبة أي محاولة لاستهداف القوات التركية. '
      + 'وأكد المتحدث أن الحكومة ستعلق مشاركتها في المفاوضات.';
    const { events } = run(text, {
      actors: [['blinken', 'PER', 'usa'], ['usa', 'GPE', null], ['iraq', 'GPE', null], ['erdogan', 'PER', 'turkey'], ['turkey', 'GPE', null],
        ['kurdish_militants', 'ORG', null], ['turkey_forces', 'ORG', 'turkey'], ['gov', 'ORG', null]],
      // Nominal mentions of the two officials («الوزير التركي» is one mention, README).
      mentions: [['blinken', 'وزير الخارجية الأمريكي'], ['usa', 'بلاده'], ['iraq', 'الحكومة العراقية'], ['erdogan', 'الرئيس التركي'],
        ['kurdish_militants', 'المسلحين الأكراد'], ['turkey_forces', 'القوات التركية'], ['gov', 'الحكومة', 1]],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger)])).toEqual([
      ['AGREE', 'تعهد'],
      ['THREATEN', 'تحذيرا'],
      ['THREATEN', 'ستعلق'],
    ]);
    expect(events[1]!.target).toEqual(['kurdish_militants']);
    expect(events[2]!.source).toEqual(['gov']);
  });

  it('codes talks a future verb governs as AGREE (a promise of talks), and undiacritised «يعد» as no promise', () => {
    const text = 'وقالت الخارجية إن الوزير سيجري محادثات مع نظيره الفرنسي في باريس. ويعد الاتفاق خطوة مهمة نحو السلام.';
    const { events } = run(text, {
      actors: [['minister', 'PER', null], ['france', 'GPE', null]],
      mentions: [['minister', 'الوزير'], ['france', 'الفرنسي']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([
      ['AGREE', 'محادثات', ['minister'], ['france']],
    ]);
  });

  it('gives a masdar after a control verb («نجحت … في طرد») that verb\'s subject as agent and the noun after it as target', () => {
    const text = 'ونجحت القوات العراقية في طرد مسلحي داعش من الموصل. وتمكن الجيش السوري، من طرد فصائل المعارضة من حلب.';
    const { events } = run(text, {
      actors: [['iraq_forces', 'ORG', null], ['isis', 'ORG', null], ['syria_army', 'ORG', null], ['opposition', 'ORG', null]],
      mentions: [['iraq_forces', 'القوات العراقية'], ['isis', 'داعش'], ['syria_army', 'الجيش السوري'], ['opposition', 'فصائل المعارضة']],
    });
    // «طرد» after a separate preposition is the masdar, not the perfect verb «طَرَدَ».
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([
      ['ASSAULT', 'طرد', ['iraq_forces'], ['isis']],
      ['ASSAULT', 'طرد', ['syria_army'], ['opposition']],
    ]);
  });

  it('codes an announced masdar with no other agent as the speaker\'s act («أعلنت موسكو عن تعاونها مع أنقرة»)', () => {
    const text = 'أعلنت موسكو، اليوم، عن تعاونها مع أنقرة لتنسيق هدنة في سوريا.';
    const { events } = run(text, {
      actors: [['russia', 'GPE', null], ['turkey', 'GPE', null]],
      mentions: [['russia', 'موسكو'], ['turkey', 'أنقرة']],
      quotes: [{ speaker: 'russia', cue: 'أعلنت', content: 'تعاونها مع أنقرة لتنسيق هدنة في سوريا', act: 'announcement' }],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([
      ['SUPPORT', 'تعاونها', ['russia'], ['turkey']],
    ]);
  });

  it('gives a statement the actor its cue names with «عن» as target, and a masdar no genitive agent past a «لـ» phrase', () => {
    const text = 'وقال عن بوتين "هذا الرجل لا يفهم إلا لغة القوة". وأعرب الوزير عن قلقه لصمت مجلس الأمن إزاء ما يحدث في المدينة.';
    const { events } = run(text, {
      actors: [['biden', 'PER', null], ['putin', 'PER', null], ['minister', 'PER', null], ['unsc', 'ORG', null]],
      mentions: [['putin', 'بوتين'], ['minister', 'الوزير'], ['unsc', 'مجلس الأمن']],
      quotes: [
        { speaker: 'biden', cue: 'قال', content: 'هذا الرجل لا يفهم إلا لغة القوة', act: 'condemnation' },
        { speaker: 'minister', cue: 'أعرب', content: 'قلقه لصمت مجلس الأمن إزاء ما يحدث في المدينة', act: 'condemnation' },
      ],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([
      ['ACCUSE', 'قال', ['biden'], ['putin']],
      ['ACCUSE', 'قلقه', ['minister'], ['unsc']],
    ]);
  });

  it('gives a masdar joined by «و» to a list the standing of its head (aim or topic)', () => {
    const text = 'ووقع الجانبان مذكرة تفاهم لإعادة ترتيب صفوف الجيش وتدريبه. وبحث الوزير تعزيز التعاون في مجالات الأمن والطاقة والتدريب.';
    const { events } = run(text, {
      actors: [['sides', 'ORG', null], ['army', 'ORG', null], ['minister', 'PER', null]],
      mentions: [['sides', 'الجانبان'], ['army', 'الجيش'], ['minister', 'الوزير']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger)])).toEqual([['SUPPORT', 'وقع'], ['CONSULT', 'بحث']]);
  });

  it('codes talks or acceptance a speaker negates in a statement as his refusal (REJECT), not a third party\'s negated readiness', () => {
    const text = 'وأعلن نتنياهو أنه لا مفاوضات مع حركة حماس قبل إطلاق الرهائن. وقال الوزير: "لا يمكن أن نقبل بهذه الشروط". '
      + 'وقال لافروف إن كييف لم تكن مستعدة للتفاوض.';
    const { events } = run(text, {
      actors: [['netanyahu', 'PER', null], ['hamas', 'ORG', null], ['minister', 'PER', null], ['lavrov', 'PER', null], ['ukraine', 'GPE', null]],
      mentions: [['netanyahu', 'نتنياهو'], ['hamas', 'حركة حماس'], ['minister', 'الوزير'], ['lavrov', 'لافروف'], ['ukraine', 'كييف']],
      quotes: [
        { speaker: 'netanyahu', cue: 'أعلن', content: 'لا مفاوضات مع حركة حماس قبل إطلاق الرهائن', act: 'announcement' },
        { speaker: 'minister', cue: 'قال', content: 'لا يمكن أن نقبل بهذه الشروط', act: 'claim' },
        { speaker: 'lavrov', cue: 'قال', content: 'كييف لم تكن مستعدة للتفاوض', act: 'claim' },
      ],
    });
    expect(events.map((e) => [e.type, e.mode, slice(text, e.trigger), e.source, e.target])).toEqual([
      ['REJECT', 'meet', 'مفاوضات', ['netanyahu'], ['hamas']],
      ['REJECT', null, 'نقبل', ['minister'], []],
    ]);
  });

  it('looks for a call\'s recipient to the end of its clause («طالب في تصريحات … بقطع المساعدات لحفتر»)', () => {
    const text = 'وطالب الوزير في تصريحات نقلتها وسائل إعلام محلية أمس بوقف جميع شحنات الأسلحة المرسلة إلى قوات الدعم السريع.';
    const { events } = run(text, {
      actors: [['minister', 'PER', null], ['rsf', 'ORG', null]],
      mentions: [['minister', 'الوزير'], ['rsf', 'قوات الدعم السريع']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([
      ['REQUEST', 'طالب', ['minister'], ['rsf']],
    ]);
  });

  it('gives an act in reported words opened by a pronoun subject («أنها توفر …») to the speaker, past a short quoted phrase', () => {
    const text = 'وأوضحت وزارة الدفاع الأمريكية أنها توفر «دورات تدريبية متقدمة» لقوات الجيش الأوكراني منذ العام الماضي.';
    const { events } = run(text, {
      actors: [['us_mod', 'ORG', null], ['ukraine_army', 'ORG', null]],
      mentions: [['us_mod', 'وزارة الدفاع الأمريكية'], ['ukraine_army', 'قوات الجيش الأوكراني']],
      quotes: [{ speaker: 'us_mod', cue: 'أوضحت', content: 'توفر «دورات تدريبية متقدمة» لقوات الجيش الأوكراني منذ العام الماضي', act: 'claim' }],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([
      ['AID', 'دورات تدريبية', ['us_mod'], ['ukraine_army']],
    ]);
  });

  it('targets the agent of an accusing or demanding masdar in a statement, skips negated objects, and reads «وقف» as support only «إلى جانب»', () => {
    const text = 'وشدد الوزير على ما تمثله الممارسات الإيرانية من انتهاكات واضحة لقرارات مجلس الأمن. '
      + 'وقال الرئيس: "سنقف إلى جانب الشعب الأوكراني وليس المعتدين الروس". ودعا البرلمان إلى وقف القتال فورا.';
    const { events } = run(text, {
      actors: [['minister', 'PER', null], ['iran', 'GPE', null], ['unsc', 'ORG', null], ['president', 'PER', null],
        ['ukrainians', 'GPE', null], ['russia', 'GPE', null], ['parliament', 'ORG', null]],
      mentions: [['minister', 'الوزير'], ['iran', 'الإيرانية'], ['unsc', 'مجلس الأمن'], ['president', 'الرئيس'],
        ['russia', 'الروس'], ['parliament', 'البرلمان']],
      quotes: [
        { speaker: 'minister', cue: 'شدد', content: 'ما تمثله الممارسات الإيرانية من انتهاكات واضحة لقرارات مجلس الأمن', act: 'accusation' },
        { speaker: 'president', cue: 'قال', content: 'سنقف إلى جانب الشعب الأوكراني وليس المعتدين الروس', act: 'promise' },
      ],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source, e.target])).toEqual([
      ['ACCUSE', 'انتهاكات', ['minister'], ['iran']],
      ['AGREE', 'سنقف', ['president'], []],
      ['REQUEST', 'دعا', ['parliament'], []],
    ]);
  });

  it('takes a person\'s affiliation only from the role phrase labelled on him, not from a name before him in another phrase', () => {
    const text = 'واستقبلت روسيا أحمد معيتيق في موسكو. وانتقد معيتيق التصعيد العسكري. وندد وزير الخارجية المصري سامح شكري بالتصعيد.';
    const { events } = run(text, {
      actors: [['russia', 'GPE', null], ['maiteeq', 'PER', null], ['egypt', 'GPE', null], ['shoukry', 'PER', null]],
      mentions: [['russia', 'روسيا'], ['maiteeq', 'أحمد معيتيق'], ['maiteeq', 'معيتيق', 1], ['egypt', 'المصري'],
        ['shoukry', 'سامح شكري', 0, 'وزير الخارجية المصري']],
    });
    expect(events.filter((e) => e.type === 'ACCUSE').map((e) => [slice(text, e.trigger), e.source])).toEqual([
      ['انتقد', ['maiteeq']],
      ['ندد', ['shoukry', 'egypt']],
    ]);
  });

  it('reads a circumstantial participle («متهماً») as sharing its clause\'s subject, the noun after it being its object', () => {
    const text = 'وأكد بلينكن دعم بلاده للحل السياسي، متهماً الحكومة الفنزويلية بعرقلة المفاوضات.';
    const { events } = run(text, {
      actors: [['blinken', 'PER', null], ['usa', 'GPE', null], ['venezuela', 'GPE', null]],
      mentions: [['blinken', 'بلينكن'], ['usa', 'بلاده'], ['venezuela', 'الحكومة الفنزويلية']],
      quotes: [{ speaker: 'blinken', cue: 'متهماً', content: 'الحكومة الفنزويلية بعرقلة المفاوضات', act: 'accusation' }],
    });
    const accuse = events.find((e) => e.type === 'ACCUSE');
    expect([slice(text, accuse?.trigger ?? null), accuse?.source, accuse?.target]).toEqual(['متهماً', ['blinken'], ['venezuela']]);
  });

});

describe('evaluations of a party\'s position (triggers.tsv roles evaluative)', () => {
  it('codes «تبنت مواقف إيجابية» in a statement as the speaker\'s SUPPORT of the party evaluated', () => {
    const { events, text } = run('وأكد المتحدث أن الحكومة المصرية تبنت مواقف إيجابية حيال المسار السياسي.', {
      actors: [['spokesman', 'PER', null], ['egypt', 'GPE', null]],
      mentions: [['spokesman', 'المتحدث'], ['egypt', 'الحكومة المصرية']],
      quotes: [{ speaker: 'spokesman', cue: 'أكد', content: 'الحكومة المصرية تبنت مواقف إيجابية حيال المسار السياسي', act: 'praise' }],
    });
    const support = events.filter((e) => e.type === 'SUPPORT');
    expect(support.map((e) => slice(text, e.trigger))).toEqual(['مواقف إيجابية']);
    expect(support[0]!.source).toEqual(['spokesman']);
    expect(support[0]!.target).toEqual(['egypt']);
  });

  it('codes no event for an evaluation the outlet itself writes, outside any statement', () => {
    const { events } = run('وتبنت الحكومة المصرية مواقف إيجابية حيال المسار السياسي منذ العام الماضي.', {
      actors: [['egypt', 'GPE', null]],
      mentions: [['egypt', 'الحكومة المصرية']],
    });
    expect(events).toEqual([]);
  });
});

describe('crimes a speaker imputes (triggers.tsv evaluative ACCUSE)', () => {
  it('codes «مجازر» with its genitive agent as the speaker\'s ACCUSE of that agent', () => {
    const { events, text } = run('وقال الوزير إن المجتمع الدولي يصمت على مجازر قوات حفتر في ترهونة.', {
      actors: [['minister', 'PER', null], ['international_community', 'ORG', null], ['lna', 'ORG', null]],
      mentions: [['minister', 'الوزير'], ['international_community', 'المجتمع الدولي'], ['lna', 'قوات حفتر']],
      quotes: [{ speaker: 'minister', cue: 'قال', content: 'المجتمع الدولي يصمت على مجازر قوات حفتر في ترهونة', act: 'accusation' }],
    });
    const accuse = events.filter((e) => slice(text, e.trigger) === 'مجازر');
    expect(accuse.map((e) => e.type)).toEqual(['ACCUSE']);
    expect(accuse[0]!.source).toEqual(['minister']);
    expect(accuse[0]!.target).toEqual(['lna']);
  });

  it('takes the party a possessive pronoun resumes as the accused («والتستر على جرائمه»)', () => {
    const { events, text } = run('وأضاف الوزير أن حفتر يعرقل الحل السياسي للتستر على جرائمه.', {
      actors: [['minister', 'PER', null], ['haftar', 'PER', null]],
      mentions: [['minister', 'الوزير'], ['haftar', 'حفتر']],
      quotes: [{ speaker: 'minister', cue: 'أضاف', content: 'حفتر يعرقل الحل السياسي للتستر على جرائمه', act: 'accusation' }],
    });
    const accuse = events.filter((e) => slice(text, e.trigger) === 'جرائمه');
    expect(accuse.map((e) => e.type)).toEqual(['ACCUSE']);
    expect(accuse[0]!.target).toEqual(['haftar']);
  });

  it('codes no event for crimes a demonstrative refers back to («على هذه الجرائم») nor for crimes the outlet reports', () => {
    const { events } = run('وأعرب الوزير عن ثقته في أن الحكومة ستلاحقه على هذه الجرائم. ووقعت جرائم كثيرة في المدينة.', {
      actors: [['minister', 'PER', null], ['gna', 'ORG', null]],
      mentions: [['minister', 'الوزير'], ['gna', 'الحكومة']],
      quotes: [{ speaker: 'minister', cue: 'أعرب', content: 'ثقته في أن الحكومة ستلاحقه على هذه الجرائم', act: 'claim' }],
    });
    expect(events.filter((e) => e.type === 'ACCUSE')).toEqual([]);
  });
});

describe('one accusation per statement unless it names another party', () => {
  it('codes «قلقه … في انتهاك لحظر الأسلحة» as one ACCUSE', () => {
    const { events, text } = run('وأعرب الأمين العام عن قلقه الشديد من التدخل الخارجي المباشر في انتهاك لحظر الأسلحة.', {
      actors: [['guterres', 'PER', null]],
      mentions: [['guterres', 'الأمين العام']],
      quotes: [{ speaker: 'guterres', cue: 'أعرب', content: 'قلقه الشديد من التدخل الخارجي المباشر في انتهاك لحظر الأسلحة', act: 'condemnation' }],
    });
    const accuse = events.filter((e) => e.type === 'ACCUSE');
    expect(accuse.map((e) => slice(text, e.trigger))).toEqual(['قلقه']);
  });
});

describe('existential «هناك» in a statement', () => {
  it('does not make «كانت هناك دعوة» the speaker\'s own call, while «ضرورة» stays one', () => {
    const { events, text } = run('وقال المتحدث: "في المؤتمر كانت هناك دعوة لوقف إطلاق النار، ونؤكد ضرورة انسحاب المرتزقة".', {
      actors: [['spokesman', 'PER', null]],
      mentions: [['spokesman', 'المتحدث']],
      quotes: [{ speaker: 'spokesman', cue: 'قال', content: 'في المؤتمر كانت هناك دعوة لوقف إطلاق النار، ونؤكد ضرورة انسحاب المرتزقة', act: 'demand' }],
    });
    const requests = events.filter((e) => e.type === 'REQUEST');
    expect(requests.map((e) => slice(text, e.trigger))).toEqual(['ضرورة']);
  });
});

describe('a leader\'s call on his own forces to attack a party', () => {
  it('codes «دعا حفتر قواته إلى … لطرد القوات التركية» as a REQUEST and a THREATEN/violence against the party', () => {
    const { events, text } = run('ودعا حفتر قواته إلى حمل السلاح لطرد القوات التركية من البلاد.', {
      actors: [['haftar', 'PER', null], ['lna', 'ORG', null], ['turkey_forces', 'ORG', null]],
      mentions: [['haftar', 'حفتر'], ['lna', 'قواته'], ['turkey_forces', 'القوات التركية']],
    });
    expect(events.map((e) => [e.type, e.mode, slice(text, e.trigger)])).toEqual([
      ['REQUEST', null, 'دعا'], ['THREATEN', 'violence', 'دعا'],
    ]);
    expect(events[1]!.source).toEqual(['haftar']);
    expect(events[1]!.target).toEqual(['turkey_forces']);
  });

  it('codes a third party\'s call to expel forces as a REQUEST only', () => {
    const { events } = run('ودعت الأمم المتحدة الأطراف إلى طرد المرتزقة الأجانب من البلاد.', {
      actors: [['un', 'ORG', null], ['mercenaries', 'ORG', null]],
      mentions: [['un', 'الأمم المتحدة'], ['mercenaries', 'المرتزقة الأجانب']],
    });
    expect(events.map((e) => e.type)).toEqual(['REQUEST']);
  });
});

describe('visits to one\'s own state\'s organs', () => {
  it('codes no event for a delegation visiting its own embassy, and still codes its meeting with the hosts', () => {
    const { events, text } = run('وسيلتقي الوفد المصري المجلس الرئاسي، وسيزور مقر السفارة المصرية في طرابلس.', {
      actors: [['egypt_delegation', 'ORG', 'egypt'], ['egypt', 'GPE', null], ['gna_pc', 'ORG', null], ['egypt_embassy', 'ORG', 'egypt']],
      mentions: [['egypt_delegation', 'الوفد المصري'], ['gna_pc', 'المجلس الرئاسي'], ['egypt_embassy', 'السفارة المصرية']],
      places: [['tripoli', 'طرابلس', 'LY']],
    });
    expect(events.map((e) => slice(text, e.trigger))).toEqual(['سيلتقي']);
    expect(events[0]!.target).toEqual(['gna_pc']);
  });
});

describe('verbs of enabling', () => {
  it('codes no concession for a ceasefire whose announcement coordination «ستتيح» (will enable)', () => {
    const { events } = run('وقال لافروف: "سنظل نعمل مع الأتراك على تنسيق المواقف التي ستتيح الإعلان فوراً عن وقف إطلاق النار".', {
      actors: [['lavrov', 'PER', null], ['turkey', 'GPE', null]],
      mentions: [['lavrov', 'لافروف'], ['turkey', 'الأتراك']],
      quotes: [{ speaker: 'lavrov', cue: 'قال', content: 'سنظل نعمل مع الأتراك على تنسيق المواقف التي ستتيح الإعلان فوراً عن وقف إطلاق النار', act: 'promise' }],
    });
    expect(events.filter((e) => e.type === 'CONCEDE')).toEqual([]);
  });
});

describe('a verb describing an indefinite collective noun (data/events/collectives.tsv)', () => {
  const spec = {
    actors: [['haftar', 'PER', null], ['france', 'GPE', null], ['egypt', 'GPE', null]] as [string, 'PER' | 'GPE', null][],
  };

  it('takes the states listed after «مثل» as sources and the name after the verb as target («دول تدعم حفتر مثل فرنسا ومصر»)', () => {
    const { events, text } = run('وسئل عن موقف بلاده تجاه دول تدعم حفتر مثل فرنسا ومصر، فقال إن الحل سياسي.', {
      actors: spec.actors,
      mentions: [['haftar', 'حفتر'], ['france', 'فرنسا'], ['egypt', 'مصر']],
    });
    const support = events.filter((e) => slice(text, e.trigger) === 'تدعم');
    expect(support.map((e) => e.type)).toEqual(['SUPPORT']);
    expect(support[0]!.source).toEqual(['france', 'egypt']);
    expect(support[0]!.target).toEqual(['haftar']);
  });

  it('codes no event when the collective\'s members are not named («أطراف تدعم حفتر»)', () => {
    const { events, text } = run('وانتقد الوزير أطرافا تدعم حفتر في هجومه على العاصمة.', {
      actors: [['haftar', 'PER', null]],
      mentions: [['haftar', 'حفتر']],
    });
    expect(events.filter((e) => slice(text, e.trigger) === 'تدعم')).toEqual([]);
  });
});

describe('a call voiced in talks', () => {
  it('addresses a call naming no addressee to the parties the speaker\'s side is in talks with', () => {
    const { events, text } = run('وأكدت روسيا أنها تواصل اتصالاتها مع حفتر، قائلة: "نوجه إشارة واضحة بأن الخطوة الأولى هي وقف القتال".', {
      actors: [['russia', 'GPE', null], ['haftar', 'PER', null]],
      mentions: [['russia', 'روسيا'], ['haftar', 'حفتر']],
      quotes: [
        { speaker: 'russia', cue: 'أكدت', content: 'تواصل اتصالاتها مع حفتر', act: 'claim' },
        { speaker: 'russia', cue: 'قائلة', content: 'نوجه إشارة واضحة بأن الخطوة الأولى هي وقف القتال', act: 'demand' },
      ],
    });
    const call = events.filter((e) => e.type === 'REQUEST');
    expect(call.map((e) => slice(text, e.trigger))).toEqual(['قائلة']);
    expect(call[0]!.target).toEqual(['haftar']);
  });
});
