import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../contract/common';
import type { Figure, IndicatorDefinition, IndicatorUnit, LocalisedText } from '../../../contract/reports';
import { isLanguage } from '../../i18n/languages';

const numberLocales: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function formatNumber(value: number, unit: IndicatorUnit, language: Locale): string {
  const locale = numberLocales[language];
  switch (unit) {
    case 'share':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    case 'euros':
      return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
    case 'count':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
    case 'ratio':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
    default:
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  }
}

/** Figures, their units and the registry's texts in the UI language. */
export function useFigureFormat() {
  const { t, i18n } = useTranslation('dashboard');
  const language: Locale = isLanguage(i18n.language) ? i18n.language : 'fi';
  const text = (localised: LocalisedText) => localised[language];
  const withUnit = (value: number, unit: IndicatorUnit) => {
    const number = formatNumber(value, unit, language);
    return unit === 'days' || unit === 'score' ? `${number} ${t(`units.${unit}`)}` : number;
  };
  /** The value as shown, or the reason there is none. */
  const figureText = (figure: Pick<Figure, 'value' | 'suppressed'> & { notApplicable?: boolean }, unit: IndicatorUnit) => {
    if (figure.notApplicable) return t('figure.notApplicable');
    if (figure.suppressed) return t('figure.suppressed');
    return figure.value === null ? t('figure.noData') : withUnit(figure.value, unit);
  };
  const keyLabel = (indicator: IndicatorDefinition, key: string) => {
    const label = indicator.breakdownLabels?.[key];
    return label ? text(label) : key;
  };
  return {
    language,
    text,
    withUnit,
    figureText,
    keyLabel,
    number: (value: number, unit: IndicatorUnit) => formatNumber(value, unit, language),
  };
}
