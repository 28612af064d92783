import { describe, expect, it } from 'vitest';
import { run, slice } from './testing.js';

describe('warnings as threats (quote-acts.tsv requires own-future)', () => {
  it('codes a warning in which the speaker\'s side commits to a future deed as THREATEN on the cue', () => {
    const { events, text } = run('وقال وزير الدفاع التركي إن قواتنا ستواصل ملاحقة الانقلابيين في كل مكان.', {
      actors: [['akar', 'PER', null]],
      mentions: [['akar', 'وزير الدفاع التركي']],
      quotes: [{ speaker: 'akar', cue: 'قال', content: 'قواتنا ستواصل ملاحقة الانقلابيين في كل مكان', act: 'warning' }],
    });
    const threats = events.filter((e) => e.type === 'THREATEN');
    expect(threats).toHaveLength(1);
    expect(slice(text, threats[0]!.trigger)).toBe('قال');
    expect(threats[0]!.source).toEqual(['akar']);
  });

  it('codes a first-person future warning («سنرد») as THREATEN', () => {
    const { events, text } = run('وأضاف المتحدث: "سنرد بقوة على أي اعتداء".', {
      actors: [['spokesman', 'PER', null]],
      mentions: [['spokesman', 'المتحدث']],
      quotes: [{ speaker: 'spokesman', cue: 'أضاف', content: 'سنرد بقوة على أي اعتداء', act: 'warning' }],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger)])).toEqual([['THREATEN', 'أضاف']]);
  });

  it('does not code a warning about a state of affairs («محذراً من أن الصراع دخل …») as a threat', () => {
    const { events } = run('ودعا الأمين العام إلى وقف القتال، محذراً من أن الصراع الليبي دخل مرحلة جديدة مع وصول التدخل الخارجي إلى مستويات غير مسبوقة.', {
      actors: [['guterres', 'PER', null]],
      mentions: [['guterres', 'الأمين العام']],
      quotes: [{ speaker: 'guterres', cue: 'محذراً', content: 'الصراع الليبي دخل مرحلة جديدة مع وصول التدخل الخارجي إلى مستويات غير مسبوقة', act: 'warning' }],
    });
    expect(events.filter((e) => e.type === 'THREATEN')).toEqual([]);
  });

  it('does not code what a third party will not allow as the speaker\'s threat', () => {
    const { events } = run('وذكر قالن أن حكومة السراج لن تسمح بأن يستخدم حفتر المدينة قاعدة لعملياته.', {
      actors: [['kalin', 'PER', null], ['gna', 'ORG', null], ['haftar', 'PER', null]],
      mentions: [['kalin', 'قالن'], ['gna', 'حكومة السراج'], ['haftar', 'حفتر']],
      quotes: [{ speaker: 'kalin', cue: 'ذكر', content: 'حكومة السراج لن تسمح بأن يستخدم حفتر المدينة قاعدة لعملياته', act: 'warning' }],
    });
    expect(events.filter((e) => e.type === 'THREATEN' && e.source.includes('kalin'))).toEqual([]);
  });
});

describe('statements reporting the speaker side\'s own deed', () => {
  it('does not code loaded words about the adversary in an announced attack as an accusation', () => {
    const { events, text } = run('وقال المتحدث باسم قوات الوفاق محمد قنونو: "نفذ سلاح الجو ضربات جوية استهدفت آليات لمليشيات حفتر الإرهابية".', {
      actors: [['gnounou', 'PER', null], ['gna_forces', 'ORG', 'gna'], ['gna', 'ORG', null], ['air_force', 'ORG', 'gna'], ['lna', 'ORG', null]],
      mentions: [['gnounou', 'محمد قنونو', 0, 'المتحدث باسم قوات الوفاق'], ['gna_forces', 'قوات الوفاق'], ['air_force', 'سلاح الجو'], ['lna', 'مليشيات حفتر']],
      quotes: [{ speaker: 'gnounou', cue: 'قال', content: 'نفذ سلاح الجو ضربات جوية استهدفت آليات لمليشيات حفتر الإرهابية', act: 'accusation' }],
    });
    expect(events.filter((e) => e.type === 'ACCUSE')).toEqual([]);
    expect(events.filter((e) => e.type === 'ASSAULT').map((e) => slice(text, e.trigger))).toContain('ضربات جوية');
  });

  it('still codes an accusation whose words report the adversary\'s deed', () => {
    const { events, text } = run('وقال المتحدث إن قوات حفتر هاجمت الأحياء السكنية بشكل عشوائي.', {
      actors: [['spokesman', 'PER', null], ['lna', 'ORG', null]],
      mentions: [['spokesman', 'المتحدث'], ['lna', 'قوات حفتر']],
      quotes: [{ speaker: 'spokesman', cue: 'قال', content: 'قوات حفتر هاجمت الأحياء السكنية بشكل عشوائي', act: 'accusation' }],
    });
    const accuse = events.filter((e) => e.type === 'ACCUSE');
    expect(accuse.map((e) => slice(text, e.trigger))).toEqual(['قال']);
    expect(accuse[0]!.source).toEqual(['spokesman']);
  });
});

describe('warning verbs (triggers.tsv «حذر»)', () => {
  it('codes no threat for «حذر من أن» + a state of affairs', () => {
    const { events } = run('وحذر الأمين العام من أن الصراع الليبي دخل مرحلة جديدة مع وصول التدخل الخارجي إلى مستويات غير مسبوقة.', {
      actors: [['guterres', 'PER', null]],
      mentions: [['guterres', 'الأمين العام']],
      quotes: [{ speaker: 'guterres', cue: 'حذر', content: 'الصراع الليبي دخل مرحلة جديدة مع وصول التدخل الخارجي إلى مستويات غير مسبوقة', act: 'warning' }],
    });
    expect(events.filter((e) => e.type === 'THREATEN')).toEqual([]);
  });

  it('keeps a warning that commits the speaker\'s side («حذر من أن قواته سترد») a THREATEN', () => {
    const { events, text } = run('وحذر وزير الدفاع حفتر من أن قواتنا سترد بقوة على أي اعتداء.', {
      actors: [['minister', 'PER', null], ['haftar', 'PER', null]],
      mentions: [['minister', 'وزير الدفاع'], ['haftar', 'حفتر']],
      quotes: [{ speaker: 'minister', cue: 'حذر', content: 'قواتنا سترد بقوة على أي اعتداء', act: 'warning' }],
    });
    const threats = events.filter((e) => e.type === 'THREATEN');
    expect(threats.map((e) => slice(text, e.trigger))).toEqual(['حذر']);
    expect(threats[0]!.target).toEqual(['haftar']);
  });

  it('keeps warning a party off a deed («حذر حفتر من مغبة …») a THREATEN', () => {
    const { events, text } = run('وحذر وزير الدفاع حفتر من مغبة أي محاولة لاستهداف القوات التركية.', {
      actors: [['minister', 'PER', null], ['haftar', 'PER', null]],
      mentions: [['minister', 'وزير الدفاع'], ['haftar', 'حفتر']],
      quotes: [{ speaker: 'minister', cue: 'حذر', content: 'مغبة أي محاولة لاستهداف القوات التركية', act: 'warning' }],
    });
    expect(events.filter((e) => e.type === 'THREATEN').map((e) => slice(text, e.trigger))).toEqual(['حذر']);
  });
});

describe('a leader\'s call on his forces to attack a party the outlet names in quote marks', () => {
  it('codes the THREATEN/violence against the quoted name («لطرد "المحتل التركي"»)', () => {
    const { events, text } = run('لكن البرهان دعا قواته السبت إلى حمل السلاح لطرد "المحتل الإثيوبي" من الحدود.', {
      actors: [['burhan', 'PER', null], ['saf', 'ORG', null], ['ethiopia', 'GPE', null]],
      mentions: [['burhan', 'البرهان'], ['saf', 'قواته'], ['ethiopia', 'المحتل الإثيوبي']],
      quotes: [{ speaker: 'burhan', cue: 'دعا', content: 'حمل السلاح لطرد "المحتل الإثيوبي', act: 'demand' }],
    });
    const threat = events.find((e) => e.type === 'THREATEN');
    expect(slice(text, threat?.trigger ?? null)).toBe('دعا');
    expect(threat?.mode).toBe('violence');
    expect(threat?.target).toEqual(['ethiopia']);
  });
});

describe('a promise or readiness to coerce (promised.tsv, governors.tsv)', () => {
  it('codes a pledge to impose sanctions as THREATEN, and the sanctions as no event', () => {
    const { events, text } = run('وتعهدت فرنسا بفرض عقوبات على روسيا إذا واصلت دعم المرتزقة.', {
      actors: [['france', 'GPE', null], ['russia', 'GPE', null]],
      mentions: [['france', 'فرنسا'], ['russia', 'روسيا']],
    });
    expect(events.map((e) => [e.type, slice(text, e.trigger), e.source])).toEqual([['THREATEN', 'تعهدت', ['france']]]);
  });

  it('codes no sanction that a readiness governs, even when the ready party is only a pronoun', () => {
    const content = 'مثلما ستدعم بلاده العملية السياسية، فإنها مستعدة للنظر في إمكانية فرض عقوبات على المعرقلين';
    const { events, text } = run(`وقال السفير إنه ${content}.`, {
      actors: [['ambassador', 'PER', 'usa'], ['usa', 'GPE', null]],
      mentions: [['ambassador', 'السفير'], ['usa', 'بلاده']],
      quotes: [{ speaker: 'ambassador', cue: 'قال', content, act: 'claim' }],
    });
    expect(events.filter((e) => e.type === 'SANCTION')).toEqual([]);
    expect(events.map((e) => slice(text, e.trigger))).toContain('ستدعم');
  });
});
