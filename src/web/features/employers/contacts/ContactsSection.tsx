import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { EmployerContact } from '../../../../contract/employers';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { formatDate } from '../../../format';
import { RecordTable } from '../../client/RecordTable';
import { SectionHeader } from '../../client/SectionHeader';
import { StatusTag } from '../../client/StatusTag';
import type { EmployerSectionProps } from '../employer-sections';
import { useEmployerMutation } from '../queries';
import { ContactForm } from './ContactForm';

type Editing = { contact?: EmployerContact } | null;

/** The employer's people with their roles and preferred channel; those who have left stay, archived. */
export function ContactsSection({ employer }: EmployerSectionProps) {
  const { t } = useTranslation('employers');
  const [editing, setEditing] = useState<Editing>(null);
  const [archiving, setArchiving] = useState<EmployerContact | null>(null);
  const archive = useEmployerMutation('POST', `/api/employer-contacts/${archiving?.id ?? ''}/archive`, {
    onSuccess: () => setArchiving(null),
  });
  const canWrite = employer.permissions.write;

  return (
    <section data-qa="employer-contacts">
      <SectionHeader title={t('contacts.title')}>
        {canWrite && !editing ? (
          <Button variant="secondary" onClick={() => setEditing({})} data-qa="contact-add">
            {t('contacts.add')}
          </Button>
        ) : null}
      </SectionHeader>
      {editing ? <ContactForm employerId={employer.id} contact={editing.contact} onDone={() => setEditing(null)} /> : null}
      {employer.contacts.length === 0 ? (
        <Paragraph mb="l">{t('contacts.empty')}</Paragraph>
      ) : (
        <RecordTable caption={t('contacts.caption')} hideCaption data-qa="contact-table">
          <thead>
            <tr>
              <th scope="col">{t('contacts.name')}</th>
              <th scope="col">{t('contacts.jobTitle')}</th>
              <th scope="col">{t('contacts.email')}</th>
              <th scope="col">{t('contacts.phone')}</th>
              <th scope="col">{t('contacts.preferredChannel')}</th>
              <th scope="col">{t('contacts.status')}</th>
              {canWrite ? <th scope="col">{t('contacts.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {employer.contacts.map((contact) => (
              <tr key={contact.id} data-qa={`contact-row-${contact.id}`}>
                <td>{contact.name}</td>
                <td>{contact.title ?? ''}</td>
                <td>{contact.email ?? ''}</td>
                <td>{contact.phone ?? ''}</td>
                <td>{t(`channels.${contact.preferredChannel}`)}</td>
                <td>
                  {contact.archivedAt ? (
                    <StatusTag tone="neutral">{t('contacts.archived', { date: formatDate(contact.archivedAt) })}</StatusTag>
                  ) : (
                    t('contacts.current')
                  )}
                </td>
                {canWrite ? (
                  <td>
                    <Button
                      variant="secondaryNoBorder"
                      aria-label={t('contacts.editLabel', { name: contact.name })}
                      onClick={() => setEditing({ contact })}
                    >
                      {t('contacts.edit')}
                    </Button>
                    {contact.archivedAt ? null : (
                      <Button
                        variant="secondaryNoBorder"
                        aria-label={t('contacts.archiveLabel', { name: contact.name })}
                        onClick={() => setArchiving(contact)}
                        data-qa={`contact-archive-${contact.id}`}
                      >
                        {t('contacts.archive')}
                      </Button>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </RecordTable>
      )}
      <ConfirmDialog
        visible={archiving !== null}
        title={t('contacts.archiveTitle')}
        confirmText={t('contacts.archive')}
        onConfirm={() => archive.mutate(undefined)}
        onCancel={() => setArchiving(null)}
        busy={archive.isPending}
        data-qa="contact-archive-confirm"
      >
        <ErrorBanner error={archive.error} />
        <Paragraph>{t('contacts.archiveBody', { name: archiving?.name ?? '' })}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}
