import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { locales, type Locale } from '../../../contract/common';
import type { EmployerInvitation } from '../../../contract/feedback';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Notice } from '../../components/Notice';
import { formatDate } from '../../format';
import { RecordTable } from '../client/RecordTable';
import { useEmployer } from '../employers/queries';
import { useEmployerInvitations, useSendEmployerSurvey } from './queries';

/** The employer survey on request (placement or employer page), and the surveys already sent. */
export function EmployerSurveyPanel({ employerId, placementId }: { employerId: string; placementId?: string }) {
  const { t } = useTranslation('feedback');
  const employer = useEmployer(employerId);
  const invitations = useEmployerInvitations(employerId);
  const send = useSendEmployerSurvey(employerId);
  const form = useFormErrors();
  const [contactId, setContactId] = useState<string | null>(null);
  const [language, setLanguage] = useState<Locale>('fi');
  const [sent, setSent] = useState(false);
  const contacts = (employer.data?.contacts ?? []).filter((contact) => contact.email && contact.archivedAt === null);
  const chosen = contactId ?? contacts[0]?.id ?? null;

  const status = (invitation: EmployerInvitation) => {
    if (invitation.answeredAt) return t('employerSurvey.answeredOn', { date: formatDate(invitation.answeredAt) });
    if (invitation.notSendableReason) {
      return `${t('delivery.states.not_sendable')}: ${t(`delivery.notSendableReasons.${invitation.notSendableReason}`)}`;
    }
    if (!invitation.sentAt) return t('employerSurvey.queued');
    const sentText = t('employerSurvey.sentOn', { date: formatDate(invitation.sentAt) });
    return invitation.reminderSentAt
      ? `${sentText}, ${t('employerSurvey.reminded', { date: formatDate(invitation.reminderSentAt) })}`
      : sentText;
  };

  return (
    <Panel aria-labelledby="employer-survey-heading" data-qa="employer-survey">
      <Heading variant="h2" id="employer-survey-heading" mb="s">
        {t('employerSurvey.title')}
      </Heading>
      <Paragraph mb="m">{t('employerSurvey.intro')}</Paragraph>
      <ErrorBanner error={form.error ?? invitations.error} />
      {sent ? <Notice data-qa="employer-survey-sent">{t('employerSurvey.sent')}</Notice> : null}
      {invitations.data?.canSend ? (
        contacts.length === 0 ? (
          <Paragraph mb="m">{t('employerSurvey.noContacts')}</Paragraph>
        ) : (
          <Row
            onSubmit={(event) => {
              event.preventDefault();
              if (!chosen) return;
              setSent(false);
              form.clear();
              send.mutate(
                { contactId: chosen, placementId: placementId ?? null, language },
                { onSuccess: () => setSent(true), onError: form.showError },
              );
            }}
          >
            <DropdownField
              labelText={t('employerSurvey.contact')}
              hintText={t('employerSurvey.contactHint')}
              options={contacts.map((contact) => ({ value: contact.id, label: contact.name }))}
              value={chosen}
              onChange={setContactId}
              error={form.fieldError('contactId')}
              data-qa="employer-survey-contact"
            />
            <DropdownField
              labelText={t('employerSurvey.language')}
              options={locales.map((value) => ({ value, label: t(`templates.languages.${value}`) }))}
              value={language}
              onChange={setLanguage}
              data-qa="employer-survey-language"
            />
            <Button type="submit" busy={send.isPending} data-qa="employer-survey-send">
              {t('employerSurvey.send')}
            </Button>
          </Row>
        )
      ) : null}
      {invitations.data && invitations.data.items.length > 0 ? (
        <RecordTable caption={t('employerSurvey.listCaption')} data-qa="employer-survey-list">
          <thead>
            <tr>
              <th scope="col">{t('employerSurvey.recipient')}</th>
              <th scope="col">{t('employerSurvey.status')}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.data.items.map((invitation) => (
              <tr key={invitation.id}>
                <th scope="row">{invitation.contactName ?? '–'}</th>
                <td>{status(invitation)}</td>
              </tr>
            ))}
          </tbody>
        </RecordTable>
      ) : (
        <Paragraph>{t('employerSurvey.none')}</Paragraph>
      )}
    </Panel>
  );
}

const Panel = styled.section`
  margin-top: ${tokens.spacing.xl};
`;

const Row = styled.form`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: 0 ${tokens.spacing.l};

  & > button {
    margin-bottom: ${tokens.spacing.m};
  }
`;
