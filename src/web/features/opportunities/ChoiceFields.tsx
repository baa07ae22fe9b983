import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { JobDemand } from '../../../contract/opportunities';
import { EnumCheckboxGroup } from '../placements/EnumCheckboxGroup';

type ChoiceGroupProps<Value extends string> = {
  labelText: string;
  values: readonly Value[];
  selected: readonly Value[];
  onChange: (selected: Value[]) => void;
  label: (value: Value) => string;
  error?: string;
  'data-qa': string;
};

/** Checkboxes of a vocabulary laid out in columns: a dozen short choices read best side by side. */
export function ChoiceGroup<Value extends string>(props: ChoiceGroupProps<Value>) {
  return (
    <Columns>
      <EnumCheckboxGroup {...props} />
    </Columns>
  );
}

type LicencesFieldProps<Value extends string> = Omit<ChoiceGroupProps<Value>, 'label'>;

export function LicencesField<Value extends string>(props: LicencesFieldProps<Value>) {
  const { t } = useTranslation('opportunities');
  return <ChoiceGroup {...props} label={(licence) => t(`labels.licence.${licence as 'forklift'}`)} />;
}

type DemandsFieldProps = {
  physical: readonly JobDemand[];
  cognitive: readonly JobDemand[];
  selected: readonly JobDemand[];
  onChange: (selected: JobDemand[]) => void;
  'data-qa': string;
};

/** The job's demands as one list, asked in two groups: physical, then cognitive and social. */
export function DemandsField({ physical, cognitive, selected, onChange, 'data-qa': dataQa }: DemandsFieldProps) {
  const { t } = useTranslation('opportunities');
  const label = (demand: JobDemand) => t(`labels.demand.${demand}`);
  const replace = (group: readonly JobDemand[], chosen: JobDemand[]) =>
    onChange([...selected.filter((demand) => !group.includes(demand)), ...chosen]);
  return (
    <>
      <ChoiceGroup
        labelText={t('form.physicalDemands')}
        values={physical}
        selected={selected.filter((demand) => physical.includes(demand))}
        onChange={(chosen) => replace(physical, chosen)}
        label={label}
        data-qa={`${dataQa}-physical`}
      />
      <ChoiceGroup
        labelText={t('form.cognitiveDemands')}
        values={cognitive}
        selected={selected.filter((demand) => cognitive.includes(demand))}
        onChange={(chosen) => replace(cognitive, chosen)}
        label={label}
        data-qa={`${dataQa}-cognitive`}
      />
    </>
  );
}

const Columns = styled.div`
  .fi-checkbox-group_container {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
    column-gap: ${tokens.spacing.m};
  }
  .fi-checkbox {
    margin-bottom: ${tokens.spacing.xxs};
  }
`;
