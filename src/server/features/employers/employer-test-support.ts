import { expect } from 'vitest';
import type { EmployerFieldsInput } from '../../../contract/employers.js';
import type { UserAgent } from '../../test-support/test-app.js';

const weights = [7, 9, 10, 5, 8, 4, 2];

/** A valid business ID (Y-tunnus) made from a number: distinct numbers below a million give distinct IDs. */
export function makeBusinessId(seed: number): string {
  for (let last = 0; ; last += 1) {
    const digits = `${String(seed % 1_000_000).padStart(6, '0')}${last}`;
    const remainder = [...digits].reduce((sum, digit, index) => sum + Number(digit) * weights[index]!, 0) % 11;
    // Remainder 1 is never issued.
    if (remainder !== 1) return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
  }
}

/** A business ID with the wrong check digit. */
export function withWrongCheckDigit(businessId: string): string {
  const check = Number(businessId.slice(-1));
  return `${businessId.slice(0, -1)}${(check + 1) % 10}`;
}

export function newEmployerRequest(overrides: Partial<EmployerFieldsInput> & { organisationId?: string } = {}) {
  return {
    name: 'Pohjolan Konepaja Oy',
    businessId: null,
    industrySection: 'C',
    sizeClass: 'small',
    economySector: 'private',
    municipalityCode: '564',
    website: 'https://konepaja.example.fi',
    notes: null,
    ownerUserId: null,
    ...overrides,
  };
}

/** Creates an employer through the API and returns its detail. */
export async function createEmployer(agent: UserAgent, overrides: Parameters<typeof newEmployerRequest>[0] = {}) {
  const response = await agent.post('/api/employers', newEmployerRequest(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number; stage: string; organisationId: string } & Record<string, unknown>;
}

export const interactionRequest = (staffUserId: string, overrides: Record<string, unknown> = {}) => ({
  kind: 'call',
  occurredOn: '2026-11-20',
  staffUserIds: [staffUserId],
  contactIds: [],
  summary: 'Soitettiin henkilöstöpäällikölle.',
  agreed: null,
  ...overrides,
});
