import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { LoadingIndicator } from '../../../components/LoadingIndicator';
import { formatDateTime } from '../../../format';
import { isLanguage } from '../../../i18n/languages';
import { RecordTable } from '../RecordTable';
import { SectionHeader } from '../SectionHeader';
import { useProfileHistory } from './queries';

/** Who saved which version of the profile, when, and which of its parts they changed. */
export function ProfileHistory({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation('competenceProfile');
  const history = useProfileHistory(clientId);
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  return (
    <section data-qa="competence-history">
      <SectionHeader title={t('history.title')} level="h3" />
      <ErrorBanner error={history.error} />
      {history.isPending ? <LoadingIndicator /> : null}
      {history.data && history.data.items.length === 0 ? <Paragraph>{t('history.empty')}</Paragraph> : null}
      {history.data && history.data.items.length > 0 ? (
        <RecordTable caption={t('history.caption')} hideCaption data-qa="competence-history-table">
          <thead>
            <tr>
              <th scope="col">{t('history.version')}</th>
              <th scope="col">{t('history.changedAt')}</th>
              <th scope="col">{t('history.changedBy')}</th>
              <th scope="col">{t('history.changedParts')}</th>
            </tr>
          </thead>
          <tbody>
            {history.data.items.map((item) => (
              <tr key={item.version} data-qa="competence-history-row">
                <td>{item.version}</td>
                <td>{formatDateTime(item.changedAt, language)}</td>
                <td>{item.changedBy?.name ?? '–'}</td>
                <td data-qa="competence-history-parts">{item.changedParts.map((part) => t(`parts.${part}`)).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </RecordTable>
      ) : null}
    </section>
  );
}
