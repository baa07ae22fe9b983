/** A language's name in the UI language from the browser's own CLDR data ("fi" → "suomi"), for any stored code. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
