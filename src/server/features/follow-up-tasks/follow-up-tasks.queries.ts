import { and, asc, eq, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { Transaction } from '../../db/transaction.js';
import { clients } from '../clients/clients.tables.js';
import { enrolments, followUps } from '../enrolments/enrolments.tables.js';
import { programmes } from '../programmes/programmes.tables.js';

/** Follow-ups not yet recorded whose due day has come, of enrolments the user coaches, oldest first. */
export function dueFollowUps(tx: Transaction, options: { coachId: string; today: string; policy: SQL; limit: number }) {
  return tx
    .select({
      followUpId: followUps.id,
      enrolmentId: enrolments.id,
      clientId: clients.id,
      firstName: clients.firstName,
      lastName: clients.lastName,
      programmeName: programmes.name,
      esfFunded: programmes.esfFunded,
      monthsAfterEnd: followUps.monthsAfterEnd,
      enrolmentEndDate: enrolments.endDate,
      dueOn: followUps.dueOn,
    })
    .from(followUps)
    .innerJoin(enrolments, eq(enrolments.id, followUps.enrolmentId))
    .innerJoin(clients, eq(clients.id, followUps.clientId))
    .innerJoin(programmes, eq(programmes.id, enrolments.programmeId))
    .where(
      and(
        isNull(followUps.completedOn),
        lte(followUps.dueOn, options.today),
        or(eq(enrolments.coachId, options.coachId), eq(enrolments.coCoachId, options.coachId)),
        options.policy,
      ),
    )
    .orderBy(asc(followUps.dueOn), asc(clients.lastName), asc(followUps.id))
    .limit(options.limit);
}
