import type { CaseWorkWorld, EndpointMatrix, MatrixRequest, MatrixRole } from '../../test-support/case-work-test-world.js';

/**
 * Every group endpoint against every role of the case-work world (merged into the authorization
 * matrix test). Everyone who reads the organisation's clients reads its groups; coaches and team
 * leads run them. Admins, analysts and partners have no group action (403); the other
 * organisation's coach lists and creates groups of their own, but another organisation's group is 404.
 */
const noGroupWork = { admin: 403, analyst: 403, partner: 403 };
const readers: Record<MatrixRole, number> = { assigned: 200, colleague: 200, coordinator: 200, lead: 200, ...noGroupWork, foreign: 404 };
const writers = (success: number): Record<MatrixRole, number> => ({
  assigned: success,
  colleague: success,
  coordinator: 403,
  lead: success,
  ...noGroupWork,
  foreign: 404,
});

export const groupsAuthorizationMatrix: EndpointMatrix = {
  'GET /api/groups': { ...readers, foreign: 200 },
  'POST /api/groups': { ...writers(201), foreign: 201 },
  'GET /api/groups/:id': readers,
  'PUT /api/groups/:id': writers(200),
  'POST /api/groups/:id/participants': writers(201),
  'DELETE /api/groups/:id/participants/:clientId': writers(200),
  'POST /api/groups/:id/sessions': writers(201),
  'DELETE /api/groups/:id/sessions/:sessionId': writers(200),
  'PUT /api/groups/:id/sessions/:sessionId/attendance': writers(200),
};

const groupBody = { name: 'Vertaisryhmä', kind: 'peer_support', startsOn: '2026-11-01' };

/** A fresh group of the world's organisation (by its team lead) for each request, with the world's client in it where the endpoint needs one. */
export function groupMatrixRequests(world: CaseWorkWorld): Record<string, () => Promise<MatrixRequest>> {
  const lead = world.agents.lead;
  const newGroup = async () => (await lead.post('/api/groups', groupBody)).json() as { id: string; version: number };
  const withParticipant = async () => {
    const created = await newGroup();
    await lead.post(`/api/groups/${created.id}/participants`, { clientId: world.clientId, joinedOn: '2026-11-01' });
    return created;
  };
  return {
    'GET /api/groups': async () => ({ method: 'GET', url: '/api/groups' }),
    'POST /api/groups': async () => ({ method: 'POST', url: '/api/groups', body: groupBody }),
    'GET /api/groups/:id': async () => ({ method: 'GET', url: `/api/groups/${(await withParticipant()).id}` }),
    'PUT /api/groups/:id': async () => {
      const created = await newGroup();
      return { method: 'PUT', url: `/api/groups/${created.id}`, body: { ...groupBody, name: 'Uusi nimi', version: created.version } };
    },
    'POST /api/groups/:id/participants': async () => ({
      method: 'POST',
      url: `/api/groups/${(await newGroup()).id}/participants`,
      body: { clientId: world.clientId, joinedOn: '2026-11-02' },
    }),
    'DELETE /api/groups/:id/participants/:clientId': async () => ({
      method: 'DELETE',
      url: `/api/groups/${(await withParticipant()).id}/participants/${world.clientId}`,
    }),
    'POST /api/groups/:id/sessions': async () => ({
      method: 'POST',
      url: `/api/groups/${(await newGroup()).id}/sessions`,
      body: { heldOn: '2026-11-10', mode: 'face_to_face' },
    }),
    'DELETE /api/groups/:id/sessions/:sessionId': async () => {
      const created = await newGroup();
      const withSession = (await lead.post(`/api/groups/${created.id}/sessions`, { heldOn: '2026-12-10', mode: 'remote' })).json() as {
        sessionList: { id: string }[];
      };
      return { method: 'DELETE', url: `/api/groups/${created.id}/sessions/${withSession.sessionList[0]!.id}` };
    },
    'PUT /api/groups/:id/sessions/:sessionId/attendance': async () => {
      const created = await withParticipant();
      const withSession = (await lead.post(`/api/groups/${created.id}/sessions`, { heldOn: '2026-11-10', mode: 'remote' })).json() as {
        sessionList: { id: string }[];
      };
      return {
        method: 'PUT',
        url: `/api/groups/${created.id}/sessions/${withSession.sessionList[0]!.id}/attendance`,
        body: { attendedClientIds: [world.clientId] },
      };
    },
  };
}
