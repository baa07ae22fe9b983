import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { locales, type Locale } from '../../../contract/common';
import { saveTemplateRequest, surveyQuestions, type FeedbackTemplate, type TemplateContent } from '../../../contract/feedback';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { Notice } from '../../components/Notice';
import { TextareaField } from '../../components/TextareaField';
import { TextField } from '../../components/TextField';
import { formatDate } from '../../format';
import { useSaveTemplate } from './queries';

type TextKey = 'title' | 'intro' | 'thanks';

/** One survey's wording: the texts of the chosen language, and the "what helped most" choices in all three. */
export function TemplateEditor({ template }: { template: FeedbackTemplate }) {
  const { t } = useTranslation('feedback');
  const form = useFormErrors();
  const save = useSaveTemplate(template.kind);
  const [content, setContent] = useState<TemplateContent>(template.content);
  const [language, setLanguage] = useState<Locale>('fi');
  const [saved, setSaved] = useState(false);
  const texts = content.texts[language];
  const questions = surveyQuestions[template.kind];

  const setText = (key: TextKey, value: string) =>
    setContent((current) => ({ ...current, texts: { ...current.texts, [language]: { ...current.texts[language], [key]: value } } }));
  const setQuestion = (key: keyof typeof texts.questions, value: string) =>
    setContent((current) => ({
      ...current,
      texts: {
        ...current.texts,
        [language]: { ...current.texts[language], questions: { ...current.texts[language].questions, [key]: value } },
      },
    }));
  const setChoice = (index: number, choiceLanguage: Locale, value: string) =>
    setContent((current) => ({
      ...current,
      choices: current.choices.map((choice, position) =>
        position === index ? { ...choice, labels: { ...choice.labels, [choiceLanguage]: value } } : choice,
      ),
    }));
  const addChoice = () =>
    setContent((current) => {
      const used = new Set(current.choices.map((choice) => choice.key));
      let number = current.choices.length + 1;
      while (used.has(`choice_${number}`)) number += 1;
      return { ...current, choices: [...current.choices, { key: `choice_${number}`, labels: { fi: '', sv: '', en: '' } }] };
    });

  const submit = () => {
    setSaved(false);
    const body = form.validate(saveTemplateRequest, { organisationId: template.organisationId, version: template.version, content });
    if (!body) return;
    save.mutate(
      { organisationId: template.organisationId, version: body.version, content: body.content },
      { onSuccess: () => setSaved(true), onError: form.showError },
    );
  };
  const fieldError = (path: string) => form.fieldError(`content.texts.${language}.${path}`);

  return (
    <form
      noValidate
      data-qa={`template-form-${template.kind}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Paragraph mb="m" data-qa="template-status">
        {template.version === 0 || !template.updatedAt
          ? t('templates.shipped')
          : t('templates.updated', { date: formatDate(template.updatedAt), name: template.updatedByName ?? '' })}
      </Paragraph>
      <ErrorBanner error={form.error} />
      {saved ? <Notice data-qa="template-saved">{t('templates.saved')}</Notice> : null}
      <DropdownField
        labelText={t('templates.language')}
        options={locales.map((value) => ({ value, label: t(`templates.languages.${value}`) }))}
        value={language}
        onChange={setLanguage}
        data-qa="template-language"
      />
      <Fields lang={language}>
        <TextField
          labelText={t('templates.fields.title')}
          value={texts.title}
          onChange={(value) => setText('title', value)}
          error={fieldError('title')}
          fullWidth
          data-qa="template-title"
        />
        <TextareaField
          labelText={t('templates.fields.intro')}
          value={texts.intro}
          onChange={(value) => setText('intro', value)}
          error={fieldError('intro')}
          fullWidth
          data-qa="template-intro"
        />
        {questions.map((question) => (
          <TextField
            key={question}
            labelText={t(`templates.fields.${question}`)}
            value={texts.questions[question]}
            onChange={(value) => setQuestion(question, value)}
            error={fieldError(`questions.${question}`)}
            fullWidth
            data-qa={`template-question-${question}`}
          />
        ))}
        <TextareaField
          labelText={t('templates.fields.thanks')}
          value={texts.thanks}
          onChange={(value) => setText('thanks', value)}
          error={fieldError('thanks')}
          fullWidth
          data-qa="template-thanks"
        />
      </Fields>
      {template.kind === 'job_seeker' ? (
        <fieldset data-qa="template-choices">
          <Legend>
            <Heading variant="h3" as="span">
              {t('templates.choices')}
            </Heading>
          </Legend>
          {form.fieldError('content.choices') ? <ErrorText role="alert">{form.fieldError('content.choices')}</ErrorText> : null}
          {content.choices.map((choice, index) => (
            <Choice key={choice.key}>
              {locales.map((choiceLanguage) => (
                <TextField
                  key={choiceLanguage}
                  lang={choiceLanguage}
                  labelText={t('templates.choiceLabel', { number: index + 1, language: t(`templates.languages.${choiceLanguage}`) })}
                  value={choice.labels[choiceLanguage]}
                  onChange={(value) => setChoice(index, choiceLanguage, value)}
                  error={form.fieldError(`content.choices.${index}.labels.${choiceLanguage}`)}
                  data-qa={`template-choice-${index}-${choiceLanguage}`}
                />
              ))}
              <Button
                variant="secondary"
                onClick={() =>
                  setContent((current) => ({ ...current, choices: current.choices.filter((_, position) => position !== index) }))
                }
                data-qa={`template-choice-${index}-remove`}
              >
                {t('templates.removeChoice', { number: index + 1 })}
              </Button>
            </Choice>
          ))}
          <Button variant="secondary" onClick={addChoice} data-qa="template-add-choice">
            {t('templates.addChoice')}
          </Button>
        </fieldset>
      ) : null}
      <FormActions>
        <Button type="submit" busy={save.isPending} data-qa="template-save">
          {t('templates.save')}
        </Button>
      </FormActions>
    </form>
  );
}

const Fields = styled.div`
  max-width: 46em;
`;

const Legend = styled.legend`
  margin-bottom: ${tokens.spacing.s};
`;

const Choice = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: 0 ${tokens.spacing.m};
  border-bottom: 1px solid ${tokens.colors.depthLight2};
  margin-bottom: ${tokens.spacing.m};

  & > button {
    margin-bottom: ${tokens.spacing.m};
  }
`;

const ErrorText = styled.p`
  color: ${tokens.colors.alertBase};
  margin: 0 0 ${tokens.spacing.s};
`;
