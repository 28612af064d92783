/**
 * Stored outlets are displayed through the document model's `outletName`: an article without an
 * outlet goes by its source file's name without extension, never a placeholder.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../doc/article.js';
import { analyzeText } from '../text/index.js';
import { openStore } from './open.js';

const TEXT = 'وصل وفد أمني مصري صباح الأحد إلى طرابلس في أول زيارة رسمية منذ سنوات.\nوبحث الوفد مع المسؤولين في العاصمة الليبية ملفات الأمن والحدود.';

describe('stored outlet display', () => {
  it('names an article without outlet by its file, in outlets and cluster members', async () => {
    const store = await openStore('memory://');
    try {
      const { sentences, tokens } = analyzeText(TEXT);
      const r = await store.ingestArticle(makeArticle('x', TEXT, { source: 'examples/000_f880.txt' }, sentences, tokens));
      const copy = TEXT.replace('صباح الأحد', 'مساء السبت');
      const t2 = analyzeText(copy);
      await store.ingestArticle(makeArticle('y', copy, { outlet: 'وكالة الأفق', source: 'feed.jsonl#3' }, t2.sentences, t2.tokens));
      expect((await store.listOutlets()).map((o) => o.outlet).sort()).toEqual(['000_f880', 'وكالة الأفق']);
      expect((await store.stats()).outlets).toBe(2);
      expect(r.status).toBe('added');
      const cluster = (await store.getCluster(r.status === 'added' ? r.clusterId : -1))!;
      expect(cluster.members.map((m) => m.outlet)).toEqual(['000_f880', 'وكالة الأفق']);
      expect(cluster.outlets).toEqual(['000_f880', 'وكالة الأفق']);
    } finally {
      await store.close();
    }
  }, 60_000);
});
