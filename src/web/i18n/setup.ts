import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { locales } from '../../contract/common';
import { defaultLanguage, isLanguage, storeLanguage, storedLanguage } from './languages';
import { namespaceNames, resources } from './resources';

/**
 * Creates the i18next instance for the app. The chosen language is remembered on the device and
 * mirrored to <html lang>, which the API client also sends as Accept-Language.
 */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (language) => {
    if (!isLanguage(language)) return;
    document.documentElement.lang = language;
    storeLanguage(language);
  });
  void instance.use(initReactI18next).init({
    resources,
    lng: storedLanguage() ?? defaultLanguage,
    fallbackLng: defaultLanguage,
    supportedLngs: [...locales],
    ns: namespaceNames,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return instance;
}
