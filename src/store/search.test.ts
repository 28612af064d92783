/**
 * Store search: Arabic match keys (clitics and the article do not matter), an exact total, and a
 * bounded ranking pool — beyond it only the most recently ingested matches are ranked.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../doc/article.js';
import { analyzeText } from '../text/index.js';
import { openPglite } from './db.js';
import { migrate } from './migrate.js';
import { search } from './read-entities.js';
import { sqlStore } from './sql-store.js';

const TEXTS = [
  'أعلنت المفوضية العليا للانتخابات في ليبيا موعد الاقتراع.',
  'قال المسؤول إن الانتخابات ستجري في موعدها رغم الخلافات.',
  'دعا المبعوث الأممي الأطراف الليبية إلى الاستعداد للانتخابات.',
  'وصل وفد أمني مصري إلى طرابلس في أول زيارة منذ سنوات.',
];

describe('store search', () => {
  it('matches every clitic form of a word, counts all matches, and ranks within the pool', async () => {
    const db = await openPglite('memory://');
    try {
      await migrate(db);
      const store = sqlStore(db);
      for (const [i, text] of TEXTS.entries()) {
        const { sentences, tokens } = analyzeText(text);
        await store.ingestArticle(makeArticle(`a${i}`, text, { source: `t${i}.txt` }, sentences, tokens));
      }
      const all = await search(db, { q: 'الانتخابات' });
      expect(all.total).toBe(3);
      expect(all.items.map((h) => h.article.source).sort()).toEqual(['t0.txt', 't1.txt', 't2.txt']);
      const pooled = await search(db, { q: 'انتخابات' }, 2);
      expect(pooled.total).toBe(3);
      expect(pooled.items.map((h) => h.article.source).sort()).toEqual(['t1.txt', 't2.txt']);
      expect(pooled.items[0]!.snippets.length).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  }, 60_000);
});
