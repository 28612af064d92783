import { describe, expect, it } from 'vitest';
import type { ActorMention, EntityMention } from '../../doc/annotations.js';
import { makeArticle, withLayers, type ArticleWith } from '../../doc/article.js';
import { isMarsadError } from '../../errors.js';
import { analyzeText } from '../../text/index.js';
import { createActorsStage, loadActorKb } from './index.js';
import { loadUserKbFile } from './testing.js';

const stage = createActorsStage();

/** Runs the actors stage on a sentence with hand-built entities (PER spans given by their text) and no places. */
function run(text: string, opts: { published?: string; persons?: string[] } = {}) {
  const { sentences, tokens } = analyzeText(text);
  const entities: EntityMention[] = (opts.persons ?? []).map((p) => {
    const start = text.indexOf(p);
    return { kind: 'entity', stage: 'entities', type: 'PER', source: 'tagger', span: { start, end: start + p.length } };
  });
  const article = withLayers(makeArticle('t', text, { published: opts.published ?? null }, sentences, tokens), { entities, places: [] });
  const out = stage.run(article as ArticleWith<'entities' | 'places'>, { log: () => {} });
  const at = (surface: string, from = 0): ActorMention | undefined => {
    const start = text.indexOf(surface, from);
    return out.mentions.find((m) => m.span.start === start && m.span.end === start + surface.length);
  };
  const slice = (m: { span: { start: number; end: number } }): string => text.slice(m.span.start, m.span.end);
  return { ...out, at, slice, text };
}

describe('actors stage: names and surnames', () => {
  it('resolves a full name and the surname alone to one actor, with the role label before the name', () => {
    const r = run('قال وزير الدفاع التركي خلوصي أكار إن بلاده لن تتراجع. وأضاف أكار أن القوات التركية باقية.');
    const full = r.at('خلوصي أكار')!;
    expect(full.actorId).toBe('hulusi_akar');
    expect(full.labels.map((l) => [l.labelKind, r.slice(l)])).toEqual([['role', 'وزير الدفاع التركي']]);
    expect(r.at('أكار', r.text.indexOf('وأضاف'))!.actorId).toBe('hulusi_akar');
    // The nisba inside the role label is a mention of the state (README: a name inside a role label is its own mention).
    expect(r.at('التركي')!.actorId).toBe('turkey');
  });

  it('strips proclitics from spans but keeps the article', () => {
    const r = run('طالب بقطع المساعدات لحفتر، فيما قال مسؤول للسفارة الأميركية إن واشنطن تتابع.');
    expect(r.at('حفتر')!.actorId).toBe('khalifa_haftar');
    const emb = r.mentions.find((m) => r.slice(m).startsWith('لسفارة'))!;
    expect(r.slice(emb)).toBe('لسفارة الأميركية');
    expect(emb.actorId).toBe('usa_embassy');
    expect(r.actors.find((a) => a.id === 'usa_embassy')!.parent).toBe('usa');
  });
});

describe('actors stage: role phrases', () => {
  it('resolves «الوزير التركي» to the minister named earlier in the article', () => {
    const r = run('تفقد وزير الدفاع التركي خلوصي أكار القوات في طرابلس. وأعرب الوزير التركي عن أسفه لصمت المجتمع الدولي.');
    const m = r.at('الوزير التركي')!;
    expect(m.actorId).toBe('hulusi_akar');
    expect(m.mentionKind).toBe('nominal');
    expect(m.labels).toEqual([]);
  });

  it('resolves a role whose holder changes over time by the publication date', () => {
    const text = 'دعا وزير الخارجية الأميركي إلى وقف فوري لإطلاق النار في ليبيا.';
    expect(run(text, { published: '2020-06-01' }).at('وزير الخارجية الأميركي')!.actorId).toBe('mike_pompeo');
    expect(run(text, { published: '2022-03-01' }).at('وزير الخارجية الأميركي')!.actorId).toBe('antony_blinken');
    expect(run(text, { published: '2025-03-01' }).at('وزير الخارجية الأميركي')!.actorId).toBe('marco_rubio');
  });

  it('resolves «الناطق باسم الجيش» through the KB role of the body', () => {
    const r = run('أعلن الجيش الوطني الليبي انسحاب وحداته، وقال الناطق باسم الجيش إن القرار نهائي.', { published: '2020-06-05' });
    expect(r.at('الجيش الوطني الليبي')!.actorId).toBe('lna');
    expect(r.at('الناطق باسم الجيش')!.actorId).toBe('ahmed_mismari');
  });

  it('attaches a role after a comma to the name before it, and the name inside the role is a mention', () => {
    const r = run('وناقش أحمد معيتيق، نائب السراج، نتائج الاجتماعات.');
    const m = r.at('أحمد معيتيق')!;
    expect(m.actorId).toBe('ahmed_maiteeq');
    expect(m.labels.map((l) => r.slice(l))).toEqual(['نائب السراج']);
    expect(r.at('السراج')!.actorId).toBe('fayez_sarraj');
  });
});

describe('actors stage: nisba adjectives, organs, governments', () => {
  it('takes a nisba after an agent noun as the state, and not after a topic noun', () => {
    const r = run('التقى المشير خليفة حفتر مسؤولين عسكريين مصريين لبحث الأزمة الليبية.');
    expect(r.at('مصريين')!.actorId).toBe('egypt');
    expect(r.mentions.some((m) => r.slice(m).includes('الليبية'))).toBe(false);
    const haftar = r.at('خليفة حفتر')!;
    expect(haftar.labels.map((l) => [l.labelKind, r.slice(l), l.key])).toEqual([['title', 'المشير', 'مشير']]);
  });

  it('makes coordinated nisbas each a mention of its state', () => {
    const r = run('وجاء ذلك بعد اتصالات أجرتها جهات أمريكية وروسية وفرنسية مع قيادة الجيش.');
    expect(['أمريكية', 'روسية', 'فرنسية'].map((s) => r.mentions.find((m) => r.slice(m).endsWith(s))?.actorId))
      .toEqual(['usa', 'russia', 'france']);
  });

  it('makes «السفارة الفرنسية» France\'s embassy (the nisba is not a separate mention)', () => {
    const r = run('أعلنت السفارة الفرنسية لدى ليبيا في بيان أن الوزير سيلتقي نظراءه.');
    const m = r.mentions.find((x) => r.slice(x).startsWith('السفارة الفرنسية'))!;
    expect(m.actorId).toBe('france_embassy_libya');
    expect(r.actors.find((a) => a.id === m.actorId)!.parent).toBe('france');
    expect(r.mentions.filter((x) => x.actorId === 'france')).toEqual([]);
  });

  it('takes a government as its state, unless rival authorities contend for the country', () => {
    const r = run('رحبت الحكومة المصرية بالاتفاق، فيما قالت حكومة الوفاق إن الحكومة الليبية ماضية في خطتها.');
    expect(r.at('الحكومة المصرية')!.actorId).toBe('egypt');
    expect(r.at('حكومة الوفاق')!.actorId).toBe('gna');
    expect(r.at('الحكومة الليبية')!.actorId).toBe('gna');
  });

  it('does not take a country used as a location, or inside a conference name, as an actor', () => {
    const r = run('هاجمت تركيا الاتفاق في ليبيا بعد مؤتمر برلين.');
    expect(r.at('تركيا')!.actorId).toBe('turkey');
    expect(r.mentions.filter((m) => r.slice(m) === 'ليبيا' || r.slice(m) === 'برلين')).toEqual([]);
  });
});

describe('actors stage: possessives, forces, labels', () => {
  it('resolves «قوات بلاده» to the forces of the speaker\'s state, with the group label', () => {
    const r = run('تفقد خلوصي أكار قوات بلاده في ليبيا.');
    const m = r.at('قوات بلاده')!;
    expect(m.actorId).toBe('turkey_forces');
    expect(m.labels.map((l) => [l.labelKind, r.slice(l)])).toEqual([['group', 'قوات']]);
  });

  it('makes «مليشيا الجنرال الانقلابي خليفة حفتر» one mention of his force with three labels and a gloss', () => {
    const r = run('تنازع مليشيا الجنرال الانقلابي خليفة حفتر الحكومة الليبية على الشرعية.');
    const m = r.at('مليشيا الجنرال الانقلابي خليفة حفتر')!;
    expect(m.actorId).toBe('lna');
    expect(m.labels.map((l) => [l.labelKind, l.key])).toEqual([['group', 'مليشيا'], ['title', 'جنرال'], ['epithet', 'انقلابي']]);
    expect(m.labels[2]!.gloss).toMatch(/putschist/u);
    expect(r.mentions.filter((x) => x.actorId === 'khalifa_haftar')).toEqual([]);
  });

  it('labels a nominal with its loaded word («المحتل التركي»)', () => {
    const r = run('دعا حفتر قواته إلى طرد المحتل التركي من البلاد.');
    const m = r.at('المحتل التركي')!;
    expect(m.actorId).toBe('turkey');
    expect(m.labels.map((l) => [l.labelKind, r.slice(l)])).toEqual([['epithet', 'المحتل']]);
    expect(r.at('قواته')!.actorId).toBe('lna');
  });

  it('keeps an unknown person as a new actor with the role as descriptor, and resolves the surname to it', () => {
    const r = run('قال عميد بلدية مصراتة محمود السقوطري إن المدينة آمنة. وأضاف السقوطري أن الوضع مستقر.', { persons: ['محمود السقوطري'] });
    const full = r.at('محمود السقوطري')!;
    expect(full.actorId).toMatch(/^new:per:/u);
    expect(r.at('السقوطري', r.text.indexOf('وأضاف'))!.actorId).toBe(full.actorId);
    expect(r.actors.find((a) => a.id === full.actorId)!.known).toBe(false);
  });
});

describe('actor KB', () => {
  it('loads every country with nisba forms and dated roles', () => {
    const kb = loadActorKb();
    expect(kb.actors.get('turkey')!.nisba).toContain('تركي');
    expect(kb.actors.get('turkey')!.plural).toContain('الأتراك');
    expect(kb.countryByIso.size).toBeGreaterThan(240);
    expect(kb.roles.some((r) => r.holder === 'hulusi_akar' && r.role === 'defence_minister' && r.from === '2018-07-10')).toBe(true);
  });

  it('rejects a bad user row with MARSAD_DATA_INVALID naming the file and line', () => {
    const { file, err } = loadUserKbFile('mine.tsv', ['# source: test', '# licence: CC0', 'id\ttype\tkind\tparent\tcountry\tname_ar\tname_en\taliases_ar\tshort_ar\tsource',
      'good_one\tPER\tperson\t\tLY\tعلي زيدان\tAli Zeidan\t\t\thttps://example.org', 'Bad Id\tPER\tperson\t\tLY\tاسم\tName\t\t\tx']);
    expect(isMarsadError(err) && err.code).toBe('MARSAD_DATA_INVALID');
    expect(String((err as Error).message)).toContain(`${file}:5`);
  });
});
