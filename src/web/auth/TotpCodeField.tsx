import { useTranslation } from 'react-i18next';
import { TextField } from '../components/TextField';

type TotpCodeFieldProps = { value: string; onChange: (value: string) => void; invalid: boolean };

/** The six-digit code from an authenticator app; phones offer the number pad and the code itself. */
export function TotpCodeField({ value, onChange, invalid }: TotpCodeFieldProps) {
  const { t } = useTranslation('auth');
  return (
    <TextField
      labelText={t('totp.code')}
      hintText={t('totp.codeHint')}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={7}
      value={value}
      onChange={onChange}
      error={invalid ? t('totp.invalidCode') : undefined}
      data-qa="totp-code"
    />
  );
}
