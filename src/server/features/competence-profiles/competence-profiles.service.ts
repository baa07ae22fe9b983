import { and, eq } from 'drizzle-orm';
import type { CompetenceProfile, CompetenceProfileFields, ProfilePart } from '../../../contract/competence-profiles.js';
import { conflict } from '../../errors.js';
import { runClientAction, type ActionContext } from '../../http/client-action.js';
import { helsinkiDate } from '../../time.js';
import { organisationOfClient } from '../activities/client-record-action.js';
import * as queries from './competence-profiles.queries.js';
import { competenceProfiles } from './competence-profiles.tables.js';
import { notifyProfileChanged } from './matching-source.js';
import { changedParts, checkProfile } from './profile-checks.js';
import { loadProfile } from './profile-view.js';

export function getProfile(context: ActionContext, clientId: string): Promise<CompetenceProfile> {
  return runClientAction(context, 'client.profile.read', clientId, (tx) => loadProfile(tx, context.actor, clientId));
}

/**
 * Saves the whole profile over the version the user saw (0 = none saved yet), else 409
 * stale_version. Each save that changes something becomes a new version with its changed parts in
 * the history, and notifies the matching index; a save that changes nothing writes nothing.
 */
export function updateProfile(
  context: ActionContext,
  clientId: string,
  input: CompetenceProfileFields & { version: number },
): Promise<CompetenceProfile> {
  return runClientAction(context, 'client.profile.write', clientId, async (tx) => {
    const { version, ...fields } = input;
    const occupations = await checkProfile(tx, fields, helsinkiDate(context.now));
    const existing = await queries.findProfileRow(tx, clientId, { lock: true });
    if ((existing?.version ?? 0) !== version) throw conflict('version');
    const parts = changedParts(existing ? queries.fieldsOfRow(existing) : null, fields);
    if (parts.length === 0) return loadProfile(tx, context.actor, clientId);

    const organisationId = await organisationOfClient(tx, clientId);
    const columns = {
      ...queries.profileColumns(fields, (uri) => occupations.get(uri)!.iscoCode),
      version: version + 1,
      updatedBy: context.actor.userId,
      updatedAt: context.now,
    };
    const saved = existing
      ? await tx
          .update(competenceProfiles)
          .set(columns)
          .where(and(eq(competenceProfiles.clientId, clientId), eq(competenceProfiles.version, version)))
          .returning({ clientId: competenceProfiles.clientId })
      : await tx
          .insert(competenceProfiles)
          .values({ ...columns, clientId, organisationId })
          .onConflictDoNothing()
          .returning({ clientId: competenceProfiles.clientId });
    // Two first saves at once: the second finds the row the first made.
    if (saved.length === 0) throw conflict('version');
    await queries.insertVersion(tx, {
      clientId,
      organisationId,
      version: version + 1,
      changedParts: parts,
      snapshot: fields,
      changedBy: context.actor.userId,
      changedAt: context.now,
    });
    await notifyProfileChanged(tx, clientId);
    return loadProfile(tx, context.actor, clientId);
  });
}

export function getProfileHistory(context: ActionContext, clientId: string) {
  return runClientAction(context, 'client.profile.read', clientId, async (tx) => {
    const versions = await queries.listVersions(tx, clientId);
    const names = await queries.userNames(
      tx,
      versions.map((version) => version.changedBy),
    );
    return {
      items: versions.map((version) => ({
        version: version.version,
        changedAt: version.changedAt.toISOString(),
        changedBy: version.changedBy ? { userId: version.changedBy, name: names.get(version.changedBy) ?? '' } : null,
        changedParts: version.changedParts as ProfilePart[],
      })),
    };
  });
}
