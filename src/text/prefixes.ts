import { ALEF, ALEF_WASLA } from './chars.js';
import type { CliticTable } from './clitics.js';

/** A proclitic of a candidate segmentation. */
export interface Proclitic {
  readonly form: string;
  /** Letters it takes on the surface (the article after ل takes one: «للحكومة»). */
  readonly letters: number;
}

/** The option lists and proclitic records of one clitic table, built once (analysis runs per new form). */
interface PrefixPlan {
  readonly conjunctions: readonly (Proclitic | null)[];
  readonly prepositions: readonly (Proclitic | null)[];
  readonly article: Proclitic;
  readonly mergedArticle: Proclitic;
  readonly lamArticle: Proclitic;
}

const prefixPlans = new WeakMap<CliticTable, PrefixPlan>();

function prefixPlan(table: CliticTable): PrefixPlan {
  let plan = prefixPlans.get(table);
  if (!plan) {
    const record = (form: string): Proclitic => ({ form, letters: form.length });
    plan = {
      conjunctions: [null, ...table.conjunctions.map(record)],
      prepositions: [null, ...table.prepositions.map(record), ...table.future.map(record)],
      article: record(table.article),
      lamArticle: { form: table.article, letters: 1 },
      mergedArticle: { form: table.article, letters: 0 },
    };
    prefixPlans.set(table, plan);
  }
  return plan;
}

/**
 * Every proclitic sequence the word's beginning allows: [conj] [prep | future] [article]. The article
 * is written with a bare alef («ال», «ٱل»), never «أل»/«إل»/«آل» («ألحقوا», «آليات» are no article);
 * after the preposition ل its alef is dropped («للحكومة»).
 */
export function prefixOptions(keys: string, raws: readonly number[], table: CliticTable): Proclitic[][] {
  const out: Proclitic[][] = [];
  const article = table.article;
  const plan = prefixPlan(table);
  for (const c of plan.conjunctions) {
    if (c && !keys.startsWith(c.form)) continue;
    for (const p of plan.prepositions) {
      const afterConj = c ? c.letters : 0;
      if (p && !keys.startsWith(p.form, afterConj)) continue;
      const afterPrep = afterConj + (p ? p.letters : 0);
      const seq: Proclitic[] = [];
      if (c) seq.push(c);
      if (p) seq.push(p);
      out.push(seq);
      if (p && table.future.includes(p.form)) continue;
      if (p && p.form === 'ل' && keys.startsWith('ل', afterPrep)) {
        out.push([...seq, plan.lamArticle]);
        // Before a stem that itself starts with ل the article's ل merges with it: «للجنة» is ل + (ال)لجنة.
        out.push([...seq, plan.mergedArticle]);
      } else if (keys.startsWith(article, afterPrep) && isBareAlef(raws[afterPrep])) {
        out.push([...seq, plan.article]);
      }
    }
  }
  return out;
}

/** The article is written with a bare alef or alef wasla only. */
export function isBareAlef(cp: number | undefined): boolean {
  return cp === ALEF || cp === ALEF_WASLA;
}
