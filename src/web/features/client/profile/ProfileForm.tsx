import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import type { z } from 'zod';
import { updateClientRequest, type Client } from '../../../../contract/clients';
import { useFormErrors } from '../../../api/form-errors';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormActions } from '../../../components/FormActions';
import { clientRequestOf, noIscedLevel, type ClientFormValues, type SetClientValue } from '../../new-client/client-form';
import { ContactFields } from '../../new-client/ContactFields';
import { PersonFields } from '../../new-client/PersonFields';
import { ProfileFields } from '../../new-client/ProfileFields';
import { isStaleVersion } from '../form-helpers';
import { FormPanel } from '../FormPanel';
import { useClientMutation } from '../queries';

type ProfileFormProps = { client: Client; onSaved: () => void; onCancel: () => void; onStale: () => void };

function formValuesOf(client: Client): ClientFormValues {
  return {
    firstName: client.firstName,
    lastName: client.lastName,
    identityCode: '',
    dateOfBirth: client.dateOfBirth ?? '',
    gender: client.gender,
    municipalityCode: client.municipalityCode,
    streetAddress: client.streetAddress ?? '',
    postalCode: client.postalCode ?? '',
    email: client.email ?? '',
    phone: client.phone ?? '',
    motherTongue: client.motherTongue,
    languages: client.languages,
    iscedLevel: client.iscedLevel === null ? noIscedLevel : String(client.iscedLevel),
    targetGroups: client.targetGroups,
    unemployedSince: client.unemployedSince ?? '',
    responsibleUserId: client.responsibleUserId,
  };
}

/**
 * The same field groups as the new-client page, so a client is described the same way in both.
 * A stored identity code is never put in the form: left empty, the request leaves it out and the
 * server keeps it.
 */
export function ProfileForm({ client, onSaved, onCancel, onStale }: ProfileFormProps) {
  const { t } = useTranslation(['client', 'newClient', 'common']);
  const form = useFormErrors();
  const [values, setValues] = useState(() => formValuesOf(client));
  const storedIdentityCode = client.hasIdentityCode ? { dateOfBirth: client.dateOfBirth } : undefined;
  const save = useClientMutation<z.input<typeof updateClientRequest>>(client.id, 'PUT', `/api/clients/${client.id}`, {
    onSuccess: onSaved,
    onError: (error) => {
      if (isStaleVersion(error)) onStale();
      else form.showError(error);
    },
  });
  const set: SetClientValue = (name, value) => setValues((current) => ({ ...current, [name]: value }));
  const fieldProps = { values, set, fieldError: form.fieldError };

  const submit = () => {
    const { responsibleUserId: _responsible, identityCode, ...request } = clientRequestOf(values);
    const keepStoredCode = storedIdentityCode !== undefined && identityCode.trim() === '';
    const body = form.validate(updateClientRequest, {
      ...request,
      ...(keepStoredCode ? { dateOfBirth: null } : { identityCode }),
      teamId: client.teamId,
      version: client.version,
    });
    if (body) save.mutate(body);
  };

  return (
    <FormPanel title={t('profile.editTitle')} onSubmit={submit} data-qa="profile-form">
      <ErrorBanner error={form.error} />
      <Heading variant="h4" as="h4" mb="s">
        {t('profile.personal')}
      </Heading>
      <PersonFields {...fieldProps} storedIdentityCode={storedIdentityCode} />
      <Heading variant="h4" as="h4" mb="s">
        {t('profile.contact')}
      </Heading>
      <ContactFields {...fieldProps} />
      {/* ProfileFields names its own parts (languages and education, work situation). */}
      <ProfileFields {...fieldProps} />
      <FormActions>
        <Button type="submit" busy={save.isPending} data-qa="profile-save">
          {t('common:actions.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel} data-qa="profile-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
