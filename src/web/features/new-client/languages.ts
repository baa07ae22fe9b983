/**
 * The languages most often met in Finnish employment services (the national languages, English
 * and the largest foreign-language groups), kept short so the choice is quick; stored as ISO 639-1.
 * Their names are in texts.ts under languageNames.
 */
export const languageCodes = [
  'fi',
  'sv',
  'en',
  'ru',
  'et',
  'ar',
  'so',
  'fa',
  'ku',
  'uk',
  'th',
  'vi',
  'zh',
  'tr',
  'pl',
  'ro',
  'es',
  'de',
  'fr',
  'sq',
] as const;
export type LanguageCode = (typeof languageCodes)[number];
