import type { Role } from '../../src/contract/auth.js';
import type { Transaction } from '../../src/server/db/transaction.js';
import { memberships, users } from '../../src/server/db/schema.js';
import { areaEmployerCount } from './employer-counts.js';
import { demoId } from './ids.js';
import { insertInChunks } from './insert.js';
import { emailLocalPart, pickStaffName } from './names.js';
import type { OrganisationsContext, ProcessModelKey, TeamContext } from './organisations.js';
import { createRandom, deriveSeed, weightedPicker, type Random } from './random.js';

/** Memorable, 16 characters, not in any common-password list; shared by every demo user. */
export const demoPassword = 'Polku-demo-2026!';

/** A realistic caseload is 30–50 clients per coach; volume runs add coaches instead of overloading them. */
const clientsPerCoach = 40;

export type DemoLogin = { email: string; password: string; role: Role; organisation: string };

export type Coach = {
  id: string;
  teamId: string;
  pickProgramme: (random: Random) => ProcessModelKey;
  youth: boolean;
};

/** The first employer coordinator of each area has the memorable login; large registers get more coordinators. */
export type AreaStaff = { coaches: Coach[]; teamLeadId: string; employerCoordinatorIds: string[] };

/** One employer coordinator keeps up relationships with about this many employers. */
const employersPerCoordinator = 60;

const memorableLocalPart: Record<Role, string> = {
  coach: 'coach',
  employer_coordinator: 'coordinator',
  team_lead: 'lead',
  admin: 'admin',
  analyst: 'analyst',
  partner: 'partner',
};

type UserRow = typeof users.$inferInsert;
type MembershipRow = typeof memberships.$inferInsert;

/**
 * Creates every staff member. The first user of each role gets an easy address
 * (coach@oulu.polku.test) for demos; the others get name-based addresses.
 */
export async function insertStaff(
  tx: Transaction,
  context: OrganisationsContext,
  options: { seed: number; passwordHash: string; clientCount: number; today: string },
): Promise<{ staffByArea: AreaStaff[]; logins: DemoLogin[]; userCount: number }> {
  const userRows: UserRow[] = [];
  const membershipRows: MembershipRow[] = [];
  const logins: DemoLogin[] = [];
  const usedEmails = new Set<string>();
  const createdAt = new Date(`${options.today}T05:00:00Z`);

  const addUser = (input: {
    key: string;
    slug: string;
    organisationId: string;
    organisationName: string;
    role: Role;
    teamId?: string;
    memorable: boolean;
  }) => {
    const random = createRandom(deriveSeed(options.seed, hashText(input.key)));
    const name = pickStaffName(random);
    const email = input.memorable
      ? `${memorableLocalPart[input.role]}@${input.slug}.polku.test`
      : uniqueEmail(usedEmails, emailLocalPart(name), input.slug);
    usedEmails.add(email);
    const id = demoId(options.seed, `user/${input.key}`);
    userRows.push({
      id,
      email,
      name: `${name.firstName} ${name.lastName}`,
      passwordHash: options.passwordHash,
      locale: 'fi',
      // Admins must enrol TOTP at their first login; the demo cannot know their authenticator.
      totpEnabled: false,
      passwordChangedAt: createdAt,
      createdAt,
    });
    membershipRows.push({ userId: id, organisationId: input.organisationId, role: input.role, teamId: input.teamId ?? null });
    if (input.memorable) logins.push({ email, password: demoPassword, role: input.role, organisation: input.organisationName });
    return id;
  };

  const staffByArea = context.areas.map((area) => {
    const base = { slug: area.spec.slug, organisationId: area.organisationId, organisationName: area.spec.name };
    const areaClients = Math.round(options.clientCount * area.spec.clientShare);
    const coachCount = Math.max(area.spec.minimumCoaches, Math.ceil(areaClients / clientsPerCoach));
    const coaches: Coach[] = [];
    let coachNumber = 0;
    for (const [teamIndex, team] of area.teams.entries()) {
      const teamCoaches =
        teamIndex === area.teams.length - 1 ? coachCount - coaches.length : Math.max(1, Math.round(coachCount * team.spec.coachShare));
      for (let index = 0; index < teamCoaches; index++, coachNumber++) {
        const id = addUser({
          ...base,
          key: `${area.spec.slug}/coach/${coachNumber}`,
          role: 'coach',
          teamId: team.id,
          memorable: coachNumber === 0,
        });
        coaches.push(coachOf(id, team));
      }
    }
    const coordinatorCount = Math.max(1, Math.ceil(areaEmployerCount(options.clientCount, area.spec) / employersPerCoordinator));
    const employerCoordinatorIds = Array.from({ length: coordinatorCount }, (_, index) =>
      addUser({
        ...base,
        // The first key is the one used before there could be several, so its user keeps its id.
        key: `${area.spec.slug}/employer_coordinator${index === 0 ? '' : `/${index}`}`,
        role: 'employer_coordinator',
        memorable: index === 0,
      }),
    );
    const teamLeadId = addUser({ ...base, key: `${area.spec.slug}/team_lead`, role: 'team_lead', memorable: true });
    addUser({ ...base, key: `${area.spec.slug}/admin`, role: 'admin', memorable: true });
    addUser({ ...base, key: `${area.spec.slug}/analyst`, role: 'analyst', memorable: area.spec.slug === 'oulu' });
    return { coaches, teamLeadId, employerCoordinatorIds };
  });

  for (const partner of context.partners) {
    const base = { slug: partner.spec.slug, organisationId: partner.organisationId, organisationName: partner.spec.name };
    addUser({ ...base, key: `${partner.spec.slug}/partner/0`, role: 'partner', memorable: partner.spec.hasPartnerLogin });
    addUser({ ...base, key: `${partner.spec.slug}/partner/1`, role: 'partner', memorable: false });
  }

  await insertInChunks(tx, users, userRows);
  await insertInChunks(tx, memberships, membershipRows);
  return { staffByArea, logins, userCount: userRows.length };
}

function coachOf(id: string, team: TeamContext): Coach {
  return { id, teamId: team.id, pickProgramme: weightedPicker(team.spec.programmes), youth: team.spec.youth };
}

function uniqueEmail(used: Set<string>, localPart: string, slug: string): string {
  for (let suffix = 1; ; suffix++) {
    const email = `${localPart}${suffix === 1 ? '' : suffix}@${slug}.polku.test`;
    if (!used.has(email)) return email;
  }
}

/** FNV-1a: turns a stable key into a seed stream number. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
