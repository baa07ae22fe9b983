import { useTranslation } from 'react-i18next';
import type { Opportunity, SkillView } from '../../../contract/opportunities';
import { formatDate } from '../../format';
import { useMunicipalities } from '../client/queries';
import { SectionHeader } from '../client/SectionHeader';
import { SummaryList, type SummaryItem } from '../client/SummaryList';
import { languageName } from '../client/profile/languages';
import { useEscoLabel, useSkillLabel } from './esco-labels';

/** Everything recorded about an opportunity, read-only. */
export function OpportunityDetails({ opportunity }: { opportunity: Opportunity }) {
  const { t, i18n } = useTranslation('opportunities');
  const { label, language } = useEscoLabel();
  const skillLabel = useSkillLabel();
  const municipalities = useMunicipalities().data?.items ?? [];
  const none = t('details.none');
  const municipality = municipalities.find((candidate) => candidate.code === opportunity.municipalityCode);
  const skills = (list: readonly SkillView[]) =>
    list.length === 0
      ? none
      : list.map((skill) => (skill.uri ? skillLabel(skill) : `${skill.label} (${t('details.ownWords')})`)).join(', ');
  const listOf = (values: readonly string[]) => (values.length === 0 ? none : values.join(', '));

  const items: SummaryItem[] = [
    {
      label: t('details.occupation'),
      value: opportunity.occupation ? label(opportunity.occupation.label) : none,
      qa: 'opportunity-occupation',
    },
    {
      label: t('details.iscoGroup'),
      value: opportunity.iscoGroup ? `${opportunity.iscoGroup.code} ${label(opportunity.iscoGroup.label)}` : (opportunity.iscoCode ?? none),
      qa: 'opportunity-isco-group',
    },
    { label: t('details.requiredSkills'), value: skills(opportunity.requiredSkills), qa: 'opportunity-required-skills' },
    { label: t('details.niceToHaveSkills'), value: skills(opportunity.niceToHaveSkills), qa: 'opportunity-nice-to-have-skills' },
    {
      label: t('details.languages'),
      value: listOf(opportunity.languages.map((requirement) => `${languageName(requirement.code, i18n.language)} ${requirement.level}`)),
      qa: 'opportunity-languages',
    },
    {
      label: t('details.licences'),
      value: listOf(opportunity.licences.map((licence) => t(`labels.licence.${licence}`))),
      qa: 'opportunity-licences',
    },
    {
      label: t('details.demands'),
      value: listOf(opportunity.demands.map((demand) => t(`labels.demand.${demand}`))),
      qa: 'opportunity-demands',
    },
    { label: t('details.workplace'), value: opportunity.workplaceName ?? none },
    {
      label: t('details.municipality'),
      value: municipality ? municipality.name[language === 'sv' ? 'sv' : 'fi'] : (opportunity.municipalityCode ?? none),
      qa: 'opportunity-municipality',
    },
    {
      label: t('details.hoursPerWeek'),
      value:
        opportunity.hoursPerWeek === null ? none : t('details.hours', { hours: opportunity.hoursPerWeek.toLocaleString(i18n.language) }),
      qa: 'opportunity-hours',
    },
    {
      label: t('details.workingTimeForm'),
      value: opportunity.workingTimeForm ? t(`labels.workingTimeForm.${opportunity.workingTimeForm}`) : none,
    },
    { label: t('details.startDate'), value: opportunity.startDate ? formatDate(opportunity.startDate) : none },
    {
      label: t('details.duration'),
      value: opportunity.durationMonths === null ? none : t('details.months', { count: opportunity.durationMonths }),
    },
    { label: t('details.positions'), value: String(opportunity.positions), qa: 'opportunity-positions' },
    { label: t('details.description'), value: opportunity.description ?? none },
  ];

  return (
    <section data-qa="opportunity-details">
      <SectionHeader title={t('details.title')} />
      <SummaryList items={items} />
    </section>
  );
}
