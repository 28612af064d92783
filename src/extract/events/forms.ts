import { readTable } from '../../lexicons/table.js';
import { matchKey } from '../../text/normalize.js';

/**
 * Arabic surface forms generated per lemma, so the lexicon lists a verb once (3ms perfect and
 * imperfect) and still meets «دعت», «دعوا», «تدعو», «يدعون», «ندعو». Forms are compared with token
 * keys (clitics and pronoun enclitics already removed by the text core), so only inflection is made
 * here. Everything is returned as match keys.
 */

const ALEF = 'ا';
const YEH = 'ي';
const WAW = 'و';

/** Perfect: «اتهم» → اتهم, اتهمت, اتهموا, اتهما, اتهمتا, اتهمنا; defective «دعا»/«نفى» drop their last letter, or write it و/ي before «نا» («دعونا», «التقينا»). */
export function perfectForms(perfect: string): string[] {
  const p = matchKey(perfect);
  if (!p) return [];
  const last = p[p.length - 1];
  if (last === ALEF || last === YEH) {
    const base = p.slice(0, -1);
    // «دعا» → دعت, دعوا, دعتا, دعونا; «التقى» → التقت, التقوا, التقيا, التقينا
    const weak = last === YEH ? YEH : WAW;
    return [p, base + 'ت', base + 'وا', base + 'تا', base + (last === YEH ? 'يا' : 'وا'), base + weak + 'نا'];
  }
  return [p, p + 'ت', p + 'وا', p + 'ا', p + 'تا', p + 'نا'];
}

/** Imperfect from the 3ms form with its «ي»: every person prefix, plural and dual endings. */
export function imperfectForms(imperfect: string): string[] {
  const i = matchKey(imperfect);
  if (i.length < 3 || i[0] !== YEH) return i ? [i] : [];
  const base = i.slice(1);
  const out = new Set<string>();
  for (const prefix of [YEH, 'ت', 'ن', ALEF]) out.add(prefix + base);
  const last = base[base.length - 1];
  // «يدعو» → يدعون; «يلتقي» → يلتقون: the weak last letter gives way to the plural ending.
  const plural = last === WAW || last === YEH ? base.slice(0, -1) : base;
  for (const prefix of [YEH, 'ت']) {
    out.add(prefix + plural + 'ون');
    out.add(prefix + plural + 'وا');
    out.add(prefix + base + 'ان');
  }
  return [...out];
}

/** Nouns (masdars, participles): the form, its accusative «-ا», and sound plurals / feminine. */
export function nounForms(noun: string): string[] {
  const raw = noun.trim();
  if (!raw) return [];
  const out = new Set<string>([matchKey(raw)]);
  if (raw.endsWith('ة')) {
    const stem = raw.slice(0, -1);
    out.add(matchKey(stem + 'ات'));
    out.add(matchKey(stem + 'تين'));
  } else {
    out.add(matchKey(raw + 'ا'));
    out.add(matchKey(raw + 'ات'));
    out.add(matchKey(raw + 'ة'));
    out.add(matchKey(raw + 'ين'));
    out.add(matchKey(raw + 'ون'));
  }
  return [...out];
}

/** One word of a phrase as a token key: the article belongs to the token, not to its key. */
export function wordKey(word: string): string {
  const k = matchKey(word);
  return k.startsWith('ال') && k.length > 4 ? k.slice(2) : k;
}

const verbSets = new Map<string, ReadonlySet<string>>();

/**
 * Every inflected form of the verbs of a table with `perfect` and `imperfect` columns (control.tsv,
 * relative-agent-verbs.tsv): the verb classes the stage asks «is this token one of them?». Read once per file.
 */
export function readVerbFormSet(file: string): ReadonlySet<string> {
  const hit = verbSets.get(file);
  if (hit) return hit;
  const out = new Set<string>();
  for (const row of readTable(file).rows) {
    for (const f of perfectForms(row.cells['perfect'] ?? '')) out.add(f);
    for (const f of imperfectForms(row.cells['imperfect'] ?? '')) out.add(f);
  }
  verbSets.set(file, out);
  return out;
}
