import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactChannels, contactFields, type EmployerContact } from '../../../../contract/employers';
import { useFormErrors } from '../../../api/form-errors';
import { Button } from '../../../components/Button';
import { DropdownField } from '../../../components/DropdownField';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormActions } from '../../../components/FormActions';
import { TextField } from '../../../components/TextField';
import { FieldRow } from '../../client/FieldRow';
import { optionsOf } from '../../client/form-helpers';
import { FormPanel } from '../../client/FormPanel';
import { useEmployerMutation } from '../queries';

type ContactFormProps = {
  employerId: string;
  /** The contact to correct; a new one when absent. */
  contact?: EmployerContact;
  onDone: () => void;
};

export function ContactForm({ employerId, contact, onDone }: ContactFormProps) {
  const { t } = useTranslation(['employers', 'common']);
  const form = useFormErrors();
  const [values, setValues] = useState({
    name: contact?.name ?? '',
    title: contact?.title ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    preferredChannel: contact?.preferredChannel ?? 'email',
  });
  const save = useEmployerMutation(
    contact ? 'PUT' : 'POST',
    contact ? `/api/employer-contacts/${contact.id}` : `/api/employers/${employerId}/contacts`,
    { onSuccess: onDone, onError: form.showError },
  );
  const set = (name: keyof typeof values) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  const submit = () => {
    const body = form.validate(contactFields, values);
    if (body) save.mutate(body);
  };

  return (
    <FormPanel title={contact ? t('contacts.editTitle') : t('contacts.addTitle')} onSubmit={submit} data-qa="employer-contact-form">
      <ErrorBanner error={form.error} />
      <FieldRow>
        <TextField
          labelText={t('contacts.name')}
          value={values.name}
          onChange={set('name')}
          error={form.fieldError('name')}
          data-qa="contact-name"
        />
        <TextField
          labelText={t('contacts.jobTitle')}
          hintText={t('contacts.jobTitleHint')}
          optional
          value={values.title}
          onChange={set('title')}
          error={form.fieldError('title')}
          data-qa="contact-title"
        />
        <TextField
          labelText={t('contacts.email')}
          optional
          type="email"
          value={values.email}
          onChange={set('email')}
          error={form.fieldError('email')}
          data-qa="contact-email"
        />
        <TextField
          labelText={t('contacts.phone')}
          optional
          type="tel"
          value={values.phone}
          onChange={set('phone')}
          error={form.fieldError('phone')}
          data-qa="contact-phone"
        />
        <DropdownField
          labelText={t('contacts.preferredChannel')}
          options={optionsOf(contactChannels, (value) => t(`channels.${value}`))}
          value={values.preferredChannel}
          onChange={set('preferredChannel')}
          error={form.fieldError('preferredChannel')}
          data-qa="contact-channel"
        />
      </FieldRow>
      <FormActions>
        <Button type="submit" busy={save.isPending} data-qa="contact-submit">
          {t('contacts.save')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-qa="contact-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
