import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button as SuomifiButton, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { EscoSkill } from '../../../contract/esco';
import { skillKey } from '../../../contract/job-carving';
import type { SkillView } from '../../../contract/opportunities';
import { useDebouncedValue } from '../../components/debounced-value';
import { useEscoLabel, useSkillLabel } from './esco-labels';
import { useSkillSearch } from './queries';
import { SearchCombobox } from '../../components/SearchCombobox';
import { FieldGroup, FieldGroupLegend } from '../../components/FieldGroup';

type SkillsPickerProps = {
  legend: string;
  skills: readonly SkillView[];
  onChange: (skills: SkillView[]) => void;
  /** ESCO skills to offer with one click, e.g. the chosen occupation's essential skills. */
  suggestions?: readonly EscoSkill[];
  error?: string;
  'data-qa': string;
};

const suggestionCount = 8;

/** A list of skills: ESCO skills found by searching in any language, or skills in the employer's own words. */
export function SkillsPicker({ legend, skills, onChange, suggestions = [], error, 'data-qa': dataQa }: SkillsPickerProps) {
  const { t } = useTranslation('opportunities');
  const { language, label } = useEscoLabel();
  const skillLabel = useSkillLabel();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text);
  const results = useSkillSearch(search, language);
  const chosen = new Set(skills.map(skillKey));
  const add = (skill: SkillView) => {
    if (!chosen.has(skillKey(skill))) onChange([...skills, skill]);
    setText('');
  };
  const fromEsco = (skill: EscoSkill): SkillView => ({ uri: skill.uri, label: label(skill.label), labels: skill.label });
  const offered = suggestions.filter((skill) => !chosen.has(skill.uri)).slice(0, suggestionCount);
  const ownWords = text.trim();

  return (
    <FieldGroup data-qa={dataQa}>
      <FieldGroupLegend>{legend}</FieldGroupLegend>
      <SearchCombobox
        labelText={t('skills.search')}
        hintText={t('skills.hint')}
        error={error}
        inputValue={text}
        onInputChange={setText}
        items={ownWords === '' ? [] : (results.data?.items ?? [])}
        loading={results.isFetching}
        itemKey={(skill) => skill.uri}
        renderItem={(skill) => label(skill.label)}
        onSelect={(skill) => add(fromEsco(skill))}
        extraOption={
          ownWords === ''
            ? null
            : { label: t('skills.addOwn', { text: ownWords }), onSelect: () => add({ uri: null, label: ownWords, labels: null }) }
        }
        data-qa={`${dataQa}-search`}
      />
      {skills.length === 0 ? (
        <Paragraph mb="s">{t('skills.none')}</Paragraph>
      ) : (
        <Chips>
          {skills.map((skill) => (
            <li key={skillKey(skill)} data-qa="chosen-skill">
              <span>{skillLabel(skill)}</span>
              {skill.uri === null ? <OwnWords> ({t('details.ownWords')})</OwnWords> : null}
              <RemoveButton
                variant="secondaryNoBorder"
                onClick={() => onChange(skills.filter((candidate) => skillKey(candidate) !== skillKey(skill)))}
                aria-label={t('skills.remove', { label: skillLabel(skill) })}
              >
                ×
              </RemoveButton>
            </li>
          ))}
        </Chips>
      )}
      {offered.length > 0 ? (
        <Suggestions aria-label={t('skills.suggestions')}>
          <SuggestionHeading>{t('skills.suggestions')}</SuggestionHeading>
          {offered.map((skill) => (
            <SuomifiButton
              key={skill.uri}
              variant="secondary"
              onClick={() => add(fromEsco(skill))}
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

const Chips = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.xs};
  list-style: none;
  margin: 0 0 ${tokens.spacing.s};
  padding: 0;

  li {
    ${tokens.typography.bodyTextSmall};
    display: inline-flex;
    align-items: center;
    gap: ${tokens.spacing.xxs};
    padding: 0 0 0 ${tokens.spacing.s};
    border: 1px solid ${tokens.colors.highlightLight2};
    border-radius: 16px;
    background: ${tokens.colors.highlightLight4};
  }
`;

const OwnWords = styled.span`
  color: ${tokens.colors.blackLight1};
`;

const RemoveButton = styled(SuomifiButton)`
  && {
    min-height: 32px;
    padding: 0 ${tokens.spacing.s};
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
