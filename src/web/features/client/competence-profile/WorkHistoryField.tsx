import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { Button } from '../../../components/Button';
import { DateField } from '../../../components/DateField';
import { TextField } from '../../../components/TextField';
import { useEscoLabel } from '../../opportunities/esco-labels';
import { Entry } from './EducationListField';
import { OccupationSearch } from './OccupationListField';
import { emptyWork, type FieldError, type WorkValues } from './profile-form';
import { FieldGroup, FieldGroupLegend } from '../../../components/FieldGroup';

type WorkHistoryFieldProps = {
  value: readonly WorkValues[];
  onChange: (value: WorkValues[]) => void;
  fieldError: FieldError;
};

/** Jobs the person has had: employer and title in their own words, the ESCO occupation when one fits. */
export function WorkHistoryField({ value, onChange, fieldError }: WorkHistoryFieldProps) {
  const { t } = useTranslation('competenceProfile');
  const { label } = useEscoLabel();
  const replace = (index: number, changes: Partial<WorkValues>) =>
    onChange(value.map((work, position) => (position === index ? { ...work, ...changes } : work)));

  return (
    <FieldGroup data-qa="profile-work-history">
      <FieldGroupLegend>{t('sections.workHistory')}</FieldGroupLegend>
      {value.map((work, index) => (
        <Entry key={index} aria-label={t('work.entry', { number: index + 1 })} data-qa="profile-work-entry">
          <TextField
            labelText={t('work.employer')}
            value={work.employerName}
            onChange={(employerName) => replace(index, { employerName })}
            error={fieldError(`workHistory.${index}.employerName`)}
            data-qa={`profile-work-employer-${index}`}
          />
          <TextField
            labelText={t('work.title')}
            value={work.title}
            onChange={(title) => replace(index, { title })}
            error={fieldError(`workHistory.${index}.title`)}
            data-qa={`profile-work-title-${index}`}
          />
          <DateField
            labelText={t('work.from')}
            value={work.from}
            onChange={(from) => replace(index, { from })}
            error={fieldError(`workHistory.${index}.from`)}
            data-qa={`profile-work-from-${index}`}
          />
          <DateField
            labelText={t('work.to')}
            hintText={t('work.toHint')}
            value={work.to}
            onChange={(to) => replace(index, { to })}
            error={fieldError(`workHistory.${index}.to`)}
            optional
            data-qa={`profile-work-to-${index}`}
          />
          <OccupationField>
            {work.occupation ? (
              <Chosen>
                <span>
                  {t('work.occupation')}: {label(work.occupation.label)}
                </span>
                <Button variant="secondaryNoBorder" onClick={() => replace(index, { occupation: null })}>
                  {t('work.removeOccupation')}
                </Button>
              </Chosen>
            ) : (
              <OccupationSearch
                labelText={t('work.occupation')}
                optional
                error={fieldError(`workHistory.${index}.occupationUri`)}
                onSelect={(occupation) => replace(index, { occupation })}
                data-qa={`profile-work-occupation-${index}`}
              />
            )}
          </OccupationField>
          <Button variant="secondaryNoBorder" onClick={() => onChange(value.filter((_, position) => position !== index))}>
            {t('work.remove', { number: index + 1 })}
          </Button>
        </Entry>
      ))}
      <Button variant="secondary" onClick={() => onChange([...value, emptyWork()])} data-qa="profile-work-add">
        {t('work.add')}
      </Button>
    </FieldGroup>
  );
}

const OccupationField = styled.div`
  flex: 1 1 100%;
`;

const Chosen = styled.div`
  ${tokens.typography.bodyTextSmall};
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.spacing.s};
  margin-bottom: ${tokens.spacing.m};
`;
