import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { RecordTable } from '../client/RecordTable';
import { useFigureFormat } from './figure-format';
import { useDrillDown, useIndicators, useReportOptions } from './queries';
import { TableDownloads } from './TableDownloads';

/** Above this many people the list says it shows only the first ones (the API's limit). */
const listLimit = 1000;

/**
 * The people behind a figure (or one bar of it), for those who may see them. The same cuts as the
 * dashboard; the server applies the client list's visibility rule and audits the read.
 */
export function DrillDownPage() {
  const { t } = useTranslation('dashboard');
  const format = useFigureFormat();
  const [searchParams] = useSearchParams();
  const query = Object.fromEntries(searchParams.entries());
  const { indicatorId = '', key } = query;
  const indicator = useIndicators().data?.items.find((item) => item.id === indicatorId);
  const municipalities = new Map(useReportOptions().data?.municipalities.map((municipality) => [municipality.code, municipality.name]));
  const people = useDrillDown(query);
  const back = new URLSearchParams(searchParams);
  for (const name of ['indicatorId', 'key', 'part']) back.delete(name);
  const subject = indicator ? `${format.text(indicator.name)}${key ? `: ${format.keyLabel(indicator, key)}` : ''}` : '';
  const items = people.data?.items ?? [];
  const municipalityName = (code: string) => {
    const name = municipalities.get(code);
    return name ? format.text(name) : code;
  };

  return (
    <div data-qa="drill-down-page">
      <PageHeading>{t('drillDown.title')}</PageHeading>
      <Paragraph mb="s">
        <Link to={`/dashboard?${back.toString()}`} data-qa="drill-down-back">
          {t('drillDown.back')}
        </Link>
      </Paragraph>
      <Paragraph mb="m">{t('drillDown.intro')}</Paragraph>
      {subject ? (
        <Paragraph mb="m" data-qa="drill-down-subject">
          <strong>{subject}</strong> ({query.from} – {query.to})
        </Paragraph>
      ) : null}
      <ErrorBanner error={people.error} />
      {people.isPending ? <LoadingIndicator /> : null}
      {people.data ? (
        <>
          <Paragraph mb="s" data-qa="drill-down-total">
            {t('drillDown.total', { count: people.data.total })}
            {people.data.total > listLimit ? ` ${t('drillDown.truncated', { shown: listLimit })}` : ''}
          </Paragraph>
          {items.length === 0 ? (
            <Paragraph data-qa="drill-down-empty">{t('drillDown.empty')}</Paragraph>
          ) : (
            <RecordTable caption={subject || t('drillDown.caption')} data-qa="drill-down-table">
              <thead>
                <tr>
                  <th scope="col">{t('drillDown.name')}</th>
                  <th scope="col">{t('drillDown.municipality')}</th>
                  <th scope="col">{t('drillDown.rows')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((person) => (
                  <tr key={person.id} data-qa="drill-down-row">
                    <th scope="row">
                      <Link to={`/clients/${person.id}`}>{`${person.lastName} ${person.firstName}`}</Link>
                    </th>
                    <td>{municipalityName(person.municipalityCode)}</td>
                    <td>{person.rows}</td>
                  </tr>
                ))}
              </tbody>
            </RecordTable>
          )}
          <TableDownloads
            table={{
              title: t('drillDown.caption'),
              fileName: `${indicatorId}-people`,
              columns: [
                { label: t('drillDown.name') },
                { label: t('drillDown.municipality') },
                { label: t('drillDown.rows'), unit: 'count' },
              ],
              rows: items.map((person) => [
                `${person.lastName} ${person.firstName}`,
                municipalityName(person.municipalityCode),
                person.rows,
              ]),
            }}
          />
        </>
      ) : null}
    </div>
  );
}
