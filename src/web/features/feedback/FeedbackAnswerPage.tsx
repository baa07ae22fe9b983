import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { ApiRequestError } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { usePublicSurvey } from './queries';
import { SurveyForm } from './SurveyForm';

/**
 * The public answer page (no login): the link's token is all it knows, so it shows nothing about
 * the person. It speaks the language the survey was sent in.
 */
export function FeedbackAnswerPage() {
  const { t, i18n } = useTranslation('feedback');
  const token = useParams().token ?? '';
  const survey = usePublicSurvey(token);
  const [answered, setAnswered] = useState(false);
  const language = survey.data?.language;

  useEffect(() => {
    if (language && i18n.language !== language) void i18n.changeLanguage(language);
  }, [language, i18n]);

  if (survey.isPending) {
    return (
      <>
        <PageHeading>{t('answer.pageTitle')}</PageHeading>
        <LoadingIndicator />
      </>
    );
  }
  if (survey.error) {
    const unknownLink = survey.error instanceof ApiRequestError && (survey.error.status === 404 || survey.error.status === 400);
    return unknownLink ? (
      <Message title={t('answer.notFoundTitle')} text={t('answer.notFound')} qa="survey-not-found" />
    ) : (
      <>
        <PageHeading>{t('answer.pageTitle')}</PageHeading>
        <ErrorBanner error={survey.error} />
      </>
    );
  }
  const data = survey.data;
  if (answered) return <Message title={t('answer.thanksTitle')} text={data.texts.thanks} qa="survey-thanks" />;
  if (data.state === 'answered') return <Message title={t('answer.answeredTitle')} text={t('answer.answered')} qa="survey-answered" />;
  if (data.state === 'expired') return <Message title={t('answer.expiredTitle')} text={t('answer.expired')} qa="survey-expired" />;
  return (
    <div data-qa="survey-page">
      <PageHeading>{data.texts.title}</PageHeading>
      <Paragraph mb="s">{data.texts.intro}</Paragraph>
      <Paragraph mb="l">{t('answer.from', { organisation: data.organisationName })}</Paragraph>
      <SurveyForm survey={data} token={token} onAnswered={() => setAnswered(true)} />
    </div>
  );
}

function Message({ title, text, qa }: { title: string; text: string; qa: string }) {
  return (
    <div data-qa={qa}>
      <PageHeading>{title}</PageHeading>
      <Notice>{text}</Notice>
    </div>
  );
}
