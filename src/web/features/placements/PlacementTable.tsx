import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RouterLink } from 'suomifi-ui-components';
import type { Placement } from '../../../contract/placements';
import { formatDate } from '../../format';
import { RecordTable } from '../client/RecordTable';
import { StatusTag } from '../client/StatusTag';

type PlacementTableProps = {
  placements: readonly Placement[];
  /** On the client page the employer names the row; on the employer page the client does. */
  named: 'employer' | 'client';
  caption: string;
  'data-qa': string;
};

export function PlacementTable({ placements, named, caption, ...rest }: PlacementTableProps) {
  const { t } = useTranslation('placements');
  return (
    <RecordTable caption={caption} hideCaption data-qa={rest['data-qa']}>
      <thead>
        <tr>
          <th scope="col">{t(`list.${named}`)}</th>
          <th scope="col">{t('list.type')}</th>
          <th scope="col">{t('list.period')}</th>
          <th scope="col">{t('list.status')}</th>
          <th scope="col">{t('list.open')}</th>
        </tr>
      </thead>
      <tbody>
        {placements.map((placement) => {
          const name = named === 'employer' ? placement.employerName : placement.clientName;
          const end = placement.endedOn ?? placement.plannedEndDate;
          return (
            <tr key={placement.id} data-qa="placement-row" data-state={placement.endedOn ? 'ended' : 'running'}>
              <td>
                <RouterLink
                  asComponent={Link}
                  to={named === 'client' ? `/clients/${placement.clientId}` : `/employers/${placement.employerId}`}
                >
                  {name}
                </RouterLink>
                {placement.opportunityTitle ? <div>{placement.opportunityTitle}</div> : null}
              </td>
              <td>{t(`types.${placement.type}`)}</td>
              <td>
                {end ? `${formatDate(placement.startDate)}–${formatDate(end)}` : t('list.from', { date: formatDate(placement.startDate) })}
              </td>
              <td>
                <StatusTag tone={placement.endedOn ? 'neutral' : 'success'}>
                  {t(placement.endedOn ? 'list.ended' : 'list.running')}
                </StatusTag>
              </td>
              <td>
                <RouterLink
                  asComponent={Link}
                  to={`/placements/${placement.id}`}
                  aria-label={t('list.openLabel', { name })}
                  data-qa="placement-open"
                >
                  {t('list.open')}
                </RouterLink>
              </td>
            </tr>
          );
        })}
      </tbody>
    </RecordTable>
  );
}
