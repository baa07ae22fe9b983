import { sql } from 'drizzle-orm';
import type { GroupKind, SessionMode } from '../../src/contract/groups.js';
import { queryRows, type Transaction } from '../../src/server/db/transaction.js';
import { groupAttendance, groupParticipants, groups, groupSessions } from '../../src/server/db/schema.js';
import { addDays, timestampOn } from './dates.js';
import { demoId } from './ids.js';
import { createRandom, deriveSeed } from './random.js';

export type GroupArea = { organisationId: string; coachIds: readonly string[] };

type GroupSpec = {
  name: string;
  kind: GroupKind;
  description: string;
  /** Days before today the group started, and how long it runs (null: open-ended). */
  startedDaysAgo: number;
  lengthDays: number | null;
  everyDays: number;
  mode: SessionMode;
  topics: readonly string[];
  participants: number;
};

const groupSpecs: readonly GroupSpec[] = [
  {
    name: 'Työnhakupaja',
    kind: 'workshop',
    description: 'Viikoittainen paja: CV, hakemukset ja piilotyöpaikkojen etsiminen yhdessä.',
    startedDaysAgo: 70,
    lengthDays: 120,
    everyDays: 7,
    mode: 'face_to_face',
    topics: ['CV kuntoon', 'Hakemuksen kirjoittaminen', 'Piilotyöpaikat', 'Työhaastattelu', 'LinkedIn-profiili'],
    participants: 10,
  },
  {
    name: 'Vertaistukiryhmä',
    kind: 'peer_support',
    description: 'Kahden viikon välein kokoontuva ryhmä, jossa jaetaan kokemuksia työnhausta ja arjesta.',
    startedDaysAgo: 150,
    lengthDays: null,
    everyDays: 14,
    mode: 'face_to_face',
    topics: ['Kuulumiskierros', 'Arjen rytmi', 'Omat vahvuudet', 'Työkyky ja jaksaminen'],
    participants: 8,
  },
  {
    name: 'Hygieniapassikoulutus',
    kind: 'card_training',
    description: 'Kahden päivän koulutus ja koe elintarvikealan hygieniaosaamistodistusta varten.',
    startedDaysAgo: 45,
    lengthDays: 1,
    everyDays: 1,
    mode: 'face_to_face',
    topics: ['Koulutuspäivä', 'Koe'],
    participants: 12,
  },
  {
    name: 'Työnhaun etävalmennus',
    kind: 'webinar',
    description: 'Etäyhteydellä pidettävät lyhyet valmennukset kaukana asuville.',
    startedDaysAgo: 60,
    lengthDays: null,
    everyDays: 10,
    mode: 'remote',
    topics: ['Työmarkkinatori tutuksi', 'Etähaastattelu', 'Osaamisen sanoittaminen'],
    participants: 9,
  },
];

/**
 * Each area's group activities: a workshop, a peer-support group, a card training and a remote
 * coaching series, for clients with a running enrolment, with attendance in the sessions held so
 * far (about four in five present) and the next session planned ahead.
 */
export async function loadGroups(tx: Transaction, options: { seed: number; today: string; areas: readonly GroupArea[] }) {
  const counts = { groups: 0, group_sessions: 0, group_participants: 0, group_attendance: 0 };
  for (const [areaIndex, area] of options.areas.entries()) {
    const needed = groupSpecs.reduce((sum, spec) => sum + spec.participants, 0);
    const candidates = await queryRows<{ id: string }>(
      tx,
      sql`select c.id from clients c where c.organisation_id = ${area.organisationId}
            and exists (select 1 from enrolments e where e.client_id = c.id and e.end_date is null)
          order by c.id limit ${needed}`,
    );
    for (const [specIndex, spec] of groupSpecs.entries()) {
      const random = createRandom(deriveSeed(options.seed, 8_001, areaIndex, specIndex));
      const groupId = demoId(options.seed, `group/${areaIndex}/${specIndex}`);
      const startsOn = addDays(options.today, -spec.startedDaysAgo);
      const endsOn = spec.lengthDays === null ? null : addDays(startsOn, spec.lengthDays);
      const facilitator = area.coachIds[specIndex % area.coachIds.length]!;
      const createdAt = timestampOn(addDays(startsOn, -14), 10 * 60);
      await tx.insert(groups).values({
        id: groupId,
        organisationId: area.organisationId,
        name: spec.name,
        kind: spec.kind,
        description: spec.description,
        startsOn,
        endsOn,
        createdBy: facilitator,
        createdAt,
        updatedAt: createdAt,
      });
      counts.groups++;
      const members = candidates.filter((_, index) => index % groupSpecs.length === specIndex).slice(0, spec.participants);
      if (members.length > 0) {
        await tx.insert(groupParticipants).values(
          members.map((member) => ({
            groupId,
            clientId: member.id,
            organisationId: area.organisationId,
            joinedOn: startsOn,
            addedBy: facilitator,
            createdAt,
          })),
        );
        counts.group_participants += members.length;
      }
      const lastDay = endsOn === null || endsOn > options.today ? addDays(options.today, spec.everyDays) : endsOn;
      for (let index = 0, heldOn = startsOn; heldOn <= lastDay; index++, heldOn = addDays(heldOn, spec.everyDays)) {
        const sessionId = demoId(options.seed, `group-session/${areaIndex}/${specIndex}/${index}`);
        await tx.insert(groupSessions).values({
          id: sessionId,
          groupId,
          organisationId: area.organisationId,
          heldOn,
          topic: spec.topics[index % spec.topics.length]!,
          durationMinutes: spec.kind === 'card_training' ? 360 : 90,
          mode: spec.mode,
          createdBy: facilitator,
          createdAt,
        });
        counts.group_sessions++;
        if (heldOn > options.today) continue;
        const present = members.filter(() => random.chance(0.8));
        if (present.length === 0) continue;
        await tx
          .insert(groupAttendance)
          .values(present.map((member) => ({ sessionId, groupId, clientId: member.id, organisationId: area.organisationId })));
        counts.group_attendance += present.length;
      }
    }
  }
  return counts;
}
