import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { FidelityEvidence } from '../../../contract/fidelity';

/** The measured figures of one item and the rule that turned them into its pre-filled score. */
export function EvidenceText({ evidence, number }: { evidence: FidelityEvidence; number: number }) {
  const { t, i18n } = useTranslation('fidelity');
  const decimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const value = (figure: number | null) => (figure === null ? '–' : decimal.format(figure));
  const share = (figure: number | null) => (figure === null ? '–' : percent.format(figure));
  const figures = (() => {
    switch (evidence.kind) {
      case 'caseload_size':
        return { clients: evidence.clients, coaches: evidence.coaches, ratio: value(evidence.ratio), largest: evidence.largestCaseload };
      case 'zero_exclusion':
        return {
          started: evidence.enrolmentsStarted,
          ended: evidence.enrolmentsEnded,
          exits: evidence.readinessExits,
          sources: evidence.referralSources,
        };
      case 'rapid_search':
        return {
          started: evidence.enrolmentsStarted,
          withContact: evidence.withContact,
          mean: value(evidence.meanDays),
          median: value(evidence.medianDays),
          waiting: evidence.waitingOver30Days,
        };
      case 'employer_contact_frequency':
        return {
          contacts: evidence.inPersonContacts,
          coaches: evidence.coaches,
          weeks: value(evidence.weeks),
          perWeek: value(evidence.perCoachPerWeek),
        };
      case 'employer_contact_quality':
        return {
          contacts: evidence.contacts,
          inPerson: evidence.inPersonContacts,
          inPersonShare: share(evidence.inPersonShare),
          employersMet: evidence.employersMetInPerson,
          repeated: evidence.employersMetRepeatedly,
          repeatedShare: share(evidence.repeatedShare),
        };
      case 'job_type_diversity':
        return { jobs: evidence.jobs, typed: evidence.jobsWithType, distinct: evidence.distinctTypes, share: share(evidence.share) };
      case 'employer_diversity':
        return { jobs: evidence.jobs, distinct: evidence.distinctEmployers, share: share(evidence.share) };
      case 'competitive_jobs':
        return { jobs: evidence.jobs, competitive: evidence.competitive, share: share(evidence.share) };
      case 'time_unlimited_support':
        return {
          followed: evidence.jobsFollowed,
          afterFirstMonth: evidence.contactAfterFirstMonth,
          fourMonths: evidence.jobsFourMonths,
          supportedFourMonths: evidence.supportedFourMonths,
          rhythm: evidence.weeklyThenMonthly,
          beforeAndEarly: evidence.beforeAndEarly,
        };
    }
  })();
  return (
    <>
      <Paragraph mb="xs" data-qa={`item-${number}-evidence`}>
        <strong>{t('review.evidence')}: </strong>
        {t(`evidence.${evidence.kind}.figures`, figures)}
      </Paragraph>
      <Paragraph mb="s" data-qa={`item-${number}-rule`}>
        <strong>{t('review.rule')}: </strong>
        {t(`evidence.${evidence.kind}.rule`)}
      </Paragraph>
    </>
  );
}
