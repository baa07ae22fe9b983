/** Doubling while small, +25 % when large: a trimmed index does not double its biggest arrays on the next update. */
export const nextCapacity = (current: number, needed: number) =>
  Math.max(needed, current < 65_536 ? current * 2 : Math.ceil(current * 1.25), 4);

/** A growable list of row numbers with an optional byte per entry (a skill level, an essential/optional flag). */
export class PostingList {
  rows: Uint32Array;
  tags: Uint8Array;
  length = 0;

  constructor(capacity = 4) {
    this.rows = new Uint32Array(capacity);
    this.tags = new Uint8Array(capacity);
  }

  push(row: number, tag = 0): void {
    if (this.length === this.rows.length) {
      const capacity = nextCapacity(this.rows.length, this.length + 1);
      const rows = new Uint32Array(capacity);
      rows.set(this.rows);
      this.rows = rows;
      const tags = new Uint8Array(capacity);
      tags.set(this.tags);
      this.tags = tags;
    }
    this.rows[this.length] = row;
    this.tags[this.length++] = tag;
  }

  /** Removes one entry of the row (order is not kept: the lists are scanned whole). */
  remove(row: number): boolean {
    const index = this.rows.subarray(0, this.length).indexOf(row);
    if (index < 0) return false;
    this.length--;
    this.rows[index] = this.rows[this.length]!;
    this.tags[index] = this.tags[this.length]!;
    return true;
  }

  /** Gives back the spare capacity (after a bulk load). */
  trim(): void {
    this.rows = this.rows.slice(0, Math.max(1, this.length));
    this.tags = this.tags.slice(0, Math.max(1, this.length));
  }

  get bytes(): number {
    return this.rows.byteLength + this.tags.byteLength;
  }
}

/** Posting lists by an interned key, created on first use. */
export class PostingIndex {
  readonly lists: (PostingList | undefined)[] = [];

  add(key: number, row: number, tag = 0): void {
    (this.lists[key] ??= new PostingList()).push(row, tag);
  }

  remove(key: number, row: number): void {
    this.lists[key]?.remove(row);
  }

  trim(): void {
    for (const list of this.lists) list?.trim();
  }

  get(key: number): PostingList | undefined {
    return key < 0 ? undefined : this.lists[key];
  }

  get bytes(): number {
    return this.lists.reduce((sum, list) => sum + (list?.bytes ?? 0) + 64, 0);
  }
}

/** Grows a typed array to at least `size` entries, keeping its contents. */
export function grow<T extends Float64Array | Float32Array | Int32Array | Uint32Array | Uint16Array | Uint8Array>(
  array: T,
  size: number,
): T {
  if (array.length >= size) return array;
  const next = new (array.constructor as new (length: number) => T)(nextCapacity(array.length, size));
  next.set(array);
  return next;
}
