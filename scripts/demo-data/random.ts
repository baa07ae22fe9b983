/**
 * A small seeded random source. Demo data must be reproducible from a seed, so nothing here
 * touches Math.random or the clock.
 */
export type Random = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [minimum, maximum], both included. */
  integer: (minimum: number, maximum: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
};

/** mulberry32: 32-bit state, fast, good enough for synthetic data (not for secrets). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const integer = (minimum: number, maximum: number): number => minimum + Math.floor(next() * (maximum - minimum + 1));
  return {
    next,
    integer,
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('cannot pick from an empty list');
      return items[integer(0, items.length - 1)] as (typeof items)[number];
    },
  };
}

/**
 * Mixes a seed with stream numbers (e.g. client index) into a new seed, so that each client's
 * history depends only on the seed and its own index — not on batch size or load order.
 */
export function deriveSeed(seed: number, ...streams: number[]): number {
  let value = seed >>> 0;
  for (const stream of streams) value = mixBits((value ^ mixBits(stream + 0x9e3779b9)) >>> 0);
  return value;
}

/** murmur3's 32-bit finaliser: every input bit affects every output bit. */
function mixBits(input: number): number {
  let value = input >>> 0;
  value ^= value >>> 16;
  value = Math.imul(value, 0x85ebca6b);
  value ^= value >>> 13;
  value = Math.imul(value, 0xc2b2ae35);
  value ^= value >>> 16;
  return value >>> 0;
}

export type WeightedList<T> = readonly (readonly [T, number])[];

/** Precomputes cumulative weights once; picking is then a binary search. */
export function weightedPicker<T>(entries: WeightedList<T>): (random: Random) => T {
  if (entries.length === 0) throw new Error('weighted list is empty');
  const values = entries.map(([value]) => value);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) {
    total += weight;
    cumulative.push(total);
  }
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] as number) > target) high = middle;
      else low = middle + 1;
    }
    return values[low] as T;
  };
}

/** Picks `count` distinct items (or all of them if there are fewer). */
export function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) {
    chosen.push(pool.splice(random.integer(0, pool.length - 1), 1)[0] as T);
  }
  return chosen;
}
