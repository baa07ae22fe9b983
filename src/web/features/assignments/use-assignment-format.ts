import { useTranslation } from 'react-i18next';
import type { ResponseTimeUnit } from '../../../contract/assignments';
import { formatDateTime } from '../../format';
import { isLanguage } from '../../i18n/languages';
import { formatClock } from './clock';

/** The assignment pages' ways of saying times: Helsinki date-times, clock times, agreed and elapsed working time. */
export function useAssignmentFormat() {
  const { t, i18n } = useTranslation('assignments');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  return {
    language,
    dateTime: (instant: string | null) => formatDateTime(instant, language),
    clock: (minuteOfDay: number) => formatClock(minuteOfDay, language),
    responseTime: (amount: number, unit: ResponseTimeUnit) => t(`responseTime.${unit}`, { count: amount }),
    workingTime: (minutes: number) =>
      minutes < 60
        ? t('workingTime.minutes', { minutes })
        : t('workingTime.hoursAndMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 }),
  };
}
