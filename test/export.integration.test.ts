/** Exports of stored layers: ACLED-like CSV, PLOVER-style JSON and GeoJSON of events, actors' labels per outlet. */
import { describe, expect, it } from 'vitest';
import { makeArticle, withLayers } from '../src/doc/article.js';
import type { ActorMention, ArticleActor, Event, PlaceMention } from '../src/doc/annotations.js';
import { exportData, type ExportFormat, type ExportKind } from '../src/export/export.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { analyzeText } from '../src/text/index.js';

const TEXT = 'قصفت قوات حفتر مدينة غريان جنوبي طرابلس، وقال المشير خليفة حفتر إن العملية مستمرة.';
const at = (s: string, from = 0): { start: number; end: number } => {
  const start = TEXT.indexOf(s, from);
  return { start, end: start + s.length };
};

async function collect(store: Store, kind: ExportKind, format: ExportFormat): Promise<string> {
  let out = '';
  for await (const chunk of exportData(store, kind, format)) out += chunk;
  return out;
}

describe('exports', () => {
  it('writes events as ACLED-like CSV, PLOVER JSON and GeoJSON, and actors with per-outlet labels', async () => {
    const { sentences, tokens } = analyzeText(TEXT);
    const actors: ArticleActor[] = [{ kind: 'actor', id: 'haftar', type: 'PER', parent: null, nameAr: 'خليفة حفتر', nameEn: 'Khalifa Haftar', known: true, descriptors: [] }];
    const mentions: ActorMention[] = [{
      kind: 'mention', actorId: 'haftar', mentionKind: 'name', span: at('خليفة حفتر'), stage: 'test',
      labels: [{ kind: 'label', labelKind: 'title', key: 'مشير', gloss: 'field marshal', span: at('المشير'), stage: 'test' }],
    }];
    const places: PlaceMention[] = [{
      kind: 'place', placeId: 'gn:2210554', nameAr: 'غريان', nameEn: 'Gharyan', feature: 'city', country: 'LY', geonamesId: 2210554,
      lat: 32.17, lon: 13.02, span: at('غريان'), stage: 'test',
    }];
    const events: Event[] = [{
      kind: 'event', type: 'ASSAULT', mode: 'aerial', trigger: at('قصفت'), source: ['haftar'], target: [], place: 'gn:2210554',
      when: null, dead: null, injured: null, quote: null, span: at('قصفت'), stage: 'test',
    }];
    const article = withLayers(makeArticle('x', TEXT, { outlet: 'وكالة الاختبار', published: '2020-05-01' }, sentences, tokens), { actors, mentions, places, events });
    const store = await openStore('memory://');
    await store.ingestArticle(article);

    const csv = (await collect(store, 'events', 'csv')).split('\r\n');
    expect(csv[0]).toBe('date,type,actor1,actor2,location,latitude,longitude,source,notes');
    expect(csv[1]).toBe(`2020-05-01,ASSAULT,خليفة حفتر,,Gharyan,32.17,13.02,وكالة الاختبار,${TEXT}`); // «،» is not a CSV separator: no quoting

    const plover = JSON.parse((await collect(store, 'events', 'plover')).trim()) as Record<string, unknown>;
    expect(plover).toMatchObject({ event_type: 'ASSAULT', mode: 'aerial', date: '2020-05-01', source_actor: ['خليفة حفتر'], publisher: 'وكالة الاختبار', text: TEXT });

    const geo = JSON.parse(await collect(store, 'events', 'geojson')) as { features: { geometry: { coordinates: number[] } }[] };
    expect(geo.features).toHaveLength(1);
    expect(geo.features[0]!.geometry.coordinates).toEqual([13.02, 32.17]);

    const actor = JSON.parse((await collect(store, 'actors', 'jsonl')).trim()) as { aliases: unknown; labelsByOutlet: unknown };
    expect(actor.aliases).toEqual([{ text: 'خليفة حفتر', count: 1 }]);
    expect(actor.labelsByOutlet).toEqual([{ outlet: 'وكالة الاختبار', labels: [{ key: 'مشير', labelKind: 'title', gloss: 'field marshal', count: 1 }] }]);
    await store.close();
  });
});
