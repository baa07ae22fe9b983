import type { Option } from '../../components/options';
import { useEnrolments } from '../client/queries';

/** The client's running enrolments as choices, named by programme and current phase. */
export function useRunningEnrolmentOptions(clientId: string): Option[] {
  const enrolments = useEnrolments(clientId);
  return (enrolments.data?.items ?? [])
    .filter((enrolment) => enrolment.endDate === null)
    .map((enrolment) => ({ value: enrolment.id, label: `${enrolment.programmeName} (${enrolment.currentPhaseName})` }));
}
