import type { OpportunityStatus } from '../../../contract/opportunities';
import type { Tone } from '../client/StatusTag';

export const statusTones: Record<OpportunityStatus, Tone> = {
  open: 'success',
  filled: 'highlight',
  cancelled: 'neutral',
  expired: 'warning',
};
