import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Heading, Paragraph, RouterLink, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { fidelityGroups, updateFidelityReviewRequest, type FidelityReview, type FidelityScale } from '../../../contract/fidelity';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { TextareaField } from '../../components/TextareaField';
import { formatDate } from '../../format';
import { StatusTag } from '../client/StatusTag';
import { FidelityItemField, type ItemScore } from './FidelityItemField';
import { bandTones, useTargetName } from './labels';
import { useFidelityReview, useFidelityScale, useSaveFidelityReview } from './queries';

/** /fidelity/:id: the review's summary and its 25 items grouped as in the scale. */
export function FidelityReviewPage() {
  const { t } = useTranslation('fidelity');
  const { id = '' } = useParams();
  const review = useFidelityReview(id);
  const scale = useFidelityScale();
  // The form starts anew from each saved version, so the confirmation lives here.
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  return (
    <div data-qa="fidelity-review-page">
      <PageHeading>{t('review.title')}</PageHeading>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/fidelity">
          {t('review.back')}
        </RouterLink>
      </Paragraph>
      <ErrorBanner error={review.error ?? scale.error} />
      {review.isPending || scale.isPending ? <LoadingIndicator /> : null}
      {review.data && savedVersion === review.data.version ? <Notice data-qa="fidelity-saved">{t('review.saved')}</Notice> : null}
      {review.data && scale.data ? (
        <ReviewForm key={review.data.version} review={review.data} scale={scale.data} onSaved={setSavedVersion} />
      ) : null}
    </div>
  );
}

function ReviewSummary({ review }: { review: FidelityReview }) {
  const { t } = useTranslation('fidelity');
  const targetName = useTargetName();
  return (
    <Summary aria-labelledby="review-summary" data-qa="fidelity-summary">
      <Heading variant="h2" id="review-summary" mb="s">
        {targetName(review)}
      </Heading>
      <dl>
        <dt>{t('review.date')}</dt>
        <dd>{formatDate(review.reviewDate)}</dd>
        <dt>{t('review.period')}</dt>
        <dd>{`${formatDate(review.periodStart)}–${formatDate(review.periodEnd)}`}</dd>
        <dt>{t('review.reviewers')}</dt>
        <dd>{review.reviewers.join(', ')}</dd>
        <dt>{t('review.total')}</dt>
        <dd data-qa="fidelity-total">{t('review.totalValue', { total: review.total })}</dd>
        <dt>{t('review.band')}</dt>
        <dd data-qa="fidelity-band">
          {review.band ? (
            <StatusTag tone={bandTones[review.band]}>{t(`bands.${review.band}`)}</StatusTag>
          ) : (
            t('review.bandPending', { scored: review.scoredItems })
          )}
        </dd>
      </dl>
    </Summary>
  );
}

function ReviewForm({ review, scale, onSaved }: { review: FidelityReview; scale: FidelityScale; onSaved: (version: number) => void }) {
  const { t } = useTranslation('fidelity');
  const form = useFormErrors();
  const save = useSaveFidelityReview(review.id);
  // The pre-filled score is offered as the choice: saving it unchanged confirms it.
  const [scores, setScores] = useState<ItemScore[]>(() =>
    review.items.map((item) => ({ finalScore: item.finalScore ?? item.prefilledScore, note: item.note ?? '' })),
  );
  const [notes, setNotes] = useState(review.notes ?? '');
  const [actionPlan, setActionPlan] = useState(review.actionPlan ?? '');
  const readOnly = !review.permissions.write;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(updateFidelityReviewRequest, {
      version: review.version,
      reviewDate: review.reviewDate,
      reviewers: review.reviewers,
      notes,
      actionPlan,
      items: review.items.map((item, index) => ({ number: item.number, finalScore: scores[index]!.finalScore, note: scores[index]!.note })),
    });
    if (body) save.mutate(body, { onSuccess: (saved) => onSaved(saved.version), onError: form.showError });
  };

  return (
    <>
      <ReviewSummary review={review} />
      <Paragraph mb="l">{t('review.scaleNote')}</Paragraph>
      <ErrorBanner error={form.error} />
      <form onSubmit={submit} noValidate data-qa="fidelity-review-form">
        {fidelityGroups.map((group) => (
          <section key={group} aria-labelledby={`group-${group}`}>
            <Heading variant="h2" id={`group-${group}`} mb="m">
              {t(`groups.${group}`)}
            </Heading>
            {scale.items
              .filter((scaleItem) => scaleItem.group === group)
              .map((scaleItem) => {
                const index = review.items.findIndex((item) => item.number === scaleItem.number);
                return (
                  <FidelityItemField
                    key={scaleItem.number}
                    scaleItem={scaleItem}
                    item={review.items[index]!}
                    value={scores[index]!}
                    onChange={(value) => setScores((current) => current.map((score, position) => (position === index ? value : score)))}
                    noteError={form.fieldError(`items.${index}.note`)}
                    readOnly={readOnly}
                  />
                );
              })}
          </section>
        ))}
        {readOnly ? (
          <>
            <Heading variant="h2" mb="s">
              {t('review.notes')}
            </Heading>
            <Paragraph mb="m">{review.notes ?? '–'}</Paragraph>
            <Heading variant="h2" mb="s">
              {t('review.actionPlan')}
            </Heading>
            <Paragraph mb="m">{review.actionPlan ?? '–'}</Paragraph>
          </>
        ) : (
          <>
            <TextareaField
              labelText={t('review.notes')}
              optional
              value={notes}
              onChange={setNotes}
              error={form.fieldError('notes')}
              fullWidth
              data-qa="fidelity-notes"
            />
            <TextareaField
              labelText={t('review.actionPlan')}
              optional
              value={actionPlan}
              onChange={setActionPlan}
              error={form.fieldError('actionPlan')}
              fullWidth
              data-qa="fidelity-action-plan"
            />
            <FormActions>
              <Button type="submit" busy={save.isPending} data-qa="fidelity-save">
                {t('review.save')}
              </Button>
            </FormActions>
          </>
        )}
      </form>
    </>
  );
}

const Summary = styled.section`
  margin-bottom: ${tokens.spacing.m};
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: ${tokens.spacing.xs} ${tokens.spacing.m};
    margin: 0;
  }
  dt {
    ${tokens.typography.bodySemiBoldSmall};
  }
  dd {
    margin: 0;
  }
`;
