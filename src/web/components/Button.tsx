import { useTranslation } from 'react-i18next';
import { Button as SuomifiButton, type ButtonProps as SuomifiButtonProps } from 'suomifi-ui-components';
import type { DistributiveOmit } from './field-status';

type ButtonProps = DistributiveOmit<SuomifiButtonProps, 'loading' | 'ariaLoadingText'> & {
  /** While a request runs: shows a spinner, blocks further clicks and tells screen readers why. */
  busy?: boolean;
  'data-qa'?: string;
};

export function Button({ busy, ...buttonProps }: ButtonProps) {
  const { t } = useTranslation();
  return busy ? <SuomifiButton {...buttonProps} loading ariaLoadingText={t('loading')} /> : <SuomifiButton {...buttonProps} />;
}
