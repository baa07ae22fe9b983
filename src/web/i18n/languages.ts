import { locales, type Locale } from '../../contract/common';

export const defaultLanguage: Locale = 'fi';

const storageKey = 'polku.language';

export function isLanguage(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The language chosen on this device earlier, if the browser lets us read it. */
export function storedLanguage(): Locale | undefined {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function storeLanguage(language: Locale): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts until reload.
  }
}
