import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { genders } from '../../../contract/clients';
import { ageBands, reportTargetGroups, type ReportOptions } from '../../../contract/reports';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { DropdownField } from '../../components/DropdownField';
import { Notice } from '../../components/Notice';
import { SelectField } from '../../components/SelectField';
import { isLanguage } from '../../i18n/languages';
import { CoachFilter } from './CoachFilter';
import type { ReportFilters } from './report-filters';

/** Dropdowns cannot hold an empty value, so "no cut" has a name of its own. */
const any = 'any';

type ReportFilterBarProps = {
  options: ReportOptions | undefined;
  filters: ReportFilters;
  valid: boolean;
  setFilter: (name: keyof ReportFilters, value: string | null) => void;
  clear: () => void;
};

export function ReportFilterBar({ options, filters, valid, setFilter, clear }: ReportFilterBarProps) {
  const { t, i18n } = useTranslation('dashboard');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const organisationId = filters.organisationId;
  const inOrganisation = <Item extends { organisationId: string }>(items: Item[]) =>
    organisationId ? items.filter((item) => item.organisationId === organisationId) : items;
  const dropdown = (name: keyof ReportFilters, label: string, anyLabel: string, choices: { value: string; label: string }[]) => (
    <DropdownField
      labelText={label}
      options={[{ value: any, label: anyLabel }, ...choices]}
      value={filters[name] ?? any}
      onChange={(value) => setFilter(name, value === any ? null : value)}
      fullWidth
      data-qa={`report-filter-${name}`}
    />
  );

  return (
    <section aria-label={t('filters.label')} data-qa="report-filters">
      <Fields>
        <DateField
          labelText={t('filters.from')}
          value={filters.from}
          onChange={(value) => setFilter('from', value)}
          data-qa="report-filter-from"
        />
        <DateField labelText={t('filters.to')} value={filters.to} onChange={(value) => setFilter('to', value)} data-qa="report-filter-to" />
        {(options?.organisations.length ?? 0) > 1
          ? dropdown(
              'organisationId',
              t('filters.organisation'),
              t('filters.allOrganisations'),
              options!.organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
            )
          : null}
        {dropdown(
          'teamId',
          t('filters.team'),
          t('filters.allTeams'),
          inOrganisation(options?.teams ?? []).map((team) => ({ value: team.id, label: team.name })),
        )}
        <CoachFilter coachId={filters.coachId} organisationId={organisationId} onChange={(coachId) => setFilter('coachId', coachId)} />
        {dropdown(
          'programmeId',
          t('filters.programme'),
          t('filters.allProgrammes'),
          inOrganisation(options?.programmes ?? []).map((programme) => ({ value: programme.id, label: programme.name })),
        )}
        <SelectField
          labelText={t('filters.municipality')}
          visualPlaceholder={t('filters.allMunicipalities')}
          options={(options?.municipalities ?? []).map((municipality) => ({
            value: municipality.code,
            label: municipality.name[language],
          }))}
          value={filters.municipalityCode ?? null}
          onChange={(value) => setFilter('municipalityCode', value)}
          fullWidth
          data-qa="report-filter-municipality"
        />
        {dropdown(
          'targetGroup',
          t('filters.targetGroup'),
          t('filters.allTargetGroups'),
          reportTargetGroups.map((group) => ({ value: group, label: t(`targetGroups.${group}`) })),
        )}
        {dropdown(
          'gender',
          t('filters.gender'),
          t('filters.allGenders'),
          genders.map((gender) => ({ value: gender, label: t(`genders.${gender}`) })),
        )}
        {dropdown(
          'ageBand',
          t('filters.ageBand'),
          t('filters.allAgeBands'),
          ageBands.map((band) => ({ value: band, label: t(`ageBands.${band}`) })),
        )}
      </Fields>
      {!valid ? <Notice data-qa="report-period-invalid">{t('filters.invalidPeriod')}</Notice> : null}
      <Button variant="secondary" onClick={clear} data-qa="report-filter-clear">
        {t('filters.clear')}
      </Button>
    </section>
  );
}

const Fields = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
  column-gap: ${tokens.spacing.m};
  align-items: end;
`;
