import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import type { FidelityReviewSummary } from '../../../contract/fidelity';
import { hasAnyRole, useSession } from '../../auth/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../format';
import { RecordTable } from '../client/RecordTable';
import { StatusTag } from '../client/StatusTag';
import { bandTones, useTargetName } from './labels';
import { useFidelityReviews } from './queries';

const targetKey = (review: FidelityReviewSummary) => `${review.organisationId}/${review.teamId ?? ''}/${review.programmeId ?? ''}`;

/** /fidelity: every review the user may read, one table per team or programme with its trend. */
export function FidelityReviewsPage() {
  const { t } = useTranslation('fidelity');
  const { data: session } = useSession();
  const reviews = useFidelityReviews();
  const targetName = useTargetName();
  const canWrite = session ? hasAnyRole(session, ['team_lead', 'admin']) : false;
  const groups = new Map<string, FidelityReviewSummary[]>();
  for (const review of reviews.data?.items ?? []) groups.set(targetKey(review), [...(groups.get(targetKey(review)) ?? []), review]);

  return (
    <div data-qa="fidelity-page">
      <PageHeading>{t('list.title')}</PageHeading>
      <Paragraph mb="m">{t('list.intro')}</Paragraph>
      {canWrite ? (
        <Paragraph mb="l">
          <RouterLink asComponent={Link} to="/fidelity/new" data-qa="fidelity-new">
            {t('list.newReview')}
          </RouterLink>
        </Paragraph>
      ) : null}
      <ErrorBanner error={reviews.error} />
      {reviews.isPending ? <LoadingIndicator /> : null}
      {reviews.data && groups.size === 0 ? <Paragraph data-qa="fidelity-empty">{t('list.empty')}</Paragraph> : null}
      {[...groups.entries()].map(([key, items]) => (
        <section key={key} data-qa="fidelity-target">
          <Heading variant="h2" mb="s">
            {targetName(items[0]!)}
          </Heading>
          <ReviewHistory items={items} caption={t('list.caption', { target: targetName(items[0]!) })} />
        </section>
      ))}
    </div>
  );
}

function ReviewHistory({ items, caption }: { items: FidelityReviewSummary[]; caption: string }) {
  const { t, i18n } = useTranslation('fidelity');
  const signed = new Intl.NumberFormat(i18n.language, { signDisplay: 'exceptZero' });
  return (
    <RecordTable caption={caption} hideCaption data-qa="fidelity-history">
      <thead>
        <tr>
          <th scope="col">{t('list.columns.date')}</th>
          <th scope="col">{t('list.columns.period')}</th>
          <th scope="col">{t('list.columns.total')}</th>
          <th scope="col">{t('list.columns.band')}</th>
          <th scope="col">{t('list.columns.change')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((review) => (
          <tr key={review.id} data-qa={`fidelity-review-${review.id}`}>
            <td>
              <RouterLink
                asComponent={Link}
                to={`/fidelity/${review.id}`}
                aria-label={t('list.open', { date: formatDate(review.reviewDate) })}
              >
                {formatDate(review.reviewDate)}
              </RouterLink>
            </td>
            <td>{`${formatDate(review.periodStart)}–${formatDate(review.periodEnd)}`}</td>
            <td data-qa="review-total">{review.band ? review.total : t('list.incomplete', { scored: review.scoredItems })}</td>
            <td data-qa="review-band">
              {review.band ? <StatusTag tone={bandTones[review.band]}>{t(`bands.${review.band}`)}</StatusTag> : null}
            </td>
            <td data-qa="review-change">{review.change === null ? t('list.noChange') : signed.format(review.change)}</td>
          </tr>
        ))}
      </tbody>
    </RecordTable>
  );
}
