/** Candidate proposal vocabulary. Request and response schemas are added beside these. */

export const proposalStatuses = ['proposed', 'employer_interested', 'interview', 'hired', 'not_selected', 'withdrawn'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/** The proposal state machine: any other move answers 409. Hired, not selected and withdrawn are final. */
export const proposalTransitions: Record<ProposalStatus, readonly ProposalStatus[]> = {
  proposed: ['employer_interested', 'interview', 'not_selected', 'withdrawn'],
  employer_interested: ['interview', 'hired', 'not_selected', 'withdrawn'],
  interview: ['hired', 'not_selected', 'withdrawn'],
  hired: [],
  not_selected: [],
  withdrawn: [],
};

export const notSelectedReasons = ['skills', 'experience', 'language', 'another_candidate', 'position_cancelled', 'other'] as const;
