import { competenceProfileFields, type CompetenceProfile, type CompetenceProfileFields } from '../../../contract/competence-profiles.js';
import type { Actor } from '../../auth/actor.js';
import { clientPermissions } from '../../auth/policy.js';
import type { Transaction } from '../../db/transaction.js';
import { skillsByUri } from '../../reference/esco.queries.js';
import { fieldsOfRow, findProfileRow, occupationsByUri, userNames } from './competence-profiles.queries.js';
import { occupationUrisOf } from './profile-checks.js';

/** A profile never saved reads as an empty one at version 0. */
const emptyFields = (): CompetenceProfileFields => competenceProfileFields.parse({});

/** The profile as answered: occupations and skills with their reference labels in every language. */
export async function loadProfile(tx: Transaction, actor: Actor, clientId: string): Promise<CompetenceProfile> {
  const row = await findProfileRow(tx, clientId);
  const fields = row ? fieldsOfRow(row) : emptyFields();
  const occupations = await occupationsByUri(tx, occupationUrisOf(fields));
  const skills = await skillsByUri(
    tx,
    fields.skills.map((skill) => skill.uri),
  );
  const names = await userNames(tx, [row?.updatedBy ?? null]);
  const permissions = await clientPermissions(tx, actor, clientId, ['client.profile.write']);
  // An occupation dropped from a later ESCO release stays in the stored profile but is not shown.
  const occupationList = (list: { uri: string }[]) => list.flatMap((occupation) => occupations.get(occupation.uri) ?? []);
  return {
    clientId,
    occupationsOfInterest: occupationList(fields.occupationsOfInterest),
    pastOccupations: occupationList(fields.pastOccupations),
    skills: fields.skills.map((skill) => ({ ...skill, label: skills.get(skill.uri)?.label ?? null })),
    education: fields.education,
    licences: fields.licences,
    languages: fields.languages,
    workHistory: fields.workHistory.map(({ occupationUri, ...work }) => ({
      ...work,
      occupation: occupationUri ? (occupations.get(occupationUri) ?? null) : null,
    })),
    preferences: fields.preferences,
    demandsToAvoid: fields.demandsToAvoid,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row?.updatedBy ? { userId: row.updatedBy, name: names.get(row.updatedBy) ?? '' } : null,
    permissions: { write: permissions['client.profile.write'] },
  };
}
