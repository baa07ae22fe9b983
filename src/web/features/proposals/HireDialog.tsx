import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { proposalStatusRequest, type Proposal } from '../../../contract/proposals';
import { useFormErrors } from '../../api/form-errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { emptyTerms, termsBody, type PlacementTermsValues } from '../placements/placement-terms';
import { PlacementTermsFields } from '../placements/PlacementTermsFields';
import { useRunningEnrolmentOptions } from '../placements/running-enrolments';
import { useWorkPhaseText } from '../placements/work-phase-text';
import { useProposalMove } from './queries';

type DialogProps = { proposal: Proposal; onDone: (proposal: Proposal, outcome: string) => void; onCancel: () => void };

/** Hired takes the placement's terms: the placement is recorded and the enrolment moves into in-work support in the same step. */
export function HireDialog({ proposal, onDone, onCancel }: DialogProps) {
  const { t } = useTranslation(['proposals', 'common']);
  const form = useFormErrors();
  const workPhaseText = useWorkPhaseText();
  const enrolmentOptions = useRunningEnrolmentOptions(proposal.clientId);
  const [terms, setTerms] = useState<PlacementTermsValues>(emptyTerms);
  const move = useProposalMove({
    onSuccess: (result) => onDone(result.proposal, result.placement ? workPhaseText(result.placement.workPhase) : ''),
    onError: form.showError,
  });

  const confirm = () => {
    const body = form.validate(proposalStatusRequest, { status: 'hired', placement: termsBody(terms), version: proposal.version });
    if (body) move.mutate({ proposalId: proposal.id, body });
  };

  return (
    <ConfirmDialog
      visible
      title={t('hire.title')}
      confirmText={t('hire.confirm')}
      onConfirm={confirm}
      onCancel={onCancel}
      busy={move.isPending}
      data-qa="hire-dialog"
    >
      <Paragraph mb="m">{t('hire.intro', { name: proposal.clientName })}</Paragraph>
      <ErrorBanner error={form.error} />
      <PlacementTermsFields
        values={terms}
        onChange={(patch) => setTerms((current) => ({ ...current, ...patch }))}
        fieldError={(name) => form.fieldError(`placement.${name}`)}
        enrolmentOptions={enrolmentOptions}
      />
    </ConfirmDialog>
  );
}
