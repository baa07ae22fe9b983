import type { FastifyRequest } from 'fastify';
import { locales, type Locale } from '../../contract/common.js';

/** The first supported language in Accept-Language; Finnish when none matches. */
export function requestLocale(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'] ?? '';
  for (const part of header.split(',')) {
    const language = part.split(';')[0]?.trim().slice(0, 2).toLowerCase();
    if (language && (locales as readonly string[]).includes(language)) return language as Locale;
  }
  return 'fi';
}
