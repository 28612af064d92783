import type { Token } from '../../doc/token.js';
import { analyzeText } from '../../text/index.js';
import type { ActorKb } from './kb.js';
import { formsOf, isQuoteOrParen, matchPhrase, type PhraseMatch } from './words.js';

/** How a KB entry names its actor: full name, a short form, the capital (for a state), a nisba form, a people plural. */
export type NameKind = 'full' | 'short' | 'capital' | 'nisba' | 'plural';

export interface NameEntry {
  readonly words: readonly string[];
  readonly actorId: string;
  readonly kind: NameKind;
}

export interface NameHit extends PhraseMatch {
  readonly first: number;
  readonly entry: NameEntry;
}

/** The words of a data name as the tokenizer would cut them («5+5» → 5, +, 5), quote marks dropped. */
function aliasWords(text: string): string[] {
  return analyzeText(text).tokens.filter((t) => !isQuoteOrParen(t)).map((t) => t.norm);
}

/** All KB names indexed by their first word's key, longest first, so a scan is one lookup per token form. */
export class Gazetteer {
  private readonly byFirst = new Map<string, NameEntry[]>();

  add(text: string, actorId: string, kind: NameKind): void {
    const words = aliasWords(text);
    if (!words[0]) return;
    const list = this.byFirst.get(words[0]) ?? [];
    if (!list.some((e) => e.actorId === actorId && e.words.join(' ') === words.join(' '))) list.push({ words, actorId, kind });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
  }

  static fromKb(kb: ActorKb): Gazetteer {
    const g = new Gazetteer();
    for (const a of kb.actors.values()) {
      for (const n of a.aliases) g.add(n, a.id, 'full');
      for (const n of a.short) g.add(n, a.id, 'short');
      if (a.capital) g.add(a.capital, a.id, 'capital');
      for (const n of a.nisba) {
        g.add(n, a.id, 'nisba');
        g.add('ال' + n, a.id, 'nisba');
        // The indefinite accusative of the masculine singular («وفدا مصريا»).
        if (n.endsWith('ي')) g.add(n + 'ا', a.id, 'nisba');
      }
      for (const n of a.plural) {
        g.add(n, a.id, 'plural');
        // The indefinite broken plural after an indefinite noun («عسكريين روس», «جنود أتراك»).
        if (n.startsWith('ال') && !n.endsWith('ين') && !n.endsWith('ون')) g.add(n.slice(2), a.id, 'plural');
      }
    }
    return g;
  }

  /** The longest entry matching at token i (any kind allowed by `accept`). */
  longestAt(tokens: readonly Token[], i: number, accept: (e: NameEntry) => boolean = () => true): NameHit | null {
    let best: NameHit | null = null;
    for (const f of formsOf(tokens[i]!)) {
      for (const e of this.byFirst.get(f.key) ?? []) {
        if (!accept(e)) continue;
        if (best && e.words.length <= best.entry.words.length) continue;
        const m = matchPhrase(tokens, i, e.words);
        if (m && (!best || m.last > best.last)) best = { ...m, first: i, entry: e };
      }
    }
    return best;
  }
}
