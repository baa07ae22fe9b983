import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { PageHeading } from './PageHeading';

export function AccessDeniedPage() {
  const { t } = useTranslation();
  return (
    <div data-qa="access-denied">
      <PageHeading>{t('forbidden.title')}</PageHeading>
      <Paragraph>{t('forbidden.body')}</Paragraph>
    </div>
  );
}
