import { and, inArray } from 'drizzle-orm';
import { activeProposalStatuses, type ProposalStatus } from '../../../contract/proposals.js';
import type { MatchExplanation } from '../../../contract/matching.js';
import type { MatchLabels } from '../../../contract/match-lists.js';
import type { Transaction } from '../../db/transaction.js';
import { escoOccupations, escoSkills } from '../../reference/esco.tables.js';
import { proposals } from '../proposals/proposals.tables.js';

/** The ESCO skills and occupations the explanations name, labelled in fi, sv and en in two queries. */
export async function labelsFor(tx: Transaction, explanations: readonly MatchExplanation[]): Promise<MatchLabels> {
  const skillUris = new Set<string>();
  const occupationUris = new Set<string>();
  for (const component of explanations.flatMap((explanation) => explanation.components)) {
    if (component.kind === 'essential_skills' || component.kind === 'optional_skills') {
      for (const skill of component.matched) skillUris.add(skill.uri);
      for (const uri of component.missing) skillUris.add(uri);
    }
    if (component.kind === 'occupation' && component.personOccupationUri) occupationUris.add(component.personOccupationUri);
  }
  const label = (row: { labelFi: string; labelSv: string; labelEn: string }) => ({ fi: row.labelFi, sv: row.labelSv, en: row.labelEn });
  const skills = skillUris.size
    ? await tx
        .select()
        .from(escoSkills)
        .where(inArray(escoSkills.uri, [...skillUris]))
    : [];
  const occupations = occupationUris.size
    ? await tx
        .select({
          uri: escoOccupations.uri,
          labelFi: escoOccupations.labelFi,
          labelSv: escoOccupations.labelSv,
          labelEn: escoOccupations.labelEn,
        })
        .from(escoOccupations)
        .where(inArray(escoOccupations.uri, [...occupationUris]))
    : [];
  return {
    skills: Object.fromEntries(skills.map((row) => [row.uri, label(row)])),
    occupations: Object.fromEntries(occupations.map((row) => [row.uri, label(row)])),
  };
}

export type ActiveProposal = { id: string; status: ProposalStatus };

/** Active proposals (still moving) between the given people and opportunities, keyed 'clientId opportunityId'. */
export async function activeProposals(
  tx: Transaction,
  scope: { clientIds: readonly string[]; opportunityIds: readonly string[] },
): Promise<Map<string, ActiveProposal>> {
  if (scope.clientIds.length === 0 || scope.opportunityIds.length === 0) return new Map();
  const rows = await tx
    .select({ id: proposals.id, status: proposals.status, clientId: proposals.clientId, opportunityId: proposals.opportunityId })
    .from(proposals)
    .where(
      and(
        inArray(proposals.clientId, [...scope.clientIds]),
        inArray(proposals.opportunityId, [...scope.opportunityIds]),
        inArray(proposals.status, [...activeProposalStatuses]),
      ),
    );
  return new Map(rows.map((row) => [proposalKey(row.clientId, row.opportunityId!), { id: row.id, status: row.status as ProposalStatus }]));
}

export const proposalKey = (clientId: string, opportunityId: string) => `${clientId} ${opportunityId}`;
