import { describe, expect, it } from 'vitest';
import { runActors as run } from './testing.js';

describe('actors stage: delegations written in the indefinite accusative', () => {
  it('finds «وفدا جزائريا» as the state\'s delegation and «الوفد» later as the same delegation', () => {
    const r = run('قالت مصادر إن وفدا جزائريا وصل إلى طرابلس أمس. وأضافت أن الوفد سيلتقي رئيس المجلس الرئاسي.');
    const d = r.at('وفدا جزائريا')!;
    expect(d.actorId).toBe('algeria_delegation');
    expect(r.parentOf(d.actorId)).toBe('algeria');
    expect(r.at('الوفد')!.actorId).toBe(d.actorId);
  });

  it('reads the accusative alif on every word («وفدا أمنيا تونسيا»)', () => {
    const r = run('أرسلت الحكومة وفدا أمنيا تونسيا إلى الحدود.');
    expect(r.at('وفدا أمنيا تونسيا')!.actorId).toBe('tunisia_delegation');
  });
});

describe('actors stage: bare organ nouns', () => {
  it('takes the state of the nearest earlier actor of the sentence («وفد مصري يضم مسؤولين في الخارجية وجهاز المخابرات»)', () => {
    const r = run('وصل إلى بنغازي وفد مصري يضم مسؤولين في الخارجية وجهاز المخابرات.');
    expect(r.at('الخارجية')!.actorId).toBe('egypt_mfa');
    expect(r.at('جهاز المخابرات')!.actorId).toBe('egypt_intelligence');
    expect(r.parentOf('egypt_intelligence')).toBe('egypt');
  });

  it('gives organs after a body of a contested country to that body\'s government («المجلس الرئاسي ووزارتي الداخلية والخارجية»)', () => {
    const r = run('وسيلتقي المبعوث الأممي أعضاء المجلس الرئاسي ووزارتي الداخلية والخارجية في العاصمة.');
    const moi = r.at('الداخلية')!;
    const mfa = r.at('الخارجية')!;
    expect(r.parentOf(moi.actorId)).toBe('gna');
    expect(r.parentOf(mfa.actorId)).toBe('gna');
    expect(moi.actorId).not.toBe(mfa.actorId);
  });

  it('lends the nisba of the last conjunct to the organs before it («السفارة والقنصلية التركية»)', () => {
    const r = run('وزار الوزير مقر السفارة والقنصلية التركية في مصراتة.');
    expect(r.at('السفارة')!.actorId).toBe('turkey_embassy');
    expect(r.at('القنصلية التركية')!.actorId).toBe('turkey_consulate');
  });

  it('does not take adjectives after a definite noun («الشؤون الداخلية والخارجية») as organs', () => {
    const r = run('ناقش الجانبان الشؤون الداخلية والخارجية للبلدين وسياستهما الخارجية.');
    expect(r.mentions).toEqual([]);
  });

  it('leaves an organ without any state in the context unresolved', () => {
    const r = run('وأكدت الخارجية في بيان أن الاجتماع سيعقد الشهر المقبل.');
    expect(r.mentions).toEqual([]);
  });

  it('makes an organ right before a name the office of that name («وزيرا الخارجية جان إيف لودريان والدفاع فلورنس بارلي»)', () => {
    const r = run('وشارك في الاجتماع وزيرا الخارجية جان إيف لودريان والدفاع فلورنس بارلي.');
    const ld = r.at('جان إيف لودريان')!;
    const fp = r.at('فلورنس بارلي')!;
    expect(ld.labels.map((l) => [l.labelKind, r.slice(l)])).toEqual([['role', 'وزيرا الخارجية']]);
    expect(fp.labels.map((l) => [l.labelKind, r.slice(l)])).toEqual([['role', 'الدفاع']]);
    expect(r.mentions.map((m) => r.slice(m))).toEqual(['جان إيف لودريان', 'فلورنس بارلي']);
  });

  it('takes «الخارجية» inside a role label as part of the label, not an organ', () => {
    const r = run('ونفى وزير الخارجية بحكومة الوفاق محمد سيالة الخبر.');
    expect(r.mentions.map((m) => r.slice(m))).toEqual(['حكومة الوفاق', 'محمد سيالة']);
  });
});

describe('actors stage: general staffs', () => {
  it('makes «هيئة الأركان التركية» inside «رئيس هيئة الأركان التركية» the general staff, its own actor', () => {
    const r = run('وقال رئيس هيئة الأركان التركية يشار غولر إن القوات جاهزة.', { published: '2020-06-01' });
    const gs = r.at('هيئة الأركان التركية')!;
    expect(gs.actorId).toBe('turkey_general_staff');
    expect(r.parentOf(gs.actorId)).toBe('turkey');
    expect(r.at('يشار غولر')!.labels.map((l) => r.slice(l))).toEqual(['رئيس هيئة الأركان التركية']);
  });

  it('resolves «رئيس هيئة أركان الجيش التركي» alone to the chief of staff of the date', () => {
    const r = run('وصل رئيس هيئة أركان الجيش التركي إلى طرابلس.', { published: '2020-06-01' });
    expect(r.at('رئيس هيئة أركان الجيش التركي')!.actorId).toBe('yasar_guler');
  });
});

describe('actors stage: organs completed by a country name', () => {
  it('makes «سفارة مصر» Egypt\'s embassy and «وفدا إيطاليا» (accusative nisba spelt like the country) Italy\'s delegation', () => {
    const r = run('أعلنت سفارة مصر في طرابلس استئناف عملها، واستقبل السراج وفدا إيطاليا ووفد تركيا.');
    expect(r.at('سفارة مصر')!.actorId).toBe('egypt_embassy');
    expect(r.at('وفدا إيطاليا')!.actorId).toBe('italy_delegation');
    expect(r.at('وفد تركيا')!.actorId).toBe('turkey_delegation');
    expect(r.mentions.filter((m) => ['مصر', 'إيطاليا', 'تركيا'].includes(r.slice(m)))).toEqual([]);
  });
});

describe('actors stage: «الوزارة», the ministry named last', () => {
  it('refers back to the ministry named earlier', () => {
    const r = run('أدانت وزارة الخارجية التركية الهجوم. وقالت الوزارة في بيان إنها تتابع التطورات.');
    expect(r.at('وزارة الخارجية التركية')!.actorId).toBe('turkey_mfa');
    expect(r.at('الوزارة', r.text.indexOf('وقالت'))!.actorId).toBe('turkey_mfa');
  });

  it('is the ministry of the minister named last', () => {
    const r = run('وقال وزير الداخلية فتحي باشاغا إن الوزارة ستلاحق المتورطين.', { published: '2020-06-01' });
    const m = r.at('الوزارة')!;
    expect(r.parentOf(m.actorId)).toBe('gna');
    expect(m.actorId).toBe('gna_moi');
  });

  it('is no mention without a ministry or minister before it', () => {
    const r = run('قالت الوزارة إن الامتحانات ستبدأ الأسبوع المقبل.');
    expect(r.mentions).toEqual([]);
  });
});

describe('actors stage: organs inside office names', () => {
  it('does not take «الخارجية» in «وزراء الخارجية العرب» as a ministry', () => {
    const r = run('استضافت القاهرة اجتماعا لوزراء الخارجية العرب لبحث الأزمة الليبية.');
    expect(r.mentions.map((m) => r.slice(m))).toEqual(['القاهرة']);
  });
});

describe('actors stage: organs with a possessive pronoun', () => {
  it('makes «وزارة خارجيتها», «سفارتها», «وفده» the organs of the referent\'s state or government', () => {
    const r = run('رفضت حكومة الوفاق المشاركة، واعتبرت وزارة خارجيتها أن الجامعة منحازة.', { published: '2020-06-01' });
    expect(r.at('وزارة خارجيتها')!.actorId).toBe('gna_mfa');
    const t = run('وأعلنت تركيا أن سفارتها في طرابلس ستعيد فتح أبوابها، وقال وزير الدفاع التركي خلوصي أكار إن وفده سيزور العاصمة.');
    expect(t.at('سفارتها')!.actorId).toBe('turkey_embassy');
    expect(t.at('وفده')!.actorId).toBe('turkey_delegation');
  });
});
