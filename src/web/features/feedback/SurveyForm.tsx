import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { answerRequest, type PublicSurvey } from '../../../contract/feedback';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { RadioGroupField } from '../../components/RadioGroupField';
import { TextareaField } from '../../components/TextareaField';
import { formatDate } from '../../format';
import { useSubmitAnswer } from './queries';

const scale = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => ({ value: String(from + index), label: String(from + index) }));

const numberOrNull = (value: string | null) => (value === null ? null : Number(value));

/** The survey itself: the questions of its kind, in the recipient's language. */
export function SurveyForm({ survey, token, onAnswered }: { survey: PublicSurvey; token: string; onAnswered: () => void }) {
  const { t } = useTranslation('feedback');
  const form = useFormErrors();
  const submit = useSubmitAnswer(token);
  const [recommend, setRecommend] = useState<string | null>(null);
  const [grade, setGrade] = useState<string | null>(null);
  const [effectiveness, setEffectiveness] = useState<string | null>(null);
  const [helpedMost, setHelpedMost] = useState<string[]>([]);
  const [freeText, setFreeText] = useState('');
  const { texts } = survey;
  const jobSeeker = survey.kind === 'job_seeker';

  const send = () => {
    const body = form.validate(answerRequest, {
      recommend: numberOrNull(recommend),
      grade: jobSeeker ? numberOrNull(grade) : null,
      effectiveness: jobSeeker ? null : numberOrNull(effectiveness),
      helpedMost,
      freeText,
    });
    if (!body) return;
    submit.mutate(body, { onSuccess: onAnswered, onError: form.showError });
  };

  return (
    <Form
      noValidate
      data-qa="survey-form"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <ErrorBanner error={form.error} />
      <Scale>
        <RadioGroupField
          labelText={texts.questions.recommend}
          name="recommend"
          options={scale(0, 10)}
          value={recommend}
          onChange={setRecommend}
          error={form.fieldError('recommend')}
          data-qa="survey-recommend"
        />
      </Scale>
      {jobSeeker ? (
        <Scale>
          <RadioGroupField
            labelText={texts.questions.grade}
            name="grade"
            options={scale(4, 10)}
            value={grade}
            onChange={setGrade}
            error={form.fieldError('grade')}
            data-qa="survey-grade"
          />
        </Scale>
      ) : (
        <Scale>
          <RadioGroupField
            labelText={texts.questions.effectiveness}
            name="effectiveness"
            options={scale(0, 10)}
            value={effectiveness}
            onChange={setEffectiveness}
            error={form.fieldError('effectiveness')}
            data-qa="survey-effectiveness"
          />
        </Scale>
      )}
      {jobSeeker && survey.choices.length > 0 ? (
        <CheckboxGroup labelText={texts.questions.helpedMost} groupHintText={t('answer.choiceHint')} mb="m" data-qa="survey-helped-most">
          {survey.choices.map((choice) => (
            <CheckboxField
              key={choice.key}
              label={choice.label}
              checked={helpedMost.includes(choice.key)}
              onChange={(checked) =>
                setHelpedMost((current) => (checked ? [...current, choice.key] : current.filter((key) => key !== choice.key)))
              }
              data-qa={`survey-choice-${choice.key}`}
            />
          ))}
        </CheckboxGroup>
      ) : null}
      <TextareaField
        labelText={texts.questions.freeText}
        value={freeText}
        onChange={setFreeText}
        optional
        fullWidth
        error={form.fieldError('freeText')}
        data-qa="survey-free-text"
      />
      <Paragraph mb="m">{t('answer.expiresOn', { date: formatDate(survey.expiresOn) })}</Paragraph>
      <Button type="submit" busy={submit.isPending} data-qa="survey-submit">
        {t('answer.submit')}
      </Button>
    </Form>
  );
}

const Form = styled.form`
  max-width: 40em;
`;

/** 0–10 side by side, wrapping on a phone: eleven stacked radio buttons would push the next question far down. */
const Scale = styled.div`
  .fi-radio-button-group_container {
    display: flex;
    flex-wrap: wrap;
    gap: ${tokens.spacing.xs} ${tokens.spacing.m};
  }
  .fi-radio-button-group_container > * {
    margin: 0;
    min-width: 3.5em;
  }
`;
