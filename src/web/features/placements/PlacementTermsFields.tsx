import { useTranslation } from 'react-i18next';
import { placementSupports, placementTypes } from '../../../contract/placements';
import { DateField } from '../../components/DateField';
import { DropdownField } from '../../components/DropdownField';
import type { Option } from '../../components/options';
import { TextareaField } from '../../components/TextareaField';
import { TextField } from '../../components/TextField';
import { FieldRow } from '../client/FieldRow';
import { optionsOf } from '../client/form-helpers';
import { EnumCheckboxGroup } from './EnumCheckboxGroup';
import type { PlacementTermsValues } from './placement-terms';

type PlacementTermsFieldsProps = {
  values: PlacementTermsValues;
  onChange: (patch: Partial<PlacementTermsValues>) => void;
  /** The translated error of a field, by the field's name in the terms. */
  fieldError: (name: keyof PlacementTermsValues) => string | undefined;
  /** Left out when editing: the start date moved the enrolment's phase and stays. */
  withStartDate?: boolean;
  /** Offered only when the client has several running enrolments; otherwise the server takes the only one. */
  enrolmentOptions?: readonly Option[];
};

/** The terms of a placement, shared by hiring from a proposal, recording one on the client and editing one. */
export function PlacementTermsFields({
  values,
  onChange,
  fieldError,
  withStartDate = true,
  enrolmentOptions = [],
}: PlacementTermsFieldsProps) {
  const { t } = useTranslation('placements');
  return (
    <>
      <FieldRow>
        <DropdownField
          labelText={t('fields.type')}
          options={optionsOf(placementTypes, (value) => t(`types.${value}`))}
          value={values.type}
          onChange={(type) => onChange({ type })}
          error={fieldError('type')}
          data-qa="placement-type"
        />
        <TextField
          labelText={t('fields.hoursPerWeek')}
          hintText={t('fields.hoursPerWeekHint')}
          optional
          inputMode="decimal"
          value={values.hoursPerWeek}
          onChange={(hoursPerWeek) => onChange({ hoursPerWeek })}
          error={fieldError('hoursPerWeek')}
          data-qa="placement-hours"
        />
      </FieldRow>
      <FieldRow>
        {withStartDate ? (
          <DateField
            labelText={t('fields.startDate')}
            hintText={t('fields.startDateHint')}
            value={values.startDate}
            onChange={(startDate) => onChange({ startDate })}
            error={fieldError('startDate')}
            data-qa="placement-start-date"
          />
        ) : null}
        <DateField
          labelText={t('fields.plannedEndDate')}
          hintText={t('fields.plannedEndDateHint')}
          optional
          value={values.plannedEndDate}
          onChange={(plannedEndDate) => onChange({ plannedEndDate })}
          error={fieldError('plannedEndDate')}
          data-qa="placement-planned-end-date"
        />
      </FieldRow>
      {withStartDate && enrolmentOptions.length > 1 ? (
        <DropdownField
          labelText={t('fields.enrolment')}
          options={enrolmentOptions}
          value={values.enrolmentId}
          onChange={(enrolmentId) => onChange({ enrolmentId })}
          error={fieldError('enrolmentId')}
          data-qa="placement-enrolment"
        />
      ) : null}
      <TextareaField
        labelText={t('fields.duties')}
        optional
        fullWidth
        rows={2}
        value={values.duties}
        onChange={(duties) => onChange({ duties })}
        error={fieldError('duties')}
        data-qa="placement-duties"
      />
      <EnumCheckboxGroup
        labelText={t('fields.supportGranted')}
        values={placementSupports}
        label={(value) => t(`supports.${value}`)}
        selected={values.supportGranted}
        onChange={(supportGranted) => onChange({ supportGranted })}
        error={fieldError('supportGranted')}
        data-qa="placement-support"
      />
      <TextareaField
        labelText={t('fields.supportNote')}
        optional
        fullWidth
        rows={2}
        value={values.supportNote}
        onChange={(supportNote) => onChange({ supportNote })}
        error={fieldError('supportNote')}
        data-qa="placement-support-note"
      />
    </>
  );
}
