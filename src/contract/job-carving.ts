import { jobDemands, type JobDemand } from './opportunities.js';

type Skill = { uri: string | null; label: string };
type CarvableTask<S extends Skill> = {
  skills: readonly S[];
  physicalDemands: readonly string[];
  cognitiveDemands: readonly string[];
  hoursPerWeek: number;
};

/** The same ESCO skill, or the same words when the skill is not from ESCO. */
export const skillKey = (skill: Skill) => skill.uri ?? `label:${skill.label.trim().toLowerCase()}`;

export function uniqueSkills<S extends Skill>(skills: readonly S[]): S[] {
  const seen = new Set<string>();
  return skills.filter((skill) => {
    const key = skillKey(skill);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What a carved role asks of the worker, derived from its tasks: every skill any task needs, every
 * physical and cognitive demand any task has, and the tasks' weekly hours added up. The server
 * stores this; the carving editor shows the same derivation live while tasks are picked.
 */
export function deriveCarvedRequirements<S extends Skill>(tasks: readonly CarvableTask<S>[]) {
  const demanded = new Set(tasks.flatMap((task) => [...task.physicalDemands, ...task.cognitiveDemands]));
  const hours = tasks.reduce((sum, task) => sum + task.hoursPerWeek, 0);
  return {
    skills: uniqueSkills(tasks.flatMap((task) => task.skills)),
    demands: jobDemands.filter((demand): demand is JobDemand => demanded.has(demand)),
    hoursPerWeek: Math.round(hours * 10) / 10,
  };
}
