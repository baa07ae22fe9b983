import type { SkillView } from '../../../contract/opportunities.js';
import type { Transaction } from '../../db/transaction.js';
import { skillsByUri } from '../../reference/esco.queries.js';
import type { SkillRequirement } from './opportunities.tables.js';

/** Skills as answered: each ESCO skill with its reference labels in every language, looked up in one query. */
export async function skillViewer(tx: Transaction, skillLists: readonly (readonly SkillRequirement[])[]) {
  const known = await skillsByUri(
    tx,
    skillLists.flatMap((skills) => skills.flatMap((skill) => (skill.uri ? [skill.uri] : []))),
  );
  return (skills: readonly SkillRequirement[]): SkillView[] =>
    skills.map((skill) => ({ uri: skill.uri, label: skill.label, labels: (skill.uri && known.get(skill.uri)?.label) || null }));
}
