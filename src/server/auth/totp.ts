import { authenticator } from 'otplib';

/** RFC 6238 codes, accepting one 30-second step of clock drift either way. TOTP uses real time even under a fixed demo clock. */
const totp = authenticator.clone({ window: 1 });

export const generateTotpSecret = () => totp.generateSecret(20);
export const totpUri = (email: string, secret: string) => totp.keyuri(email, 'Polku', secret);
export const checkTotp = (code: string, secret: string) => totp.check(code, secret);
export const currentTotp = (secret: string) => totp.generate(secret);
