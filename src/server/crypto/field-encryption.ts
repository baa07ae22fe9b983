import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Column-level encryption for the most sensitive values (identity codes, Art. 9 notes):
 * a database dump alone does not reveal them. AES-256-GCM with a random IV per value;
 * a separate HMAC key gives a blind index for exact-match lookups.
 */
export type FieldCipher = {
  encrypt: (plain: string) => string;
  decrypt: (stored: string) => string;
  blindIndex: (plain: string) => string;
};

export function createFieldCipher(secretKeyBase64: string): FieldCipher {
  const master = Buffer.from(secretKeyBase64, 'base64');
  if (master.length !== 32) throw new Error('secret key must be 32 bytes');
  const encryptionKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'polku field encryption v1', 32));
  const indexKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'polku blind index v1', 32));
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      const encrypted = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), encrypted.toString('base64')].join(':');
    },
    decrypt(stored) {
      const [version, iv, tag, data] = stored.split(':');
      if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('unknown ciphertext format');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
    },
    blindIndex(plain) {
      return createHmac('sha256', indexKey).update(plain).digest('base64url');
    },
  };
}

export function generateSecretKey(): string {
  return randomBytes(32).toString('base64');
}
