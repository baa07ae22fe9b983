import { useTranslation } from 'react-i18next';
import type { FidelityBand, FidelityReviewSummary } from '../../../contract/fidelity';
import type { Tone } from '../client/StatusTag';

/** The colour only repeats the band's words. */
export const bandTones: Record<FidelityBand, Tone> = { exemplary: 'success', good: 'success', fair: 'warning', not_ips: 'alert' };

/** "Team X", "Programme Y" or both: what a review was about. */
export function useTargetName() {
  const { t } = useTranslation('fidelity');
  return (review: Pick<FidelityReviewSummary, 'teamName' | 'programmeName'>) => {
    if (review.teamName && review.programmeName)
      return t('target.teamProgramme', { team: review.teamName, programme: review.programmeName });
    return review.teamName ? t('target.team', { team: review.teamName }) : t('target.programme', { programme: review.programmeName ?? '' });
  };
}
