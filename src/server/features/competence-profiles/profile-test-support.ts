import { caseWorkExpectations, clientReadExpectations, type EndpointMatrix } from '../../test-support/case-work-test-world.js';
import { esco } from '../opportunities/opportunity-test-world.js';

/** Test-only: the competence-profile endpoints against every role, and a complete valid profile. */
export const competenceProfileAuthorizationMatrix: EndpointMatrix = {
  'GET /api/clients/:id/competence-profile': clientReadExpectations,
  'PUT /api/clients/:id/competence-profile': caseWorkExpectations(200),
  'GET /api/clients/:id/competence-profile/history': clientReadExpectations,
};

export const profileRequest = (overrides: Record<string, unknown> = {}) => ({
  occupationsOfInterest: [{ uri: esco.cook.uri }],
  pastOccupations: [{ uri: esco.warehouseWorker.uri }],
  skills: [
    { uri: esco.customerService, level: 'good' },
    { uri: esco.operateForklift, level: 'basic' },
  ],
  education: [{ iscedLevel: 3, field: '10', qualification: 'Kokin ammattitutkinto', completedYear: 2019 }],
  licences: ['driving_b', 'hygiene_passport'],
  languages: [
    { code: 'fi', level: 'C2' },
    { code: 'en', level: 'B1' },
  ],
  workHistory: [
    { employerName: 'Oulun Ravintolat Oy', title: 'Kokki', occupationUri: esco.cook.uri, from: '2019-08-01', to: '2024-05-31' },
  ],
  preferences: {
    industrySections: ['I', 'H'],
    hoursPerWeekMin: 20,
    hoursPerWeekMax: 37.5,
    partTimeOk: true,
    shiftWorkOk: false,
    remoteWanted: false,
    maxCommuteKm: 30,
    maxCommuteMinutes: 45,
    earliestStartDate: '2026-12-01',
  },
  demandsToAvoid: ['heavy_lifting', 'night_work'],
  version: 0,
  ...overrides,
});
