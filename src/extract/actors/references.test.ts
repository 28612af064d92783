import { describe, expect, it } from 'vitest';
import { runActors as run } from './testing.js';

describe('actors stage: KB names that start with a number', () => {
  it('finds «5+5» and «5 زائد 5» (digits and number words) as the joint military commission', () => {
    const r = run('وقال المبعوث إن اجتماعات «5+5» ستعقد في جنيف، وأكد أعضاء 5 زائد 5 التزامهم بوقف إطلاق النار.');
    expect(r.at('5+5')!.actorId).toBe('jmc_5plus5');
    expect(r.at('5 زائد 5')!.actorId).toBe('jmc_5plus5');
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
