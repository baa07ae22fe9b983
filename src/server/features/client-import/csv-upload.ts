import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { currentTotp } from '../../auth/totp.js';

export type CsvUploader = (url: string, csv: string | Buffer, headers?: Record<string, string>) => Promise<LightMyRequestResponse>;

/**
 * For tests and the benchmark: a logged-in user posting a CSV file. Test agents send JSON only,
 * so this keeps the session cookie and CSRF token of its own login (and its second factor, for admins).
 */
export async function loginForCsvUpload(app: FastifyInstance, email: string, password: string, totpSecret?: string): Promise<CsvUploader> {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (login.statusCode !== 200) throw new Error(`login failed for ${email}: ${login.statusCode}`);
  const cookie = `polku_session=${login.cookies.find((candidate) => candidate.name === 'polku_session')!.value}`;
  const session = { cookie, 'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken };
  if (totpSecret) {
    const second = await app.inject({
      method: 'POST',
      url: '/api/auth/totp',
      headers: session,
      payload: { code: currentTotp(totpSecret) },
    });
    if (second.statusCode !== 200) throw new Error(`second factor failed for ${email}: ${second.statusCode}`);
  }
  return (url, csv, headers = {}) =>
    app.inject({ method: 'POST', url, headers: { ...session, 'content-type': 'text/csv; charset=utf-8', ...headers }, payload: csv });
}
