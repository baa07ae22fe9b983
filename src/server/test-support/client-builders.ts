import type { ClientFieldsInput } from '../../contract/clients.js';

/** A valid new-client request; override what the test is about. */
export function newClientRequest(overrides: Partial<ClientFieldsInput> & { responsibleUserId?: string } = {}) {
  return {
    firstName: 'Aino',
    lastName: 'Korhonen',
    identityCode: '131052-308T',
    gender: 'female',
    municipalityCode: '564',
    email: 'aino.korhonen@example.fi',
    phone: '040 123 4567',
    languages: ['fi', 'en'],
    iscedLevel: 3,
    targetGroups: ['partial_work_ability'],
    unemployedSince: '2025-06-01',
    ...overrides,
  };
}
