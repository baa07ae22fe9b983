import { daysBetween, timestampOn } from './dates.js';
import { daysAfter, responseMoment, settingsOf, startOfToday, type AssignmentTiming } from './employer-assignments.js';
import type { Hire } from './hires.js';
import { weightedPicker, type Random } from './random.js';

/**
 * How an assignment went, as the board will show it: most are answered within the agreed time,
 * about one in seven late; the newest wait for their first response, a few of them past due.
 */
const lateShare = 0.15;

const pickClosedResult = weightedPicker([
  ['not_filled', 40],
  ['no_suitable_candidates', 30],
  ['cancelled_by_employer', 30],
] as const);

const unanswered: AssignmentTiming = { status: 'new', result: null, firstResponseAt: null, closedAt: null, proposalTimes: [] };

/** An assignment nobody has answered and whose due time has passed: the board's overdue tile. */
export function overdueTiming(): AssignmentTiming {
  return unanswered;
}

function proposalMoments(random: Random, after: Date, count: number, today: string): Date[] {
  const moments: Date[] = [];
  let previous = after;
  for (let index = 0; index < count; index++) {
    const moment = daysAfter(random, previous, 0, index === 0 ? 4 : 3, today);
    if (!moment) break;
    moments.push(moment);
    previous = moment;
  }
  return moments;
}

/** The assignment behind a hire: answered, candidates proposed, closed as filled soon after the hire. */
export function hireTiming(random: Random, hire: Hire, slug: string, candidatesWanted: number, today: string) {
  return (receivedAt: Date): AssignmentTiming => {
    const response = responseMoment(random, receivedAt, settingsOf(slug), random.chance(lateShare));
    const hiredProposalAt = timestampOn(hire.proposedOn, random.integer(0, 419));
    const proposedAt = hiredProposalAt > receivedAt ? hiredProposalAt : new Date(+receivedAt + 3_600_000);
    // Other candidates were proposed before the hire was decided.
    const others = proposalMoments(random, proposedAt, random.integer(0, candidatesWanted), hire.hiredOn);
    const hiredAt = timestampOn(hire.hiredOn, 410);
    const closedAt = daysAfter(random, hiredAt, 0, 7, today) ?? new Date(+hiredAt + 10 * 60_000);
    return {
      status: 'closed',
      result: candidatesWanted > 1 ? 'partly_filled' : 'filled',
      // The first proposal answers the employer if nobody had answered before it.
      firstResponseAt: response < proposedAt ? response : proposedAt,
      closedAt,
      proposalTimes: [proposedAt, ...others],
    };
  };
}

/** An assignment not behind a hire: its state depends on how long ago it came in. */
export function ordinaryTiming(random: Random, slug: string, today: string, candidatesWanted: number) {
  return (receivedAt: Date, dueAt: Date): AssignmentTiming => {
    const now = startOfToday(today);
    const age = daysBetween(receivedAt.toISOString().slice(0, 10), today);
    const response = responseMoment(random, receivedAt, settingsOf(slug), random.chance(lateShare));
    if (response >= now || (age <= 2 && dueAt >= now && random.chance(0.5))) return unanswered;
    const inProgress: AssignmentTiming = { ...unanswered, status: 'in_progress', firstResponseAt: response };
    const roll = random.next();
    const closing = age > 30 ? roll < 0.8 : age > 2 && roll >= 0.75;
    const proposing = !closing && (age > 30 || (age > 2 && roll >= 0.2));
    if (proposing) {
      const proposalTimes = proposalMoments(random, response, random.integer(1, candidatesWanted + 1), today);
      return proposalTimes.length > 0 ? { ...inProgress, status: 'candidates_proposed', proposalTimes } : inProgress;
    }
    if (!closing) return inProgress;
    const result = pickClosedResult(random);
    if (result === 'cancelled_by_employer' && random.chance(0.4)) {
      // Cancelled before anyone answered: nothing was owed, so it stays unanswered.
      const closedAt = daysAfter(random, receivedAt, 1, 10, today);
      return closedAt ? { ...unanswered, status: 'closed', result, closedAt } : unanswered;
    }
    const proposalTimes = result === 'not_filled' ? proposalMoments(random, response, random.integer(1, candidatesWanted + 1), today) : [];
    const closedAt = daysAfter(random, proposalTimes.at(-1) ?? response, 3, 20, today);
    if (!closedAt) return proposalTimes.length > 0 ? { ...inProgress, status: 'candidates_proposed', proposalTimes } : inProgress;
    return { status: 'closed', result, firstResponseAt: response, closedAt, proposalTimes };
  };
}
