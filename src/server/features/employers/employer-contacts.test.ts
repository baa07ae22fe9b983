import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.js';
import { createCaseWorkWorld, fieldErrors, type CaseWorkWorld } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { opportunities } from '../opportunities/opportunities.tables.js';
import { createEmployer } from './employer-test-support.js';

const unknownId = '00000000-0000-4000-8000-000000000000';

describe.each(testEngines)('employer contacts and workplaces on %s', (engine) => {
  let world: CaseWorkWorld;
  let employerId: string;
  let foreignEmployerId: string;

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
    employerId = (await createEmployer(world.agents.coordinator)).id;
    foreignEmployerId = (await createEmployer(world.agents.foreign)).id;
  });
  afterAll(() => world.close());

  const detail = async () => (await world.agents.coordinator.get(`/api/employers/${employerId}`)).json();

  it('adds, corrects and archives a contact person, who stays in the history after leaving', async () => {
    const added = await world.agents.coordinator.post(`/api/employers/${employerId}/contacts`, {
      name: 'Hanna Henkilöstö',
      title: 'Henkilöstöpäällikkö',
      email: 'hanna@konepaja.example.fi',
      phone: '040 123 4567',
      preferredChannel: 'phone',
    });
    expect(added.statusCode, added.body).toBe(201);
    const contact = added.json();
    expect(contact).toEqual({
      id: expect.any(String),
      employerId,
      name: 'Hanna Henkilöstö',
      title: 'Henkilöstöpäällikkö',
      email: 'hanna@konepaja.example.fi',
      phone: '040 123 4567',
      preferredChannel: 'phone',
      archivedAt: null,
    });
    const corrected = await world.agents.assigned.put(`/api/employer-contacts/${contact.id}`, {
      name: 'Hanna Henkilöstö-Virta',
      title: null,
      email: '',
      phone: null,
      preferredChannel: 'email',
    });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toMatchObject({ name: 'Hanna Henkilöstö-Virta', title: null, email: null, preferredChannel: 'email' });

    const archived = await world.agents.lead.post(`/api/employer-contacts/${contact.id}/archive`);
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).toBe('2026-11-23T07:00:00.000Z');
    const again = await world.agents.lead.post(`/api/employer-contacts/${contact.id}/archive`);
    expect(again.statusCode).toBe(409);
    expect(fieldErrors(again)).toEqual(['id:already_archived']);
    expect((await detail()).contacts.map((item: { name: string }) => item.name)).toContain('Hanna Henkilöstö-Virta');
  });

  it('lists current contacts first, then those who have left', async () => {
    const add = async (name: string) => (await world.agents.coordinator.post(`/api/employers/${employerId}/contacts`, { name })).json();
    const aapo = await add('Aapo Aiempi');
    await add('Xenia Nykyinen');
    await world.agents.coordinator.post(`/api/employer-contacts/${aapo.id}/archive`);
    const contacts = (await detail()).contacts as { name: string; archivedAt: string | null; preferredChannel: string }[];
    const current = contacts.filter((contact) => contact.archivedAt === null);
    expect(contacts.slice(0, current.length)).toEqual(current);
    expect(contacts.at(-1)!.archivedAt).not.toBeNull();
    expect(contacts.find((contact) => contact.name === 'Xenia Nykyinen')!.preferredChannel).toBe('email');
  });

  it('refuses a contact without a name, with a malformed e-mail or an unknown channel', async () => {
    const response = await world.agents.coordinator.post(`/api/employers/${employerId}/contacts`, {
      name: '',
      email: 'not-an-address',
      preferredChannel: 'pigeon',
    });
    expect(response.statusCode).toBe(400);
    expect(fieldErrors(response)).toEqual(['name:required', 'email:invalid_email', 'preferredChannel:invalid_option']);
    const contact = (await world.agents.coordinator.post(`/api/employers/${employerId}/contacts`, { name: 'Korjattava' })).json();
    const correction = await world.agents.coordinator.put(`/api/employer-contacts/${contact.id}`, { name: ' ', email: 'x@' });
    expect(correction.statusCode).toBe(400);
    expect(fieldErrors(correction)).toEqual(['name:required', 'email:invalid_email']);
  });

  it('answers 404 for a contact or workplace that is unknown or another organisation’s', async () => {
    const foreignContact = (
      await world.agents.foreign.post(`/api/employers/${foreignEmployerId}/contacts`, { name: 'Lapin Yhteys' })
    ).json();
    const foreignWorkplace = (
      await world.agents.foreign.post(`/api/employers/${foreignEmployerId}/workplaces`, { name: 'Rovaniemi' })
    ).json();
    for (const contactId of [foreignContact.id, unknownId]) {
      expect((await world.agents.coordinator.put(`/api/employer-contacts/${contactId}`, { name: 'X' })).statusCode).toBe(404);
      expect((await world.agents.coordinator.post(`/api/employer-contacts/${contactId}/archive`)).statusCode).toBe(404);
    }
    for (const workplaceId of [foreignWorkplace.id, unknownId]) {
      expect((await world.agents.coordinator.put(`/api/employer-workplaces/${workplaceId}`, { name: 'X' })).statusCode).toBe(404);
      expect((await world.agents.coordinator.delete(`/api/employer-workplaces/${workplaceId}`)).statusCode).toBe(404);
    }
    expect((await world.agents.coordinator.post(`/api/employers/${foreignEmployerId}/contacts`, { name: 'X' })).statusCode).toBe(404);
    expect((await world.agents.coordinator.post(`/api/employers/${foreignEmployerId}/workplaces`, { name: 'X' })).statusCode).toBe(404);
  });

  it('adds, corrects and removes a workplace, the head office first', async () => {
    const add = (body: object) => world.agents.coordinator.post(`/api/employers/${employerId}/workplaces`, body);
    const branch = await add({ name: 'Kempeleen tehdas', streetAddress: 'Teollisuustie 4', postalCode: '90440', municipalityCode: '244' });
    expect(branch.statusCode, branch.body).toBe(201);
    expect(branch.json()).toEqual({
      id: expect.any(String),
      employerId,
      name: 'Kempeleen tehdas',
      streetAddress: 'Teollisuustie 4',
      postalCode: '90440',
      municipalityCode: '244',
      isHeadOffice: false,
    });
    const head = (await add({ name: 'Pääkonttori', municipalityCode: '564', isHeadOffice: true })).json();
    expect((await detail()).workplaces.map((workplace: { name: string }) => workplace.name)).toEqual(['Pääkonttori', 'Kempeleen tehdas']);

    const corrected = await world.agents.lead.put(`/api/employer-workplaces/${head.id}`, {
      name: 'Pääkonttori ja varasto',
      streetAddress: 'Satamatie 1',
      postalCode: '',
      municipalityCode: '564',
      isHeadOffice: true,
    });
    expect(corrected.json()).toMatchObject({ name: 'Pääkonttori ja varasto', streetAddress: 'Satamatie 1', postalCode: null });

    expect((await world.agents.lead.delete(`/api/employer-workplaces/${branch.json().id}`)).statusCode).toBe(204);
    expect((await detail()).workplaces.map((workplace: { name: string }) => workplace.name)).toEqual(['Pääkonttori ja varasto']);
  });

  it('refuses a workplace with an unknown municipality or a malformed postal code', async () => {
    const response = await world.agents.coordinator.post(`/api/employers/${employerId}/workplaces`, {
      name: 'Tuntematon',
      postalCode: '9010',
      municipalityCode: '999',
    });
    expect(fieldErrors(response)).toEqual(['postalCode:invalid']);
    const unknown = await world.agents.coordinator.post(`/api/employers/${employerId}/workplaces`, {
      name: 'Tuntematon',
      municipalityCode: '999',
    });
    expect(unknown.statusCode).toBe(400);
    expect(fieldErrors(unknown)).toEqual(['municipalityCode:unknown_municipality']);
    const workplace = (await world.agents.coordinator.post(`/api/employers/${employerId}/workplaces`, { name: 'Korjattava' })).json();
    const correction = await world.agents.coordinator.put(`/api/employer-workplaces/${workplace.id}`, {
      name: 'Korjattava',
      municipalityCode: '999',
    });
    expect(correction.statusCode).toBe(400);
    expect(fieldErrors(correction)).toEqual(['municipalityCode:unknown_municipality']);
  });

  it('refuses to remove a workplace an opportunity names, with 409 in_use, and keeps it', async () => {
    const workplace = (await world.agents.coordinator.post(`/api/employers/${employerId}/workplaces`, { name: 'Myymälä' })).json();
    await inTransaction(world.db, 'system', (tx) =>
      tx.insert(opportunities).values({
        organisationId: world.organisationId,
        employerId,
        workplaceId: workplace.id,
        kind: 'hidden_job',
        title: 'Varastoapulainen',
        requiredSkills: [],
        niceToHaveSkills: [],
        languages: [],
        licences: [],
        demands: [],
        status: 'open',
        statusChangedOn: '2026-11-23',
        createdBy: world.users.coordinator,
        createdAt: new Date(),
        updatedAt: new Date(),
      }),
    );
    const response = await world.agents.coordinator.delete(`/api/employer-workplaces/${workplace.id}`);
    expect(response.statusCode).toBe(409);
    expect(fieldErrors(response)).toEqual(['id:in_use']);
    expect((await detail()).workplaces.map((item: { id: string }) => item.id)).toContain(workplace.id);
  });
});
