import { sql } from 'drizzle-orm';
import { queryRows, type Transaction } from '../../src/server/db/transaction.js';
import type { SkillRequirement } from '../../src/server/features/opportunities/opportunities.tables.js';
import { templateLabels } from './job-templates.js';

/**
 * ESCO URIs for the templates' Finnish labels, from the reference data in the database: a skill
 * ESCO does not know, or a database without the ESCO data, gives labels only (uri null).
 */
export type ReferenceLookups = {
  skill: (label: string) => SkillRequirement;
  occupation: (label: string | undefined) => { uri: string; iscoCode: string } | null;
};

export async function loadReferenceLookups(tx: Transaction): Promise<ReferenceLookups> {
  const labels = templateLabels();
  // Where ESCO has two skills with the same Finnish label, the more widely linked one (lower rank) wins.
  const skills = await queryRows<{ uri: string; label: string }>(
    tx,
    sql`select distinct on (label_fi) uri, label_fi as label from ref_esco_skills
        where label_fi = any(${sql.param(labels.skills)}::text[]) order by label_fi, rank, uri`,
  );
  const skillUris = new Map(skills.map((skill) => [skill.label, skill.uri]));
  const occupationRows = await queryRows<{ uri: string; label: string; iscoCode: string }>(
    tx,
    sql`select distinct on (label_fi) uri, label_fi as label, isco_code as "iscoCode" from ref_esco_occupations
        where label_fi = any(${sql.param(labels.occupations)}::text[]) order by label_fi, uri`,
  );
  const occupations = new Map(occupationRows.map((row) => [row.label, { uri: row.uri, iscoCode: row.iscoCode }]));
  return {
    skill: (label) => ({ uri: skillUris.get(label) ?? null, label }),
    occupation: (label) => (label === undefined ? null : (occupations.get(label) ?? null)),
  };
}
