import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput, type DateInputProps } from 'suomifi-ui-components';
import { isLanguage } from '../i18n/languages';
import { finnishDateOfIsoDate, isoDateOfFinnishDate } from '../format';
import { errorStatus } from './field-status';

type DateFieldProps = Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'status' | 'statusText' | 'optionalText' | 'language'
> & {
  /** An ISO calendar date ("2026-11-23"), '' when empty, or the user's unfinished text. */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  optional?: boolean;
};

/**
 * The user types d.M.yyyy or picks from the calendar; the form gets an ISO date once the text is
 * a real date and the raw text before that, so the schema reports it as invalid_date.
 */
export function DateField({ value, onChange, error, optional, ...inputProps }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => finnishDateOfIsoDate(value) ?? value);
  const textMatchesValue = text === value || isoDateOfFinnishDate(text) === value;
  const shownText = textMatchesValue ? text : (finnishDateOfIsoDate(value) ?? value);
  return (
    <DateInput
      datePickerEnabled
      mb="m"
      {...inputProps}
      language={isLanguage(i18n.language) ? i18n.language : 'fi'}
      value={shownText}
      onChange={({ value: typed }) => {
        setText(typed);
        onChange(isoDateOfFinnishDate(typed) ?? typed.trim());
      }}
      optionalText={optional ? t('optional') : undefined}
      {...errorStatus(error)}
    />
  );
}
