import { useTranslation } from 'react-i18next';
import type { WorkPhaseChange } from '../../../contract/placements';

/** What starting work did to the enrolment, in words. */
export function useWorkPhaseText() {
  const { t } = useTranslation('placements');
  return (change: WorkPhaseChange) => t(`workPhase.${change.outcome}`, { phase: change.phaseName ?? '' });
}
