import type { EsfReport, EsfReportQuery } from '../../../contract/esf.js';
import { organisationsAllowed } from '../../auth/policy.js';
import { conflict } from '../../errors.js';
import { runOrganisationRecordAction } from '../../http/organisation-action.js';
import type { ActionContext } from '../../http/client-action.js';
import { findProgramme } from '../programmes/programmes.queries.js';
import { computeEsfIndicators, esfCompleteness, suppressSmallCounts } from './esf-indicators.js';
import { participationRecords, supportedEmployers } from './esf.queries.js';

/**
 * The ESF+ common indicators of one programme for a period. Only aggregates leave the server, but
 * they are made from special-category data, so each report is audited with the programme as target.
 * Users who may not see the people behind a figure (report.drill_down) get small counts suppressed.
 */
export function esfReport(context: ActionContext, query: EsfReportQuery): Promise<EsfReport> {
  return runOrganisationRecordAction(
    context,
    'esf.report.read',
    async (tx) => (await findProgramme(tx, query.programmeId))?.organisationId,
    async (tx, organisationId) => {
      const programme = (await findProgramme(tx, query.programmeId))!;
      if (!programme.esfFunded) throw conflict('programmeId', 'not_esf_funded');
      const records = await participationRecords(tx, programme.id, query.from, query.to);
      const employers = await supportedEmployers(tx, programme.id, query.from, query.to);
      const counts = computeEsfIndicators(records, employers, query.from, query.to);
      const suppressed = !organisationsAllowed(context.actor, 'report.drill_down').includes(organisationId);
      return {
        programmeId: programme.id,
        programmeName: programme.name,
        from: query.from,
        to: query.to,
        suppressed,
        rows: suppressed ? suppressSmallCounts(counts) : counts,
        completeness: esfCompleteness(records, employers, query.from, query.to),
      };
    },
    { audit: 'write', targetId: (report) => report.programmeId },
  );
}
