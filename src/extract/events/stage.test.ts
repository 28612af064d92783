import { describe, expect, it } from 'vitest';
import { makeArticle, withLayers, type Article } from '../../doc/article.js';
import type { ActorMention, ArticleActor, Event, PlaceMention, Quote, TimeExpression } from '../../doc/annotations.js';
import type { Span } from '../../doc/span.js';
import { analyzeText } from '../../text/index.js';
import { loadEventLexicon } from './lexicon.js';
import { extractEvents } from './stage.js';

const lex = loadEventLexicon();

/** The span of the n-th occurrence of `needle` in `text`. */
function at(text: string, needle: string, n = 0): Span {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`"${needle}" not in text`);
  return { start: i, end: i + needle.length };
}

interface Spec {
  readonly actors: readonly [id: string, type: 'PER' | 'ORG' | 'GPE', parent: string | null][];
  /** `role`: the role label the actors stage attaches to the mention («وزير الخارجية الروسي»). */
  readonly mentions: readonly [id: string, surface: string, n?: number, role?: string][];
  readonly quotes?: readonly { speaker: string; cue: string; content: string; act: Quote['act'] }[];
  readonly places?: readonly [id: string, surface: string, country?: string][];
  readonly times?: readonly string[];
}

function run(text: string, spec: Spec): { events: readonly Event[]; text: string } {
  const { sentences, tokens } = analyzeText(text);
  const article: Article = makeArticle('t', text, {}, sentences, tokens);
  const actors: ArticleActor[] = spec.actors.map(([id, type, parent]) => ({
    kind: 'actor', id, type, parent, nameAr: id, nameEn: id, known: true, descriptors: [],
  }));
  const mentions: ActorMention[] = spec.mentions.map(([id, surface, n, role]) => ({
    kind: 'mention', stage: 'test', span: at(text, surface, n ?? 0), actorId: id, mentionKind: 'name',
    labels: role ? [{ kind: 'label', stage: 'test', span: at(text, role), labelKind: 'role', key: role, gloss: null }] : [],
  }));
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => ({
    kind: 'quote', stage: 'test', span: at(text, q.content), cue: at(text, q.cue), content: at(text, q.content),
    speaker: q.speaker, speakerSpan: null, direct: false, act: q.act, target: null, channel: null,
  }));
  const places: PlaceMention[] = (spec.places ?? []).map(([id, surface, country]) => ({
    kind: 'place', stage: 'test', span: at(text, surface), placeId: id, nameAr: surface, nameEn: id, feature: 'city',
    country: country ?? null, geonamesId: null, lat: null, lon: null,
  }));
  const times: TimeExpression[] = (spec.times ?? []).map((surface) => ({
    kind: 'time', stage: 'test', span: at(text, surface), timeKind: 'weekday', value: null, relative: null, resolved: null,
  }));
  const withInputs = withLayers(article, { actors, mentions, quotes, places, times });
  return { events: extractEvents(withInputs as never, lex), text };
}

const slice = (text: string, s: Span | null): string | null => (s ? text.slice(s.start, s.end) : null);

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
      mentions: [['turkey', 'التركية'], ['yasar_guler', 'يشار غولر'], ['russia', 'الروسي'], ['valery_gerasimov', 'فاليري غيراسيموف']],
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
      mentions: [['egypt', 'المصري'], ['sameh_shoukry', 'سامح شكري'], ['un', 'الأمم المتحدة'], ['antonio_guterres', 'أنطونيو غوتيريس']],
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
      actors: [['usa', 'GPE', null], ['iraq', 'GPE', null], ['turkey', 'GPE', null], ['kurdish_militants', 'ORG', null],
        ['turkey_forces', 'ORG', 'turkey'], ['gov', 'ORG', null]],
      mentions: [['usa', 'الأمريكي'], ['iraq', 'الحكومة العراقية'], ['turkey', 'التركي'], ['kurdish_militants', 'المسلحين الأكراد'],
        ['turkey_forces', 'القوات التركية'], ['gov', 'الحكومة', 1]],
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
      actors: [['italy', 'GPE', null], ['libya', 'GPE', null], ['gna', 'ORG', 'libya']],
      mentions: [['italy', 'الإيطالي'], ['italy', 'الإيطالي', 1], ['libya', 'الليبيين']],
      places: [['tripoli', 'طرابلس', 'LY']],
    });
    const visit = events.find((e) => e.mode === 'visit');
    expect([slice(text, visit?.trigger ?? null), visit?.source, visit?.target]).toEqual(['وصل', ['italy'], ['gna']]);
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
});
