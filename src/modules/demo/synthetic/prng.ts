/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) so that synthetic data is the same for
 * the same seed on every machine. Never Math.random: a demo or a benchmark must be reproducible.
 */

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a over a string: turns a label ("enterprises", a pool key) into a sub-seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, label = '') {
    const mix = splitmix32((seed ^ hashString(label)) >>> 0);
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.nextUint();
  }

  /** An independent stream for a sub-task, so adding draws in one place does not shift another. */
  fork(label: string): Prng {
    return new Prng(this.nextUint(), label);
  }

  nextUint(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint() / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  /** Uniform real in [min, max). */
  real(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** k distinct items (k ≤ length), in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + this.int(copy.length - i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }

  /** Log-uniform in [min, max): multiplicative spread (how far over a limit a failure lands). */
  logUniform(min: number, max: number): number {
    return Math.exp(this.real(Math.log(min), Math.log(max)));
  }
}

/** Items with weights; draws by binary search over the cumulative weights. */
export class Weighted<T> {
  private readonly cumulative: Float64Array;
  readonly items: readonly T[];
  readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    const kept = entries.filter(([, w]) => w > 0);
    if (kept.length === 0) throw new Error('Weighted: no positive weight');
    this.items = kept.map(([item]) => item);
    this.cumulative = new Float64Array(kept.length);
    let sum = 0;
    kept.forEach(([, w], i) => (this.cumulative[i] = sum += w));
    this.total = sum;
  }

  draw(rng: Prng): T {
    return this.items[bisect(this.cumulative, rng.next() * this.total)];
  }

  /** Probability of an item (for expected-count arithmetic). */
  share(item: T): number {
    const i = this.items.indexOf(item);
    if (i < 0) return 0;
    return (this.cumulative[i] - (i === 0 ? 0 : this.cumulative[i - 1])) / this.total;
  }
}

function bisect(cumulative: Float64Array, x: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const zipfTables = new Map<string, Float64Array>();

/**
 * A rank in [0, size) with P(rank r) ∝ 1/(r+1)^s: a few enterprises of a pool are sampled
 * often, most only now and then. Cumulative tables are shared between pools of equal size.
 */
export function zipfRank(rng: Prng, size: number, s: number): number {
  if (size <= 1) return 0;
  const key = `${size}:${s}`;
  let table = zipfTables.get(key);
  if (!table) {
    table = new Float64Array(size);
    let sum = 0;
    for (let r = 0; r < size; r++) table[r] = sum += 1 / Math.pow(r + 1, s);
    zipfTables.set(key, table);
  }
  return bisect(table, rng.next() * table[size - 1]);
}
