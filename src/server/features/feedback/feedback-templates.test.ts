import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TemplateContent } from '../../../contract/feedback.js';
import type { BackgroundWork } from '../../jobs/background-work.js';
import { createCaseWorkWorld, fieldErrors, type CaseWorkWorld } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { clientWithEnrolment, startTestSmtpServer, testBackground, tokenIn, type TestSmtpServer } from './feedback-test-support.js';

describe.each(testEngines)('feedback survey templates on %s', (engine) => {
  let world: CaseWorkWorld;
  let smtp: TestSmtpServer;
  let background: BackgroundWork;

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
    smtp = await startTestSmtpServer();
    background = testBackground(world.test.deps, smtp);
  });
  afterAll(async () => {
    await background.close();
    await smtp.close();
    await world.close();
  });

  const list = (agent: keyof CaseWorkWorld['agents']) => world.agents[agent].get('/api/feedback/templates');
  const jobSeekerTemplate = async () =>
    (await list('lead')).json().items.find((item: { kind: string }) => item.kind === 'job_seeker') as {
      content: TemplateContent;
      version: number;
    };

  it('starts from the shipped wording in fi, sv and en', async () => {
    const response = await list('lead');
    expect(response.statusCode).toBe(200);
    const { items, canManage } = response.json();
    expect(canManage).toBe(true);
    expect(items.map((item: { kind: string; version: number }) => [item.kind, item.version])).toEqual([
      ['job_seeker', 0],
      ['employer', 0],
    ]);
    expect(items[0].content.texts.en.title).toBe('Feedback on the service');
    expect(items[0].content.choices.length).toBeGreaterThanOrEqual(2);
  });

  it('a manager rewrites the wording; the answer page then shows it, and a stale edit is refused', async () => {
    const { content } = await jobSeekerTemplate();
    const edited: TemplateContent = {
      texts: { ...content.texts, fi: { ...content.texts.fi, title: 'Miten onnistuimme?' } },
      choices: [...content.choices, { key: 'peer_group', labels: { fi: 'Vertaisryhmä', sv: 'Kamratgruppen', en: 'The peer group' } }],
    };
    const saved = await world.agents.admin.put('/api/feedback/templates/job_seeker', { version: 0, content: edited });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, updatedByName: expect.any(String) });
    const stale = await world.agents.lead.put('/api/feedback/templates/job_seeker', { version: 0, content });
    expect(stale.statusCode).toBe(409);
    expect(fieldErrors(stale)).toEqual(['version:stale_version']);

    const { enrolmentId } = await clientWithEnrolment(world.db, {
      organisationId: world.organisationId,
      coachId: world.users.assigned,
      firstName: 'Terhi',
      email: 'terhi@example.fi',
    });
    await world.agents.assigned.post(`/api/enrolments/${enrolmentId}/end`, { endDate: '2026-11-20', outcome: 'education' });
    await background.worker.runUntilIdle();
    const [mail] = smtp.received;
    expect(mail!.subject).toBe('Miten onnistuimme?: kerro mielipiteesi');
    const page = (await world.test.app.inject({ method: 'GET', url: `/api/feedback/answer/${tokenIn(mail!)}` })).json();
    expect(page.texts.title).toBe('Miten onnistuimme?');
    expect(page.choices.at(-1)).toEqual({ key: 'peer_group', label: 'Vertaisryhmä' });
  });

  it('refuses a missing translation, too few choices or duplicate keys, field by field', async () => {
    const { content, version } = await jobSeekerTemplate();
    const missingSwedish = await world.agents.lead.put('/api/feedback/templates/job_seeker', {
      version,
      content: { ...content, texts: { ...content.texts, sv: { ...content.texts.sv, intro: '  ' } } },
    });
    expect(missingSwedish.statusCode).toBe(400);
    expect(fieldErrors(missingSwedish)).toEqual(['content.texts.sv.intro:required']);
    const oneChoice = await world.agents.lead.put('/api/feedback/templates/job_seeker', {
      version,
      content: { ...content, choices: content.choices.slice(0, 1) },
    });
    expect(fieldErrors(oneChoice)).toEqual(['content.choices:too_small']);
    const duplicate = await world.agents.lead.put('/api/feedback/templates/job_seeker', {
      version,
      content: { ...content, choices: [content.choices[0], content.choices[0]] },
    });
    expect(duplicate.statusCode).toBe(400);
  });

  it('only managers see and edit templates', async () => {
    expect((await list('assigned')).statusCode).toBe(403);
    expect((await list('analyst')).statusCode).toBe(403);
    expect((await list('coordinator')).statusCode).toBe(403);
    const { content } = await jobSeekerTemplate();
    expect((await world.agents.assigned.put('/api/feedback/templates/job_seeker', { version: 1, content })).statusCode).toBe(403);
    expect(
      (
        await world.agents.lead.put('/api/feedback/templates/job_seeker', {
          version: 1,
          content,
          organisationId: world.otherOrganisationId,
        })
      ).statusCode,
    ).toBe(403);
  });
});
