import { nextCapacity } from './lists.js';

/**
 * Variable-length per-row data (skills, occupations, languages) packed into one growing array.
 * An update appends the row's new data and leaves the old as garbage; compact() rewrites the
 * pool when garbage outweighs live data, so updates stay O(row) and memory stays bounded.
 */
export class Pool {
  data: Int32Array;
  offset: Uint32Array;
  length: Uint16Array;
  used = 0;
  private garbage = 0;

  constructor(rows: number, entries: number) {
    this.data = new Int32Array(Math.max(16, entries));
    this.offset = new Uint32Array(rows);
    this.length = new Uint16Array(rows);
  }

  set(row: number, values: ArrayLike<number>): void {
    this.garbage += this.length[row]!;
    if (this.used + values.length > this.data.length) {
      if (this.garbage > this.used / 2) this.compact();
      if (this.used + values.length > this.data.length) {
        const next = new Int32Array(nextCapacity(this.data.length, this.used + values.length));
        next.set(this.data.subarray(0, this.used));
        this.data = next;
      }
    }
    this.data.set(values, this.used);
    this.offset[row] = this.used;
    this.length[row] = values.length;
    this.used += values.length;
  }

  clear(row: number): void {
    this.garbage += this.length[row]!;
    this.length[row] = 0;
  }

  values(row: number): Int32Array {
    return this.data.subarray(this.offset[row]!, this.offset[row]! + this.length[row]!);
  }

  resize(rows: number): void {
    if (rows <= this.offset.length) return;
    const offset = new Uint32Array(rows);
    offset.set(this.offset);
    this.offset = offset;
    const length = new Uint16Array(rows);
    length.set(this.length);
    this.length = length;
  }

  /** Drops the garbage and the spare capacity (after a bulk load). */
  trim(): void {
    this.compact();
    // An eighth spare, so the updates after a bulk load do not copy the whole pool at once.
    const data = new Int32Array(Math.max(16, Math.ceil(this.used * 1.125)));
    data.set(this.data.subarray(0, this.used));
    this.data = data;
  }

  private compact(): void {
    const next = new Int32Array(this.data.length);
    let used = 0;
    for (let row = 0; row < this.offset.length; row++) {
      const count = this.length[row]!;
      if (count === 0) continue;
      next.set(this.data.subarray(this.offset[row]!, this.offset[row]! + count), used);
      this.offset[row] = used;
      used += count;
    }
    this.data = next;
    this.used = used;
    this.garbage = 0;
  }

  get bytes(): number {
    return this.data.byteLength + this.offset.byteLength + this.length.byteLength;
  }
}
