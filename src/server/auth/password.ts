import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { minimumPasswordLength } from '../../contract/auth.js';
import type { FieldErrorCode } from '../../contract/errors.js';

/** OWASP's argon2id minimum: 19 MiB, 2 iterations, 1 lane. */
const argon2Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, argon2Options);
}

export async function verifyPassword(storedHash: string, plain: string): Promise<boolean> {
  try {
    return await verify(storedHash, plain);
  } catch {
    return false;
  }
}

/** ~49,000 common and breached passwords bundled with zxcvbn-ts (from public breach corpora). */
const commonPasswords = new Set<string>((dictionary['passwords-common'] as string[]).map((password) => password.toLowerCase()));

export function passwordProblem(plain: string): FieldErrorCode | null {
  if (plain.length < minimumPasswordLength) return 'password_too_short';
  if (commonPasswords.has(plain.toLowerCase())) return 'password_common';
  return null;
}
