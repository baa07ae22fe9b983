import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FieldCipher } from '../../src/server/crypto/field-encryption.js';
import { feedbackAnswers, feedbackInvitations } from '../../src/server/db/schema.js';
import { queryRows, type Transaction } from '../../src/server/db/transaction.js';
import { addDays, timestampOn } from './dates.js';
import { demoId } from './ids.js';
import { insertInChunks } from './insert.js';
import { createRandom, deriveSeed, type Random } from './random.js';

const freeTexts = [
  'Valmentaja uskoi minuun silloinkin, kun itse en uskonut.',
  'Työnhaku tuntui ensimmäistä kertaa mahdolliselta.',
  'Olisin toivonut tapaamisia useammin alussa.',
  'Sain apua CV:n kanssa ja pääsin haastatteluun.',
  'Tieto etuuksista olisi pitänyt saada aiemmin.',
  'Kiitos kärsivällisyydestä!',
];
const employerTexts = [
  'Valmentaja oli tavoitettavissa aina kun tarvittiin.',
  'Perehdytyksen tuki auttoi koko työyhteisöä.',
  'Paperityöt veivät aikaa, muuten hyvä kokemus.',
];
const choices = ['coach_support', 'job_search', 'employer_contacts', 'skills', 'studies', 'in_work_support'];

/** Recommendations lean high, as in supported-employment services, with a tail of critics. */
const recommendation = (random: Random) => random.pick([10, 10, 10, 9, 9, 9, 8, 8, 7, 6, 5, 3]);
const gradeFor = (recommend: number, random: Random) =>
  Math.max(4, Math.min(10, recommend - random.integer(0, 2) + (recommend >= 9 ? 1 : 0)));

/** Random even in the demo: a token derived from the public seed could be guessed. The demo never mails it. */
function token(cipher: FieldCipher) {
  const value = randomBytes(32).toString('base64url');
  return { tokenHash: createHash('sha256').update(value).digest('hex'), tokenEncrypted: cipher.encrypt(value) };
}

/**
 * End-of-service surveys for the enrolments that ended before today (about two in three answered,
 * a week's reminder for the slower half) and employer surveys for ended placements, so the
 * results page and the NPS indicators have figures from the first start.
 */
export async function loadFeedback(tx: Transaction, options: { seed: number; today: string; cipher: FieldCipher }) {
  const random = createRandom(deriveSeed(options.seed, 9_101));
  const ended = await queryRows<{ id: string; organisation_id: string; client_id: string; municipality_code: string; end_date: string }>(
    tx,
    sql`select e.id, e.organisation_id, e.client_id, c.municipality_code, to_char(e.end_date, 'YYYY-MM-DD') as end_date
        from enrolments e join clients c on c.id = e.client_id
        where e.end_date is not null and e.end_date < ${options.today}::date and c.email is not null
        order by e.id`,
  );
  const placements = await queryRows<{
    id: string;
    organisation_id: string;
    employer_id: string;
    municipality_code: string | null;
    ended_on: string;
  }>(
    tx,
    sql`select p.id, p.organisation_id, p.employer_id, em.municipality_code, to_char(p.ended_on, 'YYYY-MM-DD') as ended_on
        from placements p join employers em on em.id = p.employer_id
        where p.ended_on is not null and p.ended_on < ${options.today}::date order by p.id`,
  );
  const invitations: (typeof feedbackInvitations.$inferInsert)[] = [];
  const answers: (typeof feedbackAnswers.$inferInsert)[] = [];
  const survey = (
    base: Omit<typeof feedbackInvitations.$inferInsert, 'tokenHash' | 'tokenEncrypted' | 'createdAt' | 'expiresAt' | 'language'>,
    sentOn: string,
    answer: (
      answeredAt: Date,
    ) => Omit<
      typeof feedbackAnswers.$inferInsert,
      'invitationId' | 'organisationId' | 'kind' | 'municipalityCode' | 'language' | 'answeredAt'
    >,
  ) => {
    const sentAt = timestampOn(sentOn, 10 * 60);
    const answerDay = random.chance(0.65) ? addDays(sentOn, random.integer(0, 12)) : null;
    const answeredAt = answerDay && answerDay < options.today ? timestampOn(answerDay, random.integer(8 * 60, 21 * 60)) : null;
    const reminded = (!answeredAt || answerDay! > addDays(sentOn, 7)) && addDays(sentOn, 7) < options.today;
    const id = demoId(options.seed, `feedback/${base.enrolmentId ?? base.placementId}`);
    invitations.push({
      ...base,
      id,
      ...token(options.cipher),
      language: 'fi',
      createdAt: sentAt,
      sentAt,
      reminderSentAt: reminded ? timestampOn(addDays(sentOn, 7), 10 * 60) : null,
      expiresAt: timestampOn(addDays(sentOn, 30), 10 * 60),
      answeredAt,
    });
    if (answeredAt) {
      answers.push({
        invitationId: id,
        organisationId: base.organisationId,
        kind: base.kind,
        municipalityCode: base.municipalityCode ?? null,
        language: 'fi',
        answeredAt,
        ...answer(answeredAt),
      });
    }
  };
  for (const enrolment of ended) {
    survey(
      {
        organisationId: enrolment.organisation_id,
        kind: 'job_seeker',
        municipalityCode: enrolment.municipality_code,
        enrolmentId: enrolment.id,
        clientId: enrolment.client_id,
      },
      enrolment.end_date,
      () => {
        const recommend = recommendation(random);
        return {
          recommend,
          grade: gradeFor(recommend, random),
          helpedMost: [...new Set([random.pick(choices), random.pick(choices)])],
          freeText: random.chance(0.3) ? random.pick(freeTexts) : null,
        };
      },
    );
  }
  for (const placement of placements) {
    survey(
      {
        organisationId: placement.organisation_id,
        kind: 'employer',
        municipalityCode: placement.municipality_code,
        placementId: placement.id,
        employerId: placement.employer_id,
      },
      placement.ended_on,
      () => ({
        recommend: recommendation(random),
        effectiveness: random.integer(5, 10),
        helpedMost: [],
        freeText: random.chance(0.3) ? random.pick(employerTexts) : null,
      }),
    );
  }
  await insertInChunks(tx, feedbackInvitations, invitations);
  await insertInChunks(tx, feedbackAnswers, answers);
  return { feedbackInvitations: invitations.length, feedbackAnswers: answers.length };
}
