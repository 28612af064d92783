import { describe, expect, it } from 'vitest';
import { run, slice } from './testing.js';

describe('events stage', () => {
  it('codes a VSO call as REQUEST with its subject as source and the actor after the preposition as target', () => {
    const { events, text } = run('ودعت روسيا حكومة الوفاق إلى الحوار.', {
      actors: [['russia', 'GPE', null], ['gna', 'ORG', null]],
      mentions: [['russia', 'روسيا'], ['gna', 'حكومة الوفاق']],
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.type).toBe('REQUEST');
    expect(slice(text, events[0]!.trigger)).toBe('دعت');
    expect(events[0]!.source).toEqual(['russia']);
    expect(events[0]!.target).toEqual(['gna']);
  });

  it('does not code what a demand asks for: «طالب بقطع المساعدات» is a REQUEST, not a SANCTION or AID', () => {
    const { events, text } = run('وطالب البرلمان الأوروبي بقطع المساعدات عن تركيا.', {
      actors: [['eu_parliament', 'ORG', null], ['turkey', 'GPE', null]],
      mentions: [['eu_parliament', 'البرلمان الأوروبي'], ['turkey', 'تركيا']],
    });
    expect(events.map((e) => e.type)).toEqual(['REQUEST']);
    expect(slice(text, events[0]!.trigger)).toBe('طالب');
  });

  it('drops negated events («لم يعقد», «لن تنسحب»)', () => {
    const { events } = run('ولم يلتقِ حفتر السراج. وقالت تركيا إنها لن تنسحب من ليبيا.', {
      actors: [['haftar', 'PER', null], ['sarraj', 'PER', null], ['turkey', 'GPE', null]],
      mentions: [['haftar', 'حفتر'], ['sarraj', 'السراج'], ['turkey', 'تركيا']],
    });
    expect(events.filter((e) => e.type === 'CONSULT' || e.type === 'RETREAT')).toEqual([]);
  });

  it('drops denied events: «تنفي موسكو … تقديم دعم عسكري» is no AID', () => {
    const { events } = run('وتنفي موسكو تقديم دعم عسكري لقوات حفتر.', {
      actors: [['russia', 'GPE', null], ['lna', 'ORG', null]],
      mentions: [['russia', 'موسكو'], ['lna', 'قوات حفتر']],
    });
    expect(events).toEqual([]);
  });

  it('drops hypothetical events in a conditional clause and keeps the threat of the main clause', () => {
    const { events, text } = run('وقال أكار إنه إذا هاجمت قوات حفتر القوات التركية، فإن أنقرة ستقصف مواقعها.', {
      actors: [['akar', 'PER', null], ['lna', 'ORG', null], ['turkey_forces', 'ORG', 'turkey'], ['turkey', 'GPE', null]],
      mentions: [['akar', 'أكار'], ['lna', 'قوات حفتر'], ['turkey_forces', 'القوات التركية'], ['turkey', 'أنقرة']],
    });
    expect(events.some((e) => e.type === 'ASSAULT')).toBe(false);
    const threat = events.find((e) => e.type === 'THREATEN');
    expect(slice(text, threat?.trigger ?? null)).toBe('ستقصف');
    expect(threat!.source).toContain('turkey');
  });

  it('gives compound actors after «بين» as co-sources of an agreement', () => {
    const { events, text } = run('وأبرم اتفاق بين الجيش الوطني وقوات الوفاق في جنيف.', {
      actors: [['lna', 'ORG', null], ['gna_forces', 'ORG', 'gna']],
      mentions: [['lna', 'الجيش الوطني'], ['gna_forces', 'قوات الوفاق']],
      places: [['geneva', 'جنيف']],
    });
    const e = events.find((x) => x.type === 'SUPPORT');
    expect(slice(text, e?.trigger ?? null)).toBe('أبرم');
    expect(e!.source).toEqual(expect.arrayContaining(['lna', 'gna_forces']));
    expect(e!.target).toEqual([]);
    expect(e!.place).toBe('geneva');
  });

  it('reads casualty counts in digits and in words', () => {
    const a = run('وشنت قوات حفتر غارة جوية على ترهونة أسفرت عن مقتل 7 مدنيين وإصابة مدنيين اثنين.', {
      actors: [['lna', 'ORG', null]],
      mentions: [['lna', 'قوات حفتر']],
    });
    const e = a.events.find((x) => x.type === 'ASSAULT');
    expect(slice(a.text, e?.trigger ?? null)).toBe('غارة جوية');
    expect(e!.mode).toBe('aerial');
    expect(e!.source).toEqual(['lna']);
    expect([e!.dead, e!.injured]).toEqual([7, 2]);
    const b = run('وقصفت قوات حفتر حي أبو سليم ما أدى إلى سقوط ثلاثة قتلى.', {
      actors: [['lna', 'ORG', null]],
      mentions: [['lna', 'قوات حفتر']],
    });
    expect(b.events.find((x) => x.type === 'ASSAULT')!.dead).toBe(3);
  });

  it('links a statement to its quote with spokesperson and body as sources, and the announced withdrawal is CONCEDE', () => {
    const text = 'وأعلن الناطق باسم قوات حفتر أحمد المسماري اليوم الخميس انسحاب وحداته من محيط طرابلس.';
    const { events } = run(text, {
      actors: [['mismari', 'PER', null], ['lna', 'ORG', null]],
      mentions: [['lna', 'قوات حفتر'], ['mismari', 'أحمد المسماري', 0, 'الناطق باسم قوات حفتر']],
      quotes: [{ speaker: 'mismari', cue: 'أعلن', content: 'انسحاب وحداته من محيط طرابلس', act: 'announcement' }],
      places: [['tripoli', 'طرابلس']],
      times: ['اليوم الخميس'],
    });
    const e = events.find((x) => x.type === 'CONCEDE');
    expect(e).toBeDefined();
    expect(slice(text, e!.trigger)).toBe('انسحاب');
    expect(e!.source).toEqual(expect.arrayContaining(['mismari', 'lna']));
    expect(slice(text, e!.when)).toBe('اليوم الخميس');
    expect(e!.place).toBe('tripoli');
  });

  it('codes an accusation quote as ACCUSE linked to the quote, the accused as target', () => {
    const text = 'واتهم وزير الخارجية الروسي سيرغي لافروف حكومة الوفاق بعرقلة الحل السياسي.';
    const { events } = run(text, {
      actors: [['lavrov', 'PER', null], ['russia', 'GPE', null], ['gna', 'ORG', null]],
      mentions: [['russia', 'الروسي'], ['lavrov', 'سيرغي لافروف', 0, 'وزير الخارجية الروسي'], ['gna', 'حكومة الوفاق']],
      quotes: [{ speaker: 'lavrov', cue: 'اتهم', content: 'حكومة الوفاق بعرقلة الحل السياسي', act: 'accusation' }],
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.type).toBe('ACCUSE');
    expect(events[0]!.mode).toBe('allege');
    expect(slice(text, events[0]!.trigger)).toBe('اتهم');
    expect(events[0]!.source).toEqual(['lavrov', 'russia']);
    expect(events[0]!.target).toEqual(['gna']);
    expect(events[0]!.quote).toBe(0);
  });

  it('codes a visit as CONSULT with the visitor as source and the host as target, and a future meeting as AGREE', () => {
    const text = 'وزار وزير الدفاع الإيطالي أنقرة الثلاثاء. وسيلتقي الوفد المصري المجلس الرئاسي.';
    const { events } = run(text, {
      actors: [['guerini', 'PER', null], ['turkey', 'GPE', null], ['egypt_delegation', 'ORG', 'egypt'], ['pc', 'ORG', 'gna']],
      mentions: [['guerini', 'وزير الدفاع الإيطالي'], ['turkey', 'أنقرة'], ['egypt_delegation', 'الوفد المصري'], ['pc', 'المجلس الرئاسي']],
      times: ['الثلاثاء'],
    });
    const visit = events.find((e) => e.type === 'CONSULT');
    expect(visit?.mode).toBe('visit');
    expect(slice(text, visit!.trigger)).toBe('زار');
    expect(visit!.source).toEqual(['guerini']);
    expect(visit!.target).toEqual(['turkey']);
    expect(slice(text, visit!.when)).toBe('الثلاثاء');
    const promise = events.find((e) => e.type === 'AGREE');
    expect(slice(text, promise?.trigger ?? null)).toBe('سيلتقي');
    expect(promise!.source).toEqual(['egypt_delegation', 'egypt']);
    expect(promise!.target).toEqual(['pc']);
  });

  it('takes the person named after a role phrase as the subject, with the role phrase\'s actors as affiliations', () => {
    const text = 'وبحث رئيس هيئة الأركان التركية يشار غولر، مع نظيره الروسي فاليري غيراسيموف الأوضاع في إدلب.';
    const { events } = run(text, {
      actors: [['turkey', 'GPE', null], ['yasar_guler', 'PER', null], ['russia', 'GPE', null], ['valery_gerasimov', 'PER', null]],
      mentions: [['turkey', 'التركية'], ['yasar_guler', 'يشار غولر', 0, 'رئيس هيئة الأركان التركية'], ['russia', 'الروسي'],
        ['valery_gerasimov', 'فاليري غيراسيموف', 0, 'نظيره الروسي']],
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.type).toBe('CONSULT');
    expect(slice(text, events[0]!.trigger)).toBe('بحث');
    expect(events[0]!.source).toEqual(['yasar_guler', 'turkey']);
    // The target is the counterpart with the state of his role phrase (compound recipient).
    expect(events[0]!.target).toEqual(['russia', 'valery_gerasimov']);
  });

  it('takes the host of a visit from the capital visited, and never targets the source\'s own body', () => {
    const text = 'ووصل وزير الخارجية المصري سامح شكري إلى الخرطوم صباح الأحد. ودعا الأمين العام لمنظمة الأمم المتحدة أنطونيو غوتيريس إلى وقف القتال.';
    const { events } = run(text, {
      actors: [['egypt', 'GPE', null], ['sameh_shoukry', 'PER', null], ['sudan', 'GPE', null], ['un', 'ORG', null], ['antonio_guterres', 'PER', null]],
      mentions: [['egypt', 'المصري'], ['sameh_shoukry', 'سامح شكري', 0, 'وزير الخارجية المصري'], ['un', 'الأمم المتحدة'],
        ['antonio_guterres', 'أنطونيو غوتيريس', 0, 'الأمين العام لمنظمة الأمم المتحدة']],
      places: [['khartoum', 'الخرطوم', 'SD']],
    });
    const visit = events.find((e) => e.type === 'CONSULT');
    expect(slice(text, visit?.trigger ?? null)).toBe('وصل');
    expect(visit!.mode).toBe('visit');
    expect(visit!.source).toEqual(['sameh_shoukry', 'egypt']);
    expect(visit!.target).toEqual(['sudan']);
    const call = events.find((e) => e.type === 'REQUEST');
    expect(slice(text, call?.trigger ?? null)).toBe('دعا');
    expect(call!.source).toEqual(['antonio_guterres', 'un']);
    expect(call!.target).toEqual([]);
  });

  it('codes a declared ceasefire as CONCEDE but not a ceasefire named as a topic, and «تحقيق» only as an inquiry', () => {
    const text = 'وأعلن الجيش السوداني وقف إطلاق النار لمدة ثلاثة أيام. وبحثت مصر مع السودان سبل تثبيت وقف إطلاق النار. '
      + 'وقال الوزير إن الحكومة حققت تقدما كبيرا. وفتحت النيابة العامة تحقيقا في مقتل المتظاهرين.';
    const { events } = run(text, {
      actors: [['sudan_army', 'ORG', 'sudan'], ['egypt', 'GPE', null], ['sudan', 'GPE', null], ['prosecutor', 'ORG', null]],
      mentions: [['sudan_army', 'الجيش السوداني'], ['egypt', 'مصر'], ['sudan', 'السودان', 1], ['prosecutor', 'النيابة العامة']],
    });
    const concede = events.filter((e) => e.type === 'CONCEDE');
    expect(concede).toHaveLength(1);
    expect(slice(text, concede[0]!.trigger)).toBe('وقف إطلاق النار');
    expect(concede[0]!.source).toEqual(['sudan_army', 'sudan']);
    const inquiry = events.filter((e) => e.type === 'ACCUSE');
    expect(inquiry).toHaveLength(1);
    expect(inquiry[0]!.mode).toBe('investigate');
    expect(slice(text, inquiry[0]!.trigger)).toBe('تحقيقا في');
    expect(inquiry[0]!.source).toEqual(['prosecutor']);
  });

  it('keeps the accusation a denial answers, and codes pressure as REQUEST and diplomatic measures as SANCTION', () => {
    const text = 'ونفت تركيا اتهامات يونانية لأنقرة بإرسال مرتزقة. وتمارس واشنطن ضغوطا على الطرفين. وقررت الجزائر استدعاء السفير الفرنسي.';
    const { events } = run(text, {
      actors: [['turkey', 'GPE', null], ['greece', 'GPE', null], ['usa', 'GPE', null], ['algeria', 'GPE', null], ['france', 'GPE', null]],
      mentions: [['turkey', 'تركيا'], ['greece', 'يونانية'], ['turkey', 'أنقرة'], ['usa', 'واشنطن'], ['algeria', 'الجزائر'], ['france', 'الفرنسي']],
    });
    const accuse = events.find((e) => e.type === 'ACCUSE');
    expect(slice(text, accuse?.trigger ?? null)).toBe('اتهامات');
    expect(accuse!.source).toEqual(['greece']);
    expect(accuse!.target).toEqual(['turkey']);
    expect(events.some((e) => e.type === 'AID')).toBe(false);
    const pressure = events.find((e) => e.type === 'REQUEST');
    expect(slice(text, pressure?.trigger ?? null)).toBe('ضغوطا');
    expect(pressure!.source).toEqual(['usa']);
    const sanction = events.find((e) => e.type === 'SANCTION');
    expect(slice(text, sanction?.trigger ?? null)).toBe('استدعاء السفير');
    expect(sanction!.source).toEqual(['algeria']);
    expect(sanction!.target).toEqual(['france']);
  });
  it('does not code a masdar named as a topic or an aim unless its own agent is written with it, nor an aspect\'s genitive at all', () => {
    const text = 'وبحث وزير الخارجية الجزائري مع نظيره التونسي سبل تعزيز التعاون ونتائج المفاوضات حول الاجتماع المقبل. '
      + 'وأبدت الحكومة السودانية استعدادها لتوقيع اتفاق سلام. وأشاد الاتحاد الأفريقي بنتائج اجتماعات اللجنة العسكرية المشتركة.';
    const { events } = run(text, {
      actors: [['algeria', 'GPE', null], ['tunisia', 'GPE', null], ['sudan', 'GPE', null], ['au', 'ORG', null], ['jmc', 'ORG', null]],
      mentions: [['algeria', 'وزير الخارجية الجزائري'], ['tunisia', 'نظيره التونسي'], ['sudan', 'الحكومة السودانية'],
        ['au', 'الاتحاد الأفريقي'], ['jmc', 'اللجنة العسكرية المشتركة']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger)])).toEqual([
      ['CONSULT', 'بحث'], ['AGREE', 'استعدادها'], ['SUPPORT', 'أشاد'],
    ]);
    expect(events[0]!.source).toEqual(['algeria']);
    expect(events[0]!.target).toEqual(['tunisia']);
    expect(events[2]!.source).toEqual(['au']);
  });

  it('codes coordinated masdars of one category once, and an attack undergone («تعرضت لهجوم») is no aim', () => {
    const text = 'واتهمت الحكومة روسيا بتجنيد وتدريب المرتزقة. وتعرض مقر البرلمان لهجوم نفذه مسلحون.';
    const { events } = run(text, {
      actors: [['gov', 'ORG', null], ['russia', 'GPE', null], ['parliament', 'ORG', null]],
      mentions: [['gov', 'الحكومة'], ['russia', 'روسيا'], ['parliament', 'البرلمان']],
    });
    const aid = events.filter((e) => e.type === 'AID');
    expect(aid.map((e) => slice(text, e.trigger))).toEqual(['تجنيد']);
    expect(aid[0]!.source).toEqual(['russia']);
    expect(events.filter((e) => e.type === 'ASSAULT').map((e) => slice(text, e.trigger))).toEqual(['هجوم']);
  });
  it('takes the agent of a masdar from its relative verb («زيارة أجراها …»), and a role phrase holds no other act', () => {
    const text = 'وجاء ذلك بعد اتصالات أجرتها جهات فرنسية مع قيادة الجيش وبعد زيارة أداها الفريق عبد الفتاح البرهان إلى القاهرة.';
    const { events } = run(text, {
      actors: [['france', 'GPE', null], ['sudan_army', 'ORG', null], ['burhan', 'PER', 'sudan_army'], ['egypt', 'GPE', null]],
      mentions: [['france', 'فرنسية'], ['sudan_army', 'الجيش'], ['burhan', 'عبد الفتاح البرهان']],
      places: [['cairo', 'القاهرة', 'EG']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger)])).toEqual([['CONSULT', 'اتصالات'], ['CONSULT', 'زيارة']]);
    expect(events[0]!.source).toEqual(['france']);
    expect(events[0]!.target).toEqual(['sudan_army']);
    expect(events[1]!.source).toEqual(['burhan', 'sudan_army']);
  });
  it('takes the target of a masdar from its pronoun object, and keeps the accusation a denial statement answers', () => {
    const text = 'ونفت أنقرة صحة اتهامات يونانية لها بانتهاك المجال الجوي. وأدانت الجامعة العربية إسرائيل بسبب هجوم عليها.';
    const { events } = run(text, {
      actors: [['turkey', 'GPE', null], ['greece', 'GPE', null], ['arab_league', 'ORG', null], ['israel', 'GPE', null]],
      mentions: [['turkey', 'أنقرة'], ['greece', 'يونانية'], ['arab_league', 'الجامعة العربية'], ['israel', 'إسرائيل']],
      quotes: [{ speaker: 'turkey', cue: 'نفت', content: 'صحة اتهامات يونانية لها بانتهاك المجال الجوي', act: 'denial' }],
    });
    const accuse = events.find((e) => e.type === 'ACCUSE' && slice(text, e.trigger) === 'اتهامات');
    expect(accuse?.source).toEqual(['greece']);
    expect(accuse?.target).toEqual(['turkey']);
    expect(accuse?.quote).toBeNull();
  });
  it('codes support delivered («قدمت دعما», training services) as AID and endorsement as SUPPORT', () => {
    const text = 'وقدمت الإمارات دعما كبيرا لقوات حفتر. وتقدم القوات التركية خدمات تدريبية لقوات الجيش الصومالي. وتدعم فرنسا الحل السياسي.';
    const { events } = run(text, {
      actors: [['uae', 'GPE', null], ['lna', 'ORG', null], ['turkey_forces', 'ORG', 'turkey'], ['somalia_army', 'ORG', null], ['france', 'GPE', null]],
      mentions: [['uae', 'الإمارات'], ['lna', 'قوات حفتر'], ['turkey_forces', 'القوات التركية'], ['somalia_army', 'قوات الجيش الصومالي'], ['france', 'فرنسا']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source[0], e.target[0] ?? null])).toEqual([
      ['AID', 'دعما', 'uae', 'lna'],
      ['AID', 'خدمات تدريبية', 'turkey_forces', 'somalia_army'],
      ['SUPPORT', 'تدعم', 'france', null],
    ]);
  });
});
