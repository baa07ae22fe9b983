import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button as SuomifiButton, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { skillLevels, type SkillLevel } from '../../../../contract/competence-profiles';
import type { EscoSkill } from '../../../../contract/esco';
import { Button } from '../../../components/Button';
import { DropdownField } from '../../../components/DropdownField';
import { useDebouncedValue } from '../../../components/debounced-value';
import { useEscoLabel } from '../../opportunities/esco-labels';
import { useOccupationSkills, useSkillSearch } from '../../opportunities/queries';
import { SearchCombobox } from '../../../components/SearchCombobox';
import { optionsOf } from '../form-helpers';
import type { ChosenSkill, FieldError } from './profile-form';
import { FieldGroup, FieldGroupLegend } from '../../../components/FieldGroup';

type SkillLevelsFieldProps = {
  value: readonly ChosenSkill[];
  onChange: (value: ChosenSkill[]) => void;
  /** Its essential ESCO skills are offered with one click. */
  occupationUri: string | null;
  fieldError: FieldError;
};

const suggestionCount = 8;

/** ESCO skills, each with the level the person has reached (basic, good, expert). */
export function SkillLevelsField({ value, onChange, occupationUri, fieldError }: SkillLevelsFieldProps) {
  const { t } = useTranslation('competenceProfile');
  const { language, label } = useEscoLabel();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text);
  const results = useSkillSearch(search, language);
  const occupationSkills = useOccupationSkills(occupationUri);
  const chosen = new Set(value.map((skill) => skill.uri));
  const add = (skill: EscoSkill) => {
    if (!chosen.has(skill.uri)) onChange([...value, { uri: skill.uri, level: 'good', label: skill.label }]);
    setText('');
  };
  const setLevel = (index: number, level: SkillLevel) =>
    onChange(value.map((skill, position) => (position === index ? { ...skill, level } : skill)));
  const levelOptions = optionsOf(skillLevels, (level) => t(`skills.levels.${level}`));
  const offered = (occupationSkills.data?.essential ?? []).filter((skill) => !chosen.has(skill.uri)).slice(0, suggestionCount);
  const nameOf = (skill: ChosenSkill) => (skill.label ? label(skill.label) : skill.uri);
  const listError = value.map((_, index) => fieldError(`skills.${index}.uri`)).find(Boolean) ?? fieldError('skills');

  return (
    <FieldGroup data-qa="profile-skills">
      <FieldGroupLegend>{t('sections.skills')}</FieldGroupLegend>
      <SearchCombobox<EscoSkill>
        labelText={t('skills.search')}
        hintText={t('skills.hint')}
        error={listError}
        inputValue={text}
        onInputChange={setText}
        items={text.trim() === '' ? [] : (results.data?.items ?? [])}
        loading={results.isFetching}
        itemKey={(skill) => skill.uri}
        renderItem={(skill) => label(skill.label)}
        onSelect={add}
        data-qa="profile-skill-search"
      />
      {value.length === 0 ? <Paragraph mb="s">{t('none')}</Paragraph> : null}
      <Grid>
        {value.map((skill, index) => (
          <Card key={skill.uri} data-qa="profile-skill">
            <DropdownField
              labelText={nameOf(skill)}
              options={levelOptions}
              value={skill.level}
              onChange={(level) => setLevel(index, level)}
              error={fieldError(`skills.${index}.level`)}
              fullWidth
              mb="xs"
              data-qa={`profile-skill-level-${index}`}
            />
            <Button
              variant="secondaryNoBorder"
              onClick={() => onChange(value.filter((candidate) => candidate.uri !== skill.uri))}
              aria-label={t('skills.remove', { label: nameOf(skill) })}
            >
              ×
            </Button>
          </Card>
        ))}
      </Grid>
      {offered.length > 0 ? (
        <Suggestions aria-label={t('skills.suggestions')}>
          <SuggestionHeading>{t('skills.suggestions')}</SuggestionHeading>
          {offered.map((skill) => (
            <SuomifiButton
              key={skill.uri}
              variant="secondary"
              onClick={() => add(skill)}
              aria-label={t('skills.add', { label: label(skill.label) })}
            >
              + {label(skill.label)}
            </SuomifiButton>
          ))}
        </Suggestions>
      ) : null}
    </FieldGroup>
  );
}

const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(310px, 1fr));
  gap: ${tokens.spacing.s} ${tokens.spacing.m};
  margin-bottom: ${tokens.spacing.m};
`;

const Card = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr) auto;
  align-items: end;
  gap: ${tokens.spacing.xxs};

  & > .fi-button {
    grid-column: 2;
    grid-row: 1;
    margin-bottom: ${tokens.spacing.xs};
  }
`;

const Suggestions = styled.section`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.xs};
  margin-bottom: ${tokens.spacing.s};

  .fi-button {
    min-height: 32px;
    padding: ${tokens.spacing.xxs} ${tokens.spacing.s};
  }
`;

const SuggestionHeading = styled.p`
  ${tokens.typography.bodySemiBoldSmall};
  flex-basis: 100%;
  margin: 0;
`;
