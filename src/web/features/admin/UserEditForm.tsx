import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { updateUserRequest, type AdminUser, type UpdateUserRequest } from '../../../contract/admin';
import { apiPut } from '../../api/client';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { Notice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { membershipRequestsOf, membershipRowsOf } from './membership-form';
import { FormColumn } from './FormColumn';
import { MembershipsEditor } from './MembershipsEditor';
import { adminKeys, useAdminOrganisations } from './queries';

/** Name and roles of an existing user; the e-mail address is the login and stays as it is. */
export function UserEditForm({ user }: { user: AdminUser }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const organisations = useAdminOrganisations();
  const form = useFormErrors();
  const [name, setName] = useState(user.name);
  const [rows, setRows] = useState(() => membershipRowsOf(user.memberships));
  const save = useMutation({
    mutationFn: (body: UpdateUserRequest) => apiPut<AdminUser>(`/api/admin/users/${user.id}`, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(adminKeys.user(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: adminKeys.users });
    },
    onError: form.showError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(updateUserRequest, { name, memberships: membershipRequestsOf(rows) });
    if (body) save.mutate(body);
  };

  return (
    <section data-qa="user-edit">
      <Heading variant="h2" mb="m">
        {t('user.editTitle')}
      </Heading>
      <ErrorBanner error={form.error ?? organisations.error} />
      <form onSubmit={submit} noValidate data-qa="user-edit-form">
        <FormColumn>
          <TextField
            labelText={t('userForm.name')}
            fullWidth
            value={name}
            onChange={setName}
            error={form.fieldError('name')}
            autoComplete="off"
            data-qa="user-form-name"
          />
        </FormColumn>
        <MembershipsEditor
          rows={rows}
          onChange={setRows}
          organisations={organisations.data ?? []}
          fieldError={form.fieldError}
          headingVariant="h3"
        />
        {save.isSuccess ? <Notice data-qa="user-saved">{t('user.saved')}</Notice> : null}
        <FormActions>
          <Button type="submit" busy={save.isPending} data-qa="user-edit-submit">
            {t('user.save')}
          </Button>
        </FormActions>
      </form>
    </section>
  );
}
