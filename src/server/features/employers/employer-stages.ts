import type { EmployerStage } from '../../../contract/employers.js';

/**
 * The stage an interaction moves a relationship to, or null when it moves nothing: any contact
 * makes an identified employer contacted; a personal meeting makes an identified or contacted one
 * met. Later stages (cooperating, recruited through us) are judgements a person makes, never automatic.
 */
export function stageAfterInteraction(current: EmployerStage, inPerson: boolean): EmployerStage | null {
  if (inPerson && (current === 'identified' || current === 'contacted')) return 'met';
  if (current === 'identified') return 'contacted';
  return null;
}
