import { fidelityItemCount } from '../../src/contract/fidelity.js';
import type { Transaction } from '../../src/server/db/transaction.js';
import { fidelityReviewItems, fidelityReviews } from '../../src/server/db/schema.js';
import { measureScope } from '../../src/server/features/fidelity/fidelity-evidence.js';
import { addDays, timestampOn } from './dates.js';
import { demoId } from './ids.js';
import { createRandom, deriveSeed } from './random.js';

export type FidelityArea = { organisationId: string; teamId: string; teamLeadId: string };

/** A new IPS service is reviewed every six months: two past reviews per area's first team give the history a trend. */
const reviewAgesInDays = [365, 183];

/**
 * Complete past reviews of each area's IPS team, pre-filled from the demo work itself the way
 * Polku does it; the items Polku cannot measure get a plausible consensus score, a little better
 * in the later review, as a team that works on its action plan would show.
 */
export async function loadFidelityReviews(tx: Transaction, options: { seed: number; today: string; areas: FidelityArea[] }) {
  let reviews = 0;
  for (const [areaIndex, area] of options.areas.entries()) {
    const random = createRandom(deriveSeed(options.seed, 7_001, areaIndex));
    for (const [reviewIndex, age] of reviewAgesInDays.entries()) {
      const reviewDate = addDays(options.today, -age);
      const period = { start: addDays(reviewDate, -183), end: addDays(reviewDate, -1) };
      const measured = await measureScope(tx, { organisationId: area.organisationId, teamId: area.teamId, programmeId: null, period });
      const reviewId = demoId(options.seed, `fidelity-review/${areaIndex}/${reviewIndex}`);
      const createdAt = timestampOn(reviewDate, 14 * 60);
      await tx.insert(fidelityReviews).values({
        id: reviewId,
        organisationId: area.organisationId,
        teamId: area.teamId,
        reviewDate,
        periodStart: period.start,
        periodEnd: period.end,
        reviewers: ['Riitta Arvioija (THL:n IPS-verkosto)', 'Pekka Kumppani'],
        notes: 'Arvioijat haastattelivat valmentajia, esihenkilöä ja neljää asiakasta sekä kävivät läpi työnantajakäyntien kirjaukset.',
        actionPlan:
          'Työnantajakäynnit viikkopalaveriin; etuusneuvonta ennen jokaisen työn alkua; tuki työssä kuukausittain vähintään vuoden.',
        createdBy: area.teamLeadId,
        createdAt,
        updatedAt: createdAt,
      });
      await tx.insert(fidelityReviewItems).values(
        Array.from({ length: fidelityItemCount }, (_, index) => {
          const result = measured.get(index + 1);
          const consensus = Math.min(5, random.integer(2, 4) + reviewIndex);
          return {
            reviewId,
            organisationId: area.organisationId,
            itemNumber: index + 1,
            prefilledScore: result?.score ?? null,
            evidence: result?.evidence ?? null,
            finalScore: result?.score ?? consensus,
            note: null,
          };
        }),
      );
      reviews++;
    }
  }
  return { fidelityReviews: reviews, fidelityReviewItems: reviews * fidelityItemCount };
}
