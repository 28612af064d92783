import { describe, expect, it } from 'vitest';
import { runActors as run } from './testing.js';

describe('actors stage: KB names that start with a number', () => {
  it('finds «5+5» and «5 زائد 5» (digits and number words) as the joint military commission', () => {
    const r = run('وقال المبعوث إن اجتماعات «5+5» ستعقد في جنيف، وأكد أعضاء 5 زائد 5 التزامهم بوقف إطلاق النار.');
    expect(r.at('5+5')!.actorId).toBe('jmc_5plus5');
    expect(r.at('5 زائد 5')!.actorId).toBe('jmc_5plus5');
    const words = run('واتفقت لجنة خمسة زائد خمسة على فتح الطريق الساحلي.');
    expect(words.at('لجنة خمسة زائد خمسة')!.actorId).toBe('jmc_5plus5');
  });
});

describe('actors stage: bare heads referring back', () => {
  it('takes «الائتلاف» before a preposition as the coalition named earlier', () => {
    const r = run('انضمت مصر إلى الائتلاف الدولي لمكافحة داعش عام 2014. ويسعى الائتلاف إلى تجفيف منابع تمويل التنظيم.');
    const later = r.text.indexOf('ويسعى');
    expect(r.at('الائتلاف', later)!.actorId).toBe('global_coalition_isis');
  });

  it('does not take a head defined by a relative clause («القوات التي ثارت») as an earlier force', () => {
    const r = run('أعلنت قوات حكومة الوفاق تقدمها نحو سرت. وكان حلف الأطلسي قد ساند القوات التي ثارت على القذافي عام 2011.');
    expect(r.at('القوات', r.text.indexOf('ساند'))).toBeUndefined();
  });
});

describe('actors stage: possessive referents', () => {
  it('skips a referent without a state for «بلاده» («مراسل الجزيرة» … «خلوصي أكار قوات بلاده»)', () => {
    const r = run('أفاد مراسل الجزيرة بأن وزير الدفاع التركي خلوصي أكار تفقد قوات بلاده في طرابلس.');
    expect(r.at('قوات بلاده')!.actorId).toBe('turkey_forces');
  });

  it('counts a subject named after its role label as early in the sentence', () => {
    const r = run('وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي. وفي أنقرة، قال المتحدث باسم الرئاسة التركية إبراهيم قالن إن الهجوم نفذته قوات حفتر. وأعلن في حديث صحفي أن بلاده تدعم حكومة الوفاق.');
    expect(r.at('بلاده')!.actorId).toBe('turkey');
  });
});

describe('actors stage: role phrases referring back', () => {
  it('takes «المراسل» as the correspondent named earlier by a role phrase («مراسل الجزيرة»)', () => {
    const r = run('أفاد مراسل الجزيرة بأن الاشتباكات توقفت. وقال المراسل إن الهدوء يسود المدينة.');
    const first = r.at('مراسل الجزيرة')!;
    expect(first.actorId).toMatch(/^new:per:/u);
    expect(r.at('المراسل')!.actorId).toBe(first.actorId);
  });

  it('closes a role label with a definite adjective of the office before the name («مبعوثة الأمين العام الخاصة»)', () => {
    const r = run('دعا الأمين العام للأمم المتحدة أنطونيو غوتيريس إلى الحوار. وقالت مبعوثة الأمين العام الخاصة ستيفاني ويليامز إن الحوار سيستأنف.', { published: '2020-06-01' });
    const w = r.at('ستيفاني ويليامز')!;
    expect(w.actorId).toBe('stephanie_williams');
    expect(w.labels.map((l) => [l.labelKind, r.slice(l)])).toEqual([['role', 'مبعوثة الأمين العام الخاصة']]);
    expect(r.at('الأمين العام', r.text.indexOf('مبعوثة'))!.actorId).toBe('antonio_guterres');
  });
});

describe('actors stage: unknown one-word persons', () => {
  it('does not take a one-word person the KB does not know as an actor, unless a title stands before it', () => {
    const r = run('وأبدى الطرفان حسن نوايا، فيما قال العقيد الفيتوري إن القوات تقدمت.', { persons: ['حسن', 'الفيتوري'] });
    expect(r.at('حسن')).toBeUndefined();
    const q = r.at('الفيتوري')!;
    expect(q.actorId).toMatch(/^new:per:/u);
    expect(q.labels.map((l) => [l.labelKind, r.slice(l)])).toEqual([['title', 'العقيد']]);
  });

  it('keeps a one-word person the article keeps calling by that name («ألونسو … ألونسو»)', () => {
    const r = run('ألونسو يتهم منافسه بافتقاد الروح الرياضية. وقال ألونسو إن العقوبة ظالمة.', { persons: ['ألونسو', 'ألونسو'] });
    const first = r.at('ألونسو')!;
    expect(first.actorId).toMatch(/^new:per:/u);
    expect(r.at('ألونسو', r.text.indexOf('وقال'))!.actorId).toBe(first.actorId);
  });
});

describe('actors stage: ranks standing alone', () => {
  it('takes «هذا الجنرال المزعوم» as the latest man the article gave a rank («اللواء المتقاعد خليفة حفتر»)', () => {
    const r = run('هاجم أردوغان اللواء المتقاعد خليفة حفتر. وقال إن هذا الجنرال المزعوم لا يملك أي شرعية.');
    const m = r.at('الجنرال المزعوم')!;
    expect(m.actorId).toBe('khalifa_haftar');
    expect(m.labels.map((l) => [l.labelKind, r.slice(l)])).toEqual([['title', 'الجنرال'], ['epithet', 'المزعوم']]);
  });

  it('does not take an honorific alone for a man who carried a rank', () => {
    const r = run('هاجم أردوغان اللواء المتقاعد خليفة حفتر. وقال إن الشيخ لم يحضر.');
    expect(r.mentions.filter((m) => r.slice(m) === 'الشيخ')).toEqual([]);
  });
});

describe('actors stage: operation nouns referring back', () => {
  it('takes «هذه العملية» as an operation named earlier in the article', () => {
    const r = run('أطلق الاتحاد الأوروبي عملية إيريني لمراقبة حظر السلاح. وانتقدت تركيا هذه العملية بشدة.');
    expect(r.at('هذه العملية')!.actorId).toBe('operation_irini');
  });

  it('does not take «هذه العملية» for an actor whose KB names an operation the article never named', () => {
    const r = run('تقدمت قوات حكومة الوفاق نحو سرت. وقال المبعوث إن المجتمع الدولي سيدعم هذه العملية حتى نهايتها.');
    expect(r.at('قوات حكومة الوفاق')!.actorId).toBe('gna_forces');
    expect(r.mentions.filter((m) => r.slice(m).includes('العملية'))).toEqual([]);
  });
});

describe('actors stage: demonyms after agent nouns', () => {
  it('takes «الليبيين» after a definite agent noun as the state («المسؤولين الليبيين»), in a genitive as the people', () => {
    const r = run('وأجرى الوزير مباحثات مع المسؤولين الليبيين في طرابلس، وأكد دعم الليبيين في محنتهم.');
    expect(r.at('الليبيين')!.actorId).toBe('libya');
    expect(r.at('الليبيين', r.text.indexOf('دعم'))!.actorId).toBe('libyans');
  });
});

describe('actors stage: tagger names over places', () => {
  it('does not take a tagged person that is a place mention («بني وليد») as an actor', () => {
    const r = run('وسيطرت القوات على ترهونة ثم بني وليد الجمعة الماضية.', { persons: ['بني وليد'], places: ['ترهونة', 'بني وليد'] });
    expect(r.mentions.filter((m) => r.slice(m).includes('وليد'))).toEqual([]);
  });
});

describe('actors stage: heads of organisations the KB does not know', () => {
  it('takes «الهيئة» as the body the article named earlier («هيئة الرقابة الإدارية»)', () => {
    const r = run('أعلنت هيئة الرقابة الإدارية فتح تحقيق في العقود. وقالت الهيئة إن التحقيق سيشمل عدة وزارات.', { orgs: ['هيئة الرقابة الإدارية'] });
    const body = r.at('هيئة الرقابة الإدارية')!;
    expect(body.actorId).toMatch(/^new:org:/u);
    expect(r.at('الهيئة')!.actorId).toBe(body.actorId);
  });
});

describe('actors stage: disparaging adjectives as epithet labels', () => {
  it('labels «المدعو» before a name and «السفاح» after it as epithets', () => {
    const r = run('وهاجم البيان المدعو خليفة حفتر. وأضاف أن حفتر السفاح لن يفلت من العقاب.');
    expect(r.at('خليفة حفتر')!.labels.map((l) => [l.labelKind, r.slice(l)])).toEqual([['epithet', 'المدعو']]);
    const later = r.at('حفتر', r.text.indexOf('وأضاف'))!;
    expect(later.labels.map((l) => [l.labelKind, r.slice(l)])).toEqual([['epithet', 'السفاح']]);
  });
});

describe('actors stage: possessives in a sentence opened by its subject', () => {
  it('takes «بلاده» in «وأكد الوفد الإيطالي دعم بلاده» as the delegation\'s state, not the previous sentence\'s subject', () => {
    const r = run('وفي طرابلس، استقبل السراج وزير الدفاع الإيطالي. وأكد الوفد الإيطالي دعم بلاده لحكومة الوفاق.');
    expect(r.at('بلاده')!.actorId).toBe('italy');
  });

  it('takes «بلادهم» after «وأكد المسؤولون الأتراك» as the state whose agents open the sentence', () => {
    const r = run('وفي طرابلس، استقبل السراج الوزير الإيطالي. وأكد المسؤولون الأتراك دعم بلادهم لحكومة الوفاق.');
    expect(r.at('بلادهم')!.actorId).toBe('turkey');
  });

  it('does not take the opening body when a person named in between opens his own clause', () => {
    const r = run('وصل وفد مصري إلى بنغازي، فيما تفقد وزير الدفاع التركي خلوصي أكار قواته في طرابلس.');
    expect(r.at('قواته')!.actorId).toBe('turkey_forces');
  });
});

describe('actors stage: an office named before its holder', () => {
  it('makes a headline\'s «وزير الخارجية الجزائري» and «نظيره التونسي» the persons named later with those offices', () => {
    const r = run('وزير الخارجية الجزائري يبحث مع نظيره التونسي الأزمة الليبية\n\nبحث وزير الخارجية الجزائري صبري بوقادوم، الاثنين، مع نظيره التونسي عثمان الجرندي، تطورات الأزمة.',
      { persons: ['صبري بوقادوم', 'عثمان الجرندي'] });
    const dz = r.at('صبري بوقادوم')!;
    const tn = r.at('عثمان الجرندي')!;
    expect(dz.actorId).toMatch(/^new:per:/u);
    expect(r.at('وزير الخارجية الجزائري')!.actorId).toBe(dz.actorId);
    expect(r.at('نظيره التونسي')!.actorId).toBe(tn.actorId);
    expect(tn.actorId).not.toBe(dz.actorId);
    expect(r.actors.filter((a) => a.type === 'PER').map((a) => a.id).sort()).toEqual([dz.actorId, tn.actorId].sort());
  });
});

describe('actors stage: role labels closed by an adjective', () => {
  it('keeps «المفوض» in the role label before the name («وزير الداخلية المفوض فتحي باشاغا»)', () => {
    const r = run('وقال وزير الداخلية المفوض فتحي باشاغا إن الأجهزة الأمنية تعمل على حماية المدنيين.');
    const m = r.at('فتحي باشاغا')!;
    expect(m.actorId).toBe('fathi_bashagha');
    expect(m.labels.map((l) => [l.labelKind, r.slice(l)])).toEqual([['role', 'وزير الداخلية المفوض']]);
  });
});

describe('actors stage: governments of contested countries (README: Libya, Syria)', () => {
  it('takes «الحكومة السورية» as the Assad government but «الحكومة العراقية» as the state, and the Syrian army as the state\'s army', () => {
    const r = run('أدانت الحكومة السورية الهجوم، وقال مصدر عسكري إن الجيش السوري تصدى له، فيما رحبت الحكومة العراقية بالهدنة.');
    expect(r.at('الحكومة السورية')!.actorId).toBe('syria_government');
    expect(r.parentOf('syria_government')).toBe('syria');
    expect(r.at('الجيش السوري')!.actorId).toBe('syria_forces');
    expect(r.at('الحكومة العراقية')!.actorId).toBe('iraq');
  });
});

describe('actors stage: the actors layer', () => {
  it('lists every actor a mention points to, also one reached through a relation («قوات حفتر» → the LNA)', () => {
    const r = run('تقدمت قوات حفتر نحو العاصمة، فيما رحبت الحكومة الليبية بالهدنة.', { published: '2020-06-01' });
    expect(r.at('قوات حفتر')!.actorId).toBe('lna');
    const ids = new Set(r.actors.map((a) => a.id));
    expect(r.mentions.filter((m) => !ids.has(m.actorId))).toEqual([]);
  });
});

describe('actors stage: offices accredited to a state', () => {
  it('takes «السفير الأمريكي» for the ambassador to Libya only where the article deals with Libya', () => {
    const away = run('استدعت الخارجية التركية السفير الأمريكي للاحتجاج.', { published: '2020-06-01' });
    // An unnamed holder of his own, not the ambassador to Libya.
    expect(away.at('السفير الأمريكي')!.actorId).toMatch(/^new:per:/u);
    const here = run('رحب السفير الأمريكي لدى ليبيا بالاتفاق.', { published: '2020-06-01' });
    expect(here.at('السفير الأمريكي لدى ليبيا')!.actorId).toBe('richard_norland');
  });
});

describe('actors stage: unnamed office holders', () => {
  it('makes «المتحدث باسم الحكومة المؤقتة», whom the KB does not know, an unnamed person', () => {
    const r = run('وقال المتحدث باسم الحكومة المؤقتة إن قوات الجيش تصدت لهجوم غرب سرت.', { published: '2020-06-01' });
    const m = r.at('المتحدث باسم الحكومة المؤقتة')!;
    expect(m.actorId).toMatch(/^new:per:/u);
    expect(m.mentionKind).toBe('nominal');
    expect(r.actors.find((a) => a.id === m.actorId)!.descriptors).toEqual(['المتحدث باسم الحكومة المؤقتة']);
  });
});

describe('actors stage: indefinite broken plurals', () => {
  it('takes «عسكريين روس» and «جنود أتراك» as the states\' forces', () => {
    const r = run('نفت موسكو وجود عسكريين روس في ليبيا، فيما قتل جنود أتراك في الهجوم.');
    expect(r.at('عسكريين روس')!.actorId).toBe('russia_forces');
    expect(r.at('جنود أتراك')!.actorId).toBe('turkey_forces');
  });
});
