import type { Morpheme, Token, TokenKind } from '../doc/token.js';
import { morphemesOf, type FormAnalysis } from './clitics.js';

/**
 * The text core's `Token`. Building the morphemes of every token (an array and one to three
 * records each, offsets made absolute) was the largest allocation of `analyzeText`, yet many
 * readers of tokens never look at `parts`. So the token keeps the cached analysis of its form and
 * the chosen segmentation, and builds `parts` on first read.
 *
 * To every reader it looks like the plain record it replaces: after the first read `parts` is an
 * own, enumerable data property (so `Object.keys`, spreading and deep equality see it), and
 * `toJSON` writes the same object, with the same key order, that the plain record gave.
 */
export class TextToken implements Token {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
  readonly norm: string;
  readonly key: string;
  /** The analysed form and its chosen candidate (words), or null (the token is one stem). */
  readonly #form: FormAnalysis | null;
  readonly #candidate: number;
  #parts: readonly Morpheme[] | undefined;

  constructor(
    index: number, start: number, end: number, text: string, kind: TokenKind, norm: string, key: string,
    form: FormAnalysis | null, candidate: number,
  ) {
    this.index = index;
    this.start = start;
    this.end = end;
    this.text = text;
    this.kind = kind;
    this.norm = norm;
    this.key = key;
    this.#form = form;
    this.#candidate = candidate;
    this.#parts = undefined;
  }

  get parts(): readonly Morpheme[] {
    if (this.#parts) return this.#parts;
    const parts = this.#buildParts();
    this.#parts = parts;
    // From now on a plain data property, as on a record (a frozen token keeps the private copy).
    if (Object.isExtensible(this)) Object.defineProperty(this, 'parts', { value: parts, enumerable: true, writable: true, configurable: true });
    return parts;
  }

  #buildParts(): Morpheme[] {
    const start = this.start;
    const form = this.#form;
    if (!form) return [{ role: 'stem', form: this.text, start, end: this.end }];
    const rel = morphemesOf(form, this.#candidate);
    const parts: Morpheme[] = new Array(rel.length);
    for (let k = 0; k < rel.length; k++) {
      const p = rel[k]!;
      parts[k] = { role: p.role, form: p.form, start: p.start + start, end: p.end + start };
    }
    return parts;
  }

  toJSON(): Token {
    return {
      index: this.index, start: this.start, end: this.end, text: this.text, kind: this.kind,
      norm: this.norm, key: this.key, parts: this.parts,
    };
  }
}
