import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FieldCipher } from '../../src/server/crypto/field-encryption.js';
import { feedbackJobKinds, sendJobKey } from '../../src/server/features/feedback/feedback-jobs.js';
import { feedbackAnswers, feedbackInvitations, jobs } from '../../src/server/db/schema.js';
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
 * results page and the NPS indicators have figures from the first start. Clients without an
 * e-mail address have a survey that could not be sent, and some of the last month's sends
 * failed, so the delivery view shows what it is for.
 */
export async function loadFeedback(tx: Transaction, options: { seed: number; today: string; cipher: FieldCipher }) {
  const random = createRandom(deriveSeed(options.seed, 9_101));
  const ended = await queryRows<{
    id: string;
    organisation_id: string;
    client_id: string;
    municipality_code: string;
    end_date: string;
    has_email: boolean;
  }>(
    tx,
    sql`select e.id, e.organisation_id, e.client_id, c.municipality_code, to_char(e.end_date, 'YYYY-MM-DD') as end_date,
          c.email is not null as has_email
        from enrolments e join clients c on c.id = e.client_id
        where e.end_date is not null and e.end_date < ${options.today}::date
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
  const failedSends: (typeof jobs.$inferInsert)[] = [];
  type Base = Omit<typeof feedbackInvitations.$inferInsert, 'tokenHash' | 'tokenEncrypted' | 'createdAt' | 'expiresAt' | 'language'>;
  const invitation = (base: Base, sentOn: string) => ({
    ...base,
    id: demoId(options.seed, `feedback/${base.enrolmentId ?? base.placementId}`),
    ...token(options.cipher),
    language: 'fi',
    createdAt: timestampOn(sentOn, 10 * 60),
    expiresAt: timestampOn(addDays(sentOn, 30), 10 * 60),
  });
  /** A client without an e-mail address: nothing to send to, as the send job would have recorded. */
  const notSendable = (base: Base, endOn: string) => {
    const row = invitation(base, endOn);
    invitations.push({ ...row, notSendableAt: row.createdAt, notSendableReason: 'no_email_address' });
  };
  /** A send the mail server kept refusing until the queue gave up, for the delivery view's "failed". */
  const failedSend = (base: Base, endOn: string) => {
    const row = invitation(base, endOn);
    invitations.push(row);
    failedSends.push({
      kind: feedbackJobKinds.send,
      payload: { invitationId: row.id },
      organisationId: base.organisationId,
      dedupeKey: sendJobKey(row.id),
      runAt: row.createdAt,
      attempts: 10,
      maxAttempts: 10,
      lastError: "Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: Recipient address rejected",
      failedAt: timestampOn(addDays(endOn, 2), 16 * 60),
      createdAt: row.createdAt,
    });
  };
  const survey = (
    base: Base,
    sentOn: string,
    answer: (
      answeredAt: Date,
    ) => Omit<
      typeof feedbackAnswers.$inferInsert,
      'invitationId' | 'organisationId' | 'kind' | 'municipalityCode' | 'language' | 'answeredAt'
    >,
  ) => {
    const sent = invitation(base, sentOn);
    const answerDay = random.chance(0.65) ? addDays(sentOn, random.integer(0, 12)) : null;
    const answeredAt = answerDay && answerDay < options.today ? timestampOn(answerDay, random.integer(8 * 60, 21 * 60)) : null;
    const reminded = (!answeredAt || answerDay! > addDays(sentOn, 7)) && addDays(sentOn, 7) < options.today;
    invitations.push({
      ...sent,
      sentAt: sent.createdAt,
      reminderSentAt: reminded ? timestampOn(addDays(sentOn, 7), 10 * 60) : null,
      answeredAt,
    });
    if (answeredAt) {
      answers.push({
        invitationId: sent.id,
        organisationId: base.organisationId,
        kind: base.kind,
        municipalityCode: base.municipalityCode ?? null,
        language: 'fi',
        answeredAt,
        ...answer(answeredAt),
      });
    }
  };
  // In each organisation the last month's latest send failed, the mailbox no longer existing (an
  // older failure would show as expired): the delivery view has one to show and send again.
  const failing = new Set<string>();
  const latestByOrganisation = new Map<string, (typeof ended)[number]>();
  for (const enrolment of ended) {
    if (!enrolment.has_email || enrolment.end_date < addDays(options.today, -30)) continue;
    const latest = latestByOrganisation.get(enrolment.organisation_id);
    if (!latest || enrolment.end_date > latest.end_date) latestByOrganisation.set(enrolment.organisation_id, enrolment);
  }
  for (const enrolment of latestByOrganisation.values()) failing.add(enrolment.id);
  for (const enrolment of ended) {
    const base: Base = {
      organisationId: enrolment.organisation_id,
      kind: 'job_seeker',
      municipalityCode: enrolment.municipality_code,
      enrolmentId: enrolment.id,
      clientId: enrolment.client_id,
    };
    if (!enrolment.has_email) {
      notSendable(base, enrolment.end_date);
      continue;
    }
    if (failing.has(enrolment.id)) {
      failedSend(base, enrolment.end_date);
      continue;
    }
    survey(base, enrolment.end_date, () => {
      const recommend = recommendation(random);
      return {
        recommend,
        grade: gradeFor(recommend, random),
        helpedMost: [...new Set([random.pick(choices), random.pick(choices)])],
        freeText: random.chance(0.3) ? random.pick(freeTexts) : null,
      };
    });
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
  await insertInChunks(tx, jobs, failedSends);
  return { feedbackInvitations: invitations.length, feedbackAnswers: answers.length };
}
