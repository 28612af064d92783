import { describe, expect, it } from 'vitest';
import { documentNameKeys, loadNameParticles, loadNotNames, loadTypeHeads, miscComplements, repairTags, type RepairResources } from './stage-repair.js';
import { defaultResources } from './tagger.js';
import { entityStrings, tagsFor, type Mark } from './testing.js';

const base = defaultResources();
const res: RepairResources = { vocabulary: base.vocabulary, names: base.names, verbs: base.verbs!, particles: loadNameParticles(), typeHeads: loadTypeHeads(), notNames: loadNotNames() };


function repaired(text: string, marked: readonly Mark[]): string[] {
  const { tokens, tags } = tagsFor(text, marked);
  const waw = new Set<number>();
  const out = repairTags(tokens, tags, res, undefined, documentNameKeys([tokens], [tags]), waw);
  return entityStrings(text, tokens, out, waw);
}

describe('span repairs after decoding', () => {
  it('starts a new person at a conjunction «و» whose remainder is a listed name', () => {
    const text = 'واستقبل الرئيس اللبناني ميشال عون وسعد الحريري في القصر.';
    expect(repaired(text, [['PER', 'ميشال عون وسعد الحريري']])).toEqual(['PER:ميشال عون', 'PER:سعد الحريري']);
  });

  it('starts a new person at «و» + a name the article tags alone elsewhere', () => {
    const text = 'وتأهل ناداليان وكوفاليك إلى الدور الثاني بعد فوز كوفاليك على منافسه.';
    expect(repaired(text, [['PER', 'ناداليان وكوفاليك'], ['PER', 'كوفاليك على']]))
      .toEqual(['PER:ناداليان', 'PER:كوفاليك', 'PER:كوفاليك']);
  });

  it('starts a new person at «و» + a name-link particle («وبن علي»)', () => {
    const text = 'وحضر اللقاء عمرو موسى وبن علي يلدريم أمس.';
    expect(repaired(text, [['PER', 'عمرو موسى وبن علي يلدريم']])).toEqual(['PER:عمرو موسى', 'PER:بن علي يلدريم']);
  });

  it('starts a new person at a «و» word after a full name of two words, the remainder unknown', () => {
    const text = 'وضمت القائمة فرانك ريبيري وتوماس مولر وفيليب لام.';
    expect(repaired(text, [['PER', 'فرانك ريبيري وتوماس مولر وفيليب لام']]))
      .toEqual(['PER:فرانك ريبيري', 'PER:توماس مولر', 'PER:فيليب لام']);
  });

  it('keeps a name that only begins with the letter و whole («أوبرا وينفري»)', () => {
    const text = 'وقالت المذيعة الأمريكية أوبرا وينفري إنها ستطلق برنامجا جديدا.';
    expect(repaired(text, [['PER', 'أوبرا وينفري']])).toEqual(['PER:أوبرا وينفري']);
  });

  it('cuts a person span at an imperfect verb between two names', () => {
    const text = 'هاميلتون يتهم فيتيل بعرقلته في سباق موناكو.';
    expect(repaired(text, [['PER', 'هاميلتون يتهم فيتيل'], ['LOC', 'موناكو']])).toEqual(['PER:هاميلتون', 'PER:فيتيل', 'LOC:موناكو']);
  });

  it('drops an imperfect verb that ends a person span', () => {
    const text = 'أنشيلوتي يختار تشكيلته لمواجهة برشلونة.';
    expect(repaired(text, [['PER', 'أنشيلوتي يختار'], ['ORG', 'برشلونة']])).toEqual(['PER:أنشيلوتي', 'ORG:برشلونة']);
  });

  it('leaves a name-initial word that looks like a verb at the start of a name («يوسف الشاهد»)', () => {
    const text = 'وقال يوسف الشاهد إن الحكومة ستواصل الإصلاحات.';
    expect(repaired(text, [['PER', 'يوسف الشاهد']])).toEqual(['PER:يوسف الشاهد']);
  });

  it('extends a person span that ends on «عبد» over the linked word', () => {
    const text = 'وسجل الهدف الثاني اللاعب محمد عبد الواحد في الدقيقة الأخيرة.';
    expect(repaired(text, [['PER', 'محمد عبد']])).toEqual(['PER:محمد عبد الواحد']);
  });

  it('extends a person span that ends on «بن» over the linked word', () => {
    const text = 'والتقى الوزير سعود بن فيصل نظيره الفرنسي.';
    expect(repaired(text, [['PER', 'سعود بن']])).toEqual(['PER:سعود بن فيصل']);
  });

  it('types the name after an organisation-kind noun as ORG, the noun outside the span', () => {
    const text = 'وأعلنت شركة تويوتا اليابانية سحب مليون سيارة، فيما تعاقد فريق ميلان مع مدافع جديد.';
    expect(repaired(text, [['PER', 'تويوتا'], ['LOC', 'ميلان']])).toEqual(['ORG:تويوتا', 'ORG:ميلان']);
  });

  it('takes the preposition «على» and a nationality adjective out of a person span', () => {
    const text = 'وتأهل اللاعب بعد فوزه على البريطاني آندي موراي في الدور الثالث.';
    expect(repaired(text, [['PER', 'على البريطاني آندي موراي']])).toEqual(['PER:آندي موراي']);
  });

  it('keeps the name «علي», written with ya, in a person span', () => {
    const text = 'والتقى الوزير علي لاريجاني نظيره الأوروبي.';
    expect(repaired(text, [['PER', 'علي لاريجاني']])).toEqual(['PER:علي لاريجاني']);
  });

  it('reads a country short name that agrees with the definite word before it as an adjective', () => {
    expect(repaired('وأعلنت العائلة المالكة السعودية الحداد.', [['LOC', 'السعودية']])).toEqual([]);
    expect(repaired('وعاد السفير إلى السعودية أمس.', [['LOC', 'السعودية']])).toEqual(['LOC:السعودية']);
    expect(repaired('وقال مدير الشركة بالسعودية إن العقد وقع.', [['LOC', 'بالسعودية']])).toEqual(['LOC:السعودية']);
  });

  it('continues an event name over the year written after it, not over a decimal', () => {
    const text = 'وتأهل المنتخب إلى مونديال 2026 بعد فوزه، فيما بلغ سعر السولار 0.75 دينار.';
    expect(repaired(text, [['MISC', 'مونديال'], ['MISC', 'السولار']])).toEqual(['MISC:مونديال 2026', 'MISC:السولار']);
  });

  it('continues an event name ending on a definite word over its «لل» field, not other names', () => {
    const text = 'وشارك المنتخب في بطولة العالم للسباحة، وتأهل إلى كأس آسيا للشباب.';
    const { tokens, tags } = tagsFor(text, [['MISC', 'بطولة العالم'], ['MISC', 'كأس آسيا']]);
    expect(entityStrings(text, tokens, miscComplements(tokens, tags))).toEqual(['MISC:بطولة العالم للسباحة', 'MISC:كأس آسيا']);
  });

  it('types the name after a place-kind noun as LOC («قرية بني زيد»)', () => {
    const text = 'وداهمت القوات منزلا في قرية بني زيد شمال المدينة.';
    expect(repaired(text, [['PER', 'بني زيد']])).toEqual(['LOC:بني زيد']);
  });

  it('leaves a name after a definite or possessed noun («الشركة», «شركته») as the tagger typed it', () => {
    const text = 'وقالت الشركة إن باريس مقرها، وأسس شركته لندن للتجارة.';
    expect(repaired(text, [['LOC', 'باريس'], ['LOC', 'لندن']])).toEqual(['LOC:باريس', 'LOC:لندن']);
  });
});
