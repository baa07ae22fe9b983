import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, testPassword } from '../../test-support/builders.js';
import { createCaseWorkWorld, fieldErrors, type CaseWorkWorld } from '../../test-support/case-work-test-world.js';
import { loginAs } from '../../test-support/test-app.js';
import { testEngines } from '../../test-support/test-database.js';

describe.each(testEngines)('sector ownership on %s', (engine) => {
  let world: CaseWorkWorld;

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
  });
  afterAll(() => world.close());

  const sectionsUrl = (userId: string) => `/api/users/${userId}/industry-sections`;

  it('lets a team lead assign sections to a coordinator, who reads them as their own', async () => {
    const saved = await world.agents.lead.put(sectionsUrl(world.users.coordinator), { sections: ['Q', 'C', 'Q', 'I'] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ organisationId: world.organisationId, userId: world.users.coordinator, sections: ['C', 'I', 'Q'] });
    const own = await world.agents.coordinator.get(sectionsUrl(world.users.coordinator));
    expect(own.json()).toEqual(saved.json());
    const replaced = await world.agents.admin.put(sectionsUrl(world.users.coordinator), { sections: ['F'] });
    expect(replaced.json().sections).toEqual(['F']);
    expect((await world.agents.lead.put(sectionsUrl(world.users.coordinator), { sections: [] })).json().sections).toEqual([]);
  });

  it('lets everyone read their own sections but only team leads and admins anyone else’s', async () => {
    await world.agents.lead.put(sectionsUrl(world.users.assigned), { sections: ['G'] });
    expect((await world.agents.assigned.get(sectionsUrl(world.users.assigned))).json().sections).toEqual(['G']);
    expect((await world.agents.analyst.get(sectionsUrl(world.users.analyst))).json().sections).toEqual([]);
    expect((await world.agents.colleague.get(sectionsUrl(world.users.assigned))).statusCode).toBe(403);
    expect((await world.agents.coordinator.get(sectionsUrl(world.users.assigned))).statusCode).toBe(403);
    expect((await world.agents.lead.get(sectionsUrl(world.users.assigned))).json().sections).toEqual(['G']);
    expect((await world.agents.colleague.put(sectionsUrl(world.users.colleague), { sections: ['G'] })).statusCode).toBe(403);
  });

  it('answers 404 for a user who does not work with employers in the organisation', async () => {
    for (const userId of [world.users.foreign, world.users.analyst, '00000000-0000-4000-8000-000000000000']) {
      expect((await world.agents.lead.put(sectionsUrl(userId), { sections: ['A'] })).statusCode).toBe(404);
      expect((await world.agents.lead.get(sectionsUrl(userId))).statusCode).toBe(404);
    }
  });

  it('refuses an unknown section and a user of another organisation naming this one', async () => {
    const unknown = await world.agents.lead.put(sectionsUrl(world.users.coordinator), { sections: ['A', 'X'] });
    expect(unknown.statusCode).toBe(400);
    expect(fieldErrors(unknown)).toEqual(['sections.1:unknown_industry_section']);
    const foreign = await world.agents.foreign.get(`${sectionsUrl(world.users.foreign)}?organisationId=${world.organisationId}`);
    expect(foreign.statusCode).toBe(403);
  });

  it('makes a user of several organisations name the organisation', async () => {
    const user = await createUser(world.db, {
      email: 'lead-of-two@example.fi',
      roles: [
        { organisationId: world.organisationId, role: 'team_lead' },
        { organisationId: world.otherOrganisationId, role: 'team_lead' },
      ],
    });
    const agent = await loginAs(world.test.app, 'lead-of-two@example.fi', testPassword);
    expect(fieldErrors(await agent.get(sectionsUrl(user.id)))).toEqual(['organisationId:required']);
    expect(fieldErrors(await agent.put(sectionsUrl(world.users.coordinator), { sections: ['A'] }))).toEqual(['organisationId:required']);
    const named = await agent.put(sectionsUrl(world.users.foreign), { organisationId: world.otherOrganisationId, sections: ['A'] });
    expect(named.json()).toEqual({ organisationId: world.otherOrganisationId, userId: world.users.foreign, sections: ['A'] });
    expect((await agent.get(`${sectionsUrl(user.id)}?organisationId=${world.otherOrganisationId}`)).json().sections).toEqual([]);
  });

  it('shows a team lead everyone who works with employers, with their sections', async () => {
    await world.agents.lead.put(sectionsUrl(world.users.coordinator), { sections: ['H', 'C'] });
    const response = await world.agents.lead.get('/api/industry-section-owners');
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { userId: string; name: string; roles: string[]; sections: string[] }[];
    expect(items.map((item) => item.name)).toEqual(['assigned', 'colleague', 'coordinator', 'lead', 'lead-of-two']);
    expect(items.find((item) => item.userId === world.users.coordinator)).toEqual({
      userId: world.users.coordinator,
      name: 'coordinator',
      roles: ['employer_coordinator'],
      sections: ['C', 'H'],
    });
    expect((await world.agents.coordinator.get('/api/industry-section-owners')).statusCode).toBe(403);
  });
});
