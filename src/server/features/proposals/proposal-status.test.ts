import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposalStatuses, proposalTransitions, type ProposalStatus } from '../../../contract/proposals.js';
import { inTransaction } from '../../db/transaction.js';
import { fieldErrors } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { createEmployerWorkWorld, type EmployerWorkWorld } from './employer-work-test-world.js';
import { proposals, proposalStatusChanges } from './proposals.tables.js';

type Created = { id: string; version: number; status: ProposalStatus };

const placementTerms = { type: 'employment', startDate: '2026-11-23', hoursPerWeek: 30 };
/** What each target status needs besides the status itself. */
const detailsFor = (status: ProposalStatus) =>
  status === 'not_selected' ? { reason: 'experience' } : status === 'hired' ? { placement: placementTerms } : {};
/** A legal way to each status from proposed. */
const pathTo: Record<ProposalStatus, ProposalStatus[]> = {
  proposed: [],
  employer_interested: ['employer_interested'],
  interview: ['interview'],
  hired: ['interview', 'hired'],
  not_selected: ['not_selected'],
  withdrawn: ['withdrawn'],
};

describe.each(testEngines)('the proposal state machine on %s', (engine) => {
  let world: EmployerWorkWorld;
  const move = (proposal: { id: string; version: number }, status: ProposalStatus, extra: object = detailsFor(status)) =>
    world.agents.coordinator.post(`/api/proposals/${proposal.id}/status`, { status, version: proposal.version, ...extra });
  const newProposal = async (clientId?: string): Promise<Created> => {
    const body = { clientId: clientId ?? (await world.newCandidate()), opportunityId: await world.newOpportunity({ positions: 5 }) };
    return (await world.agents.coordinator.post('/api/proposals', body)).json();
  };
  const proposalIn = async (status: ProposalStatus): Promise<Created> => {
    let proposal = await newProposal();
    for (const step of pathTo[status]) proposal = (await move(proposal, step)).json().proposal;
    expect(proposal.status).toBe(status);
    return proposal;
  };
  const stored = (id: string) =>
    inTransaction(world.db, 'system', async (tx) => ({
      proposal: (await tx.select().from(proposals).where(eq(proposals.id, id)))[0]!,
      history: await tx.select().from(proposalStatusChanges).where(eq(proposalStatusChanges.proposalId, id)),
    }));

  beforeAll(async () => {
    world = await createEmployerWorkWorld(engine);
  });
  afterAll(() => world.close());

  it('follows every allowed transition and records it in the history', async () => {
    for (const from of proposalStatuses) {
      for (const to of proposalTransitions[from]) {
        const proposal = await proposalIn(from);
        const response = await move(proposal, to);
        expect(response.statusCode, `${from} → ${to}`).toBe(200);
        const moved = response.json().proposal;
        expect(moved).toMatchObject({ status: to, version: proposal.version + 1, reason: to === 'not_selected' ? 'experience' : null });
        expect(moved.history.map((change: { status: string }) => change.status)).toEqual(['proposed', ...pathTo[from], to]);
      }
    }
  });

  it('refuses every transition the state machine does not allow with 409 and changes nothing', async () => {
    for (const from of proposalStatuses) {
      const proposal = await proposalIn(from);
      const before = await stored(proposal.id);
      for (const to of proposalStatuses.filter((status) => !proposalTransitions[from].includes(status))) {
        const response = await move(proposal, to);
        expect({ status: response.statusCode, fields: fieldErrors(response) }, `${from} → ${to}`).toEqual({
          status: 409,
          fields: ['status:transition_not_allowed'],
        });
      }
      expect(await stored(proposal.id)).toEqual(before);
    }
  });

  it('refuses a stale version with 409', async () => {
    const proposal = await newProposal();
    await move(proposal, 'employer_interested');
    const stale = await move(proposal, 'interview');
    expect({ status: stale.statusCode, fields: fieldErrors(stale) }).toEqual({ status: 409, fields: ['version:stale_version'] });
  });

  it('asks a reason from the list for not selected, placement terms for hired, and neither for the other moves', async () => {
    const proposal = await newProposal();
    const cases: [ProposalStatus, object, string[]][] = [
      ['not_selected', {}, ['reason:required']],
      ['not_selected', { reason: 'too_old' }, ['reason:invalid_option']],
      ['withdrawn', { reason: 'skills' }, ['reason:invalid']],
      ['interview', { placement: placementTerms }, ['placement:invalid']],
      ['employer_interested', { version: 0 }, ['version:too_small']],
    ];
    for (const [status, extra, expected] of cases) {
      const response = await move(proposal, status, extra);
      expect({ status: response.statusCode, fields: fieldErrors(response) }, `${status} ${JSON.stringify(extra)}`).toEqual({
        status: 400,
        fields: expected,
      });
    }
    const interview = (await move(proposal, 'interview')).json().proposal;
    const noTerms = await move(interview, 'hired', {});
    expect({ status: noTerms.statusCode, fields: fieldErrors(noTerms) }).toEqual({ status: 400, fields: ['placement:required'] });
    const badTerms = await move(interview, 'hired', { placement: { ...placementTerms, type: 'volunteering', hoursPerWeek: 100 } });
    expect(fieldErrors(badTerms).sort()).toEqual(['placement.hoursPerWeek:too_large', 'placement.type:invalid_option']);
    expect((await stored(proposal.id)).proposal.status).toBe('interview');
  });

  it('keeps presenting a client only while their consent is active, yet lets the proposal end without it', async () => {
    const clientId = await world.newCandidate({ consent: null });
    const consentId = await world.giveConsent(clientId);
    const first = await newProposal(clientId);
    const second = await newProposal(clientId);
    await world.agents.assigned.post(`/api/consents/${consentId}/revoke`, { revokedOn: '2026-11-23' });
    const forward = await move(first, 'employer_interested');
    expect({ status: forward.statusCode, fields: fieldErrors(forward) }).toEqual({ status: 400, fields: ['status:consent_missing'] });
    expect((await move(first, 'withdrawn')).statusCode).toBe(200);
    expect((await move(second, 'not_selected')).statusCode).toBe(200);
  });

  it('answers 404 for an unknown proposal and for a proposal of another organisation', async () => {
    const proposal = await newProposal();
    expect((await move({ id: crypto.randomUUID(), version: 1 }, 'interview')).statusCode).toBe(404);
    expect((await world.agents.foreign.post(`/api/proposals/${proposal.id}/status`, { status: 'interview', version: 1 })).statusCode).toBe(
      404,
    );
    expect(
      (await world.agents.colleague.post(`/api/proposals/${proposal.id}/status`, { status: 'interview', version: 1 })).statusCode,
    ).toBe(403);
    expect((await stored(proposal.id)).proposal.status).toBe('proposed');
  });
});
