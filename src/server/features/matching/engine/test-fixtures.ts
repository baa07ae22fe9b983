import { loadMatchReference, locate } from './reference.js';
import type { MatchOpportunity, MatchProfile } from './types.js';

/** Test-only: reference records the engine tests name, and builders with nothing asked and nothing offered. */
export const occupations = {
  cook: 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e', // 5120
  dietCook: 'http://data.europa.eu/esco/occupation/9ab80ce6-504f-474f-bb91-98163e9d45fd', // 5120
  waiter: 'http://data.europa.eu/esco/occupation/d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471', // 5131
  cloudEngineer: 'http://data.europa.eu/esco/occupation/349ee6f6-c295-4c38-9b98-48765b55280e', // 2512
};
export const skill = (name: string) => `urn:test:skill:${name}`;

const reference = loadMatchReference();
const oulu = locate(reference, null, '564')!;
/** Oulu's centroid, a point 25 km due north of it (one degree of latitude is 111.195 km), Helsinki (about 550 km). */
export const places = {
  oulu,
  north25: { lat: oulu.lat + 25 / 111.19508, lon: oulu.lon },
  helsinki: locate(reference, null, '091')!,
};

export function profile(overrides: Partial<MatchProfile> = {}): MatchProfile {
  return {
    id: 'person',
    organisationId: 'org-a',
    occupationsOfInterest: [],
    pastOccupations: [],
    skills: [],
    languages: [],
    licences: [],
    hoursMin: null,
    hoursMax: null,
    workingTimeForms: [],
    wantsRemote: false,
    maxCommuteKm: null,
    earliestStart: null,
    avoidDemands: [],
    home: places.oulu,
    municipalityCode: '564',
    preferredSections: [],
    proposable: true,
    inJobSearch: true,
    ...overrides,
  };
}

export function opportunity(overrides: Partial<MatchOpportunity> = {}): MatchOpportunity {
  return {
    id: 'job',
    organisationId: 'org-a',
    escoUri: null,
    iscoCode: null,
    requiredSkills: [],
    niceToHaveSkills: [],
    languages: [],
    licences: [],
    demands: [],
    hoursPerWeek: null,
    workingTimeForm: null,
    startDate: null,
    location: places.oulu,
    municipalityCode: '564',
    industrySection: null,
    remotePossible: false,
    ...overrides,
  };
}
