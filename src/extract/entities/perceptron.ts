/**
 * A first-order structured perceptron over BIO tags (Collins 2002): emission weights per
 * (feature, tag), transition weights per (previous tag, tag), exact Viterbi decoding with the BIO
 * constraint (I-X only after B-X or I-X). Training averages the weights (lazy, timestamped updates)
 * and is deterministic: the shuffle is seeded.
 */
import { prng } from '../../util/prng.js';

export interface TaggerModel {
  readonly tags: readonly string[];
  /** Feature string → row index into `emission` (row length = tags.length). */
  readonly index: ReadonlyMap<string, number>;
  readonly emission: Float32Array;
  /** (tags.length + 1) × tags.length: row `tags.length` is the sentence start. */
  readonly transition: Float32Array;
  /** Stem key → entity types seen in training (tag-dictionary.ts), read by the features. */
  readonly dictionary?: ReadonlyMap<string, string>;
}

/** allowed[prev * n + cur]: BIO well-formedness; prev = n is the sentence start. */
export function allowedTransitions(tags: readonly string[]): Uint8Array {
  const n = tags.length;
  const ok = new Uint8Array((n + 1) * n);
  for (let p = 0; p <= n; p++) {
    for (let c = 0; c < n; c++) {
      const cur = tags[c]!;
      if (!cur.startsWith('I-')) ok[p * n + c] = 1;
      else if (p < n) {
        const prev = tags[p]!;
        ok[p * n + c] = prev !== 'O' && prev.slice(2) === cur.slice(2) ? 1 : 0;
      }
    }
  }
  return ok;
}

/** Emission scores of one token from its feature rows (unknown features are skipped). */
function scoreRows(emission: Float32Array | Float64Array, rows: Int32Array, n: number, out: Float64Array): void {
  out.fill(0);
  for (let r = 0; r < rows.length; r++) {
    const base = rows[r]! * n;
    for (let c = 0; c < n; c++) out[c]! += emission[base + c]!;
  }
}

/** Viterbi over feature rows per token. Returns tag indices. */
export function viterbi(
  emission: Float32Array | Float64Array,
  transition: Float32Array | Float64Array,
  allowed: Uint8Array,
  n: number,
  rows: readonly Int32Array[],
  /** Optional per-token tag index the path must take (-1: free). */
  forced?: Int32Array,
): number[] {
  const T = rows.length;
  if (T === 0) return [];
  const score = new Float64Array(T * n);
  const back = new Int32Array(T * n);
  const em = new Float64Array(n);
  for (let t = 0; t < T; t++) {
    scoreRows(emission, rows[t]!, n, em);
    for (let c = 0; c < n; c++) {
      let best = -Infinity;
      let arg = 0;
      if (t === 0) {
        if (allowed[n * n + c]) best = transition[n * n + c]!;
      } else {
        for (let p = 0; p < n; p++) {
          if (!allowed[p * n + c]) continue;
          const s = score[(t - 1) * n + p]! + transition[p * n + c]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      const f = forced ? forced[t]! : -1;
      score[t * n + c] = f >= 0 && f !== c ? -Infinity : best + em[c]!;
      back[t * n + c] = arg;
    }
  }
  let bestC = 0;
  for (let c = 1; c < n; c++) if (score[(T - 1) * n + c]! > score[(T - 1) * n + bestC]!) bestC = c;
  const path = new Array<number>(T);
  path[T - 1] = bestC;
  for (let t = T - 1; t > 0; t--) path[t - 1] = back[t * n + path[t]!]!;
  return path;
}

export function rowsOf(index: ReadonlyMap<string, number>, features: readonly string[]): Int32Array {
  const rows: number[] = [];
  for (const f of features) {
    const r = index.get(f);
    if (r !== undefined) rows.push(r);
  }
  return Int32Array.from(rows);
}

export function tagSentence(model: TaggerModel, allowed: Uint8Array, features: readonly (readonly string[])[]): string[] {
  const rows = features.map((f) => rowsOf(model.index, f));
  return viterbi(model.emission, model.transition, allowed, model.tags.length, rows).map((i) => model.tags[i]!);
}


export interface TrainingSentence {
  readonly features: readonly (readonly string[])[];
  readonly tags: readonly string[];
}

export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Features seen fewer times than this in training are left out of the model. */
  readonly minCount: number;
  /** Called after each epoch with the averaged model (for tuning on a dev set). */
  readonly onEpoch?: (epoch: number, model: TaggerModel) => void;
}

export function train(data: readonly TrainingSentence[], tags: readonly string[], opts: TrainOptions): TaggerModel {
  const n = tags.length;
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const counts = new Map<string, number>();
  for (const s of data) for (const fs of s.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, c] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (c >= opts.minCount) index.set(f, index.size);
  }
  const rowsData = data.map((s) => s.features.map((f) => rowsOf(index, f)));
  const gold = data.map((s) => s.tags.map((t) => {
    const i = tagIndex.get(t);
    if (i === undefined) throw new Error(`unknown tag ${t}`);
    return i;
  }));
  const allowed = allowedTransitions(tags);
  const size = index.size * n;
  const tsz = (n + 1) * n;
  // w: current weights; acc: running sum of w over time (lazily); stamp: last update time per weight.
  const w = new Float64Array(size);
  const acc = new Float64Array(size);
  const stamp = new Float64Array(size);
  const tw = new Float64Array(tsz);
  const tacc = new Float64Array(tsz);
  const tstamp = new Float64Array(tsz);
  let time = 1;
  const upd = (ws: Float64Array, as: Float64Array, st: Float64Array, i: number, d: number): void => {
    as[i]! += (time - st[i]!) * ws[i]!;
    st[i] = time;
    ws[i]! += d;
  };
  const averaged = (): TaggerModel => {
    const emission = new Float32Array(size);
    for (let i = 0; i < size; i++) emission[i] = (acc[i]! + (time - stamp[i]!) * w[i]!) / time;
    const transition = new Float32Array(tsz);
    for (let i = 0; i < tsz; i++) transition[i] = (tacc[i]! + (time - tstamp[i]!) * tw[i]!) / time;
    return { tags, index, emission, transition };
  };
  const rand = prng(opts.seed);
  const order = data.map((_, i) => i);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const s of order) {
      const rows = rowsData[s]!;
      const g = gold[s]!;
      const pred = viterbi(w, tw, allowed, n, rows);
      for (let t = 0; t < rows.length; t++) {
        const gp = t === 0 ? n : g[t - 1]!;
        const pp = t === 0 ? n : pred[t - 1]!;
        if (g[t] === pred[t] && gp === pp) continue;
        upd(tw, tacc, tstamp, gp * n + g[t]!, 1);
        upd(tw, tacc, tstamp, pp * n + pred[t]!, -1);
        if (g[t] === pred[t]) continue;
        for (const r of rows[t]!) {
          upd(w, acc, stamp, r * n + g[t]!, 1);
          upd(w, acc, stamp, r * n + pred[t]!, -1);
        }
      }
      time++;
    }
    opts.onEpoch?.(epoch, averaged());
  }
  return averaged();
}
