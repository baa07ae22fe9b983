import { createHash } from 'node:crypto';

/**
 * Row ids are derived from the seed and a name such as `client/17`, so related rows can
 * reference each other before anything is inserted, the same seed gives the same ids, and ids
 * never collide (a 32-bit random stream could repeat over millions of rows).
 * Format: name-based UUID version 5 (SHA-1), which every UUID validator accepts.
 */
export function demoId(seed: number, name: string): string {
  const hex = nameDigest(seed, name).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Ids for the many rows of one client from a single hash: the last 32 bits of the client's
 * digest are XORed with a counter, so ids stay unique within the client and, with 96 bits
 * left from the hash, across clients. Hashing each row separately made up a tenth of the
 * generation time at benchmark volume.
 */
export function demoIdSequence(seed: number, name: string): () => string {
  const digest = nameDigest(seed, name);
  const prefix = demoId(seed, name).slice(0, 28);
  const tail = digest.readUInt32BE(12);
  let counter = 0;
  return () => prefix + ((tail ^ counter++) >>> 0).toString(16).padStart(8, '0');
}

function nameDigest(seed: number, name: string): Buffer {
  const digest = createHash('sha1').update(`polku-demo/${seed}/${name}`).digest();
  digest[6] = ((digest[6] as number) & 0x0f) | 0x50;
  digest[8] = ((digest[8] as number) & 0x3f) | 0x80;
  return digest.subarray(0, 16);
}
