import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div data-qa="not-found">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph mb="m">{t('notFound.body')}</Paragraph>
      <RouterLink asComponent={Link} to="/">
        {t('notFound.home')}
      </RouterLink>
    </div>
  );
}
