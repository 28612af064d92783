import type { Token } from '../../doc/token.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { stemForm } from './known.js';

/** Verb form (matchKey, ta marbuta kept) → 'V' (a verb only) or 'VN' (also listed as a noun). */
export type VerbForms = ReadonlyMap<string, 'V' | 'VN'>;

let cached: VerbForms | undefined;

/** data/ner/verb-forms.tsv (hunspell-ar's verb section; scripts/build-ner-verbs.ts). */
export function loadVerbForms(): VerbForms {
  if (cached) return cached;
  const out = new Map<string, 'V' | 'VN'>();
  for (const row of readTable(dataPath('ner', 'verb-forms.tsv')).rows) {
    out.set(row.cells['form'] ?? '', row.cells['noun'] === '1' ? 'VN' : 'V');
  }
  cached = out;
  return cached;
}

/** The future particle «سـ» is written on the imperfect («سيعتزل»): the list has the bare form. */
const FUTURE = /^س[يتنا]/u;

/** 'V', 'VN' or '-' for a token: its stem form, or that form without a future «سـ». */
export function verbClass(t: Token, verbs: VerbForms): string {
  if (t.kind !== 'word') return '-';
  const k = stemForm(t);
  return verbs.get(k) ?? (FUTURE.test(k) ? verbs.get(k.slice(1)) : undefined) ?? '-';
}
