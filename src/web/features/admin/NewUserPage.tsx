import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { createUserRequest, type AdminUser, type CreateUserRequest } from '../../../contract/admin';
import { ApiRequestError, apiPost } from '../../api/client';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { TextField } from '../../components/TextField';
import { AdminFrame } from './AdminFrame';
import type { FlashState } from './flash-notice';
import { emptyMembershipRow, membershipRequestsOf, type MembershipRow } from './membership-form';
import { MembershipsEditor } from './MembershipsEditor';
import { FormColumn } from './FormColumn';
import { adminKeys, useAdminOrganisations } from './queries';

export function NewUserPage() {
  const { t } = useTranslation('admin');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const organisations = useAdminOrganisations();
  const form = useFormErrors();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [memberships, setMemberships] = useState<MembershipRow[] | null>(null);
  const create = useMutation({
    mutationFn: (body: CreateUserRequest) => apiPost<AdminUser>('/api/admin/users', body),
    onSuccess: (user) => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.users });
      const state: FlashState = { notice: t('newUser.created', { name: user.name }) };
      void navigate(`/admin/users/${user.id}`, { state });
    },
    onError: form.showError,
  });

  // The first row starts in the admin's organisation once the list has arrived.
  const single = organisations.data?.length === 1 ? organisations.data[0]!.id : null;
  const initialRows = useMemo(() => [emptyMembershipRow(single)], [single]);
  const rows = memberships ?? initialRows;
  const duplicateEmail =
    form.error instanceof ApiRequestError && form.error.fields.some((field) => field.path === 'email' && field.code === 'already_exists');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(createUserRequest, { name, email, password, memberships: membershipRequestsOf(rows) });
    if (body) create.mutate(body);
  };

  return (
    <AdminFrame title={t('newUser.title')} data-qa="new-user-page">
      <Paragraph mb="l">{t('newUser.intro')}</Paragraph>
      <ErrorBanner
        error={form.error ?? organisations.error}
        messages={duplicateEmail ? { conflict: t('userForm.duplicateEmail') } : undefined}
      />
      <form onSubmit={submit} noValidate data-qa="new-user-form">
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
          <TextField
            labelText={t('userForm.email')}
            hintText={t('userForm.emailHint')}
            type="email"
            fullWidth
            value={email}
            onChange={setEmail}
            error={duplicateEmail ? t('userForm.duplicateEmail') : form.fieldError('email')}
            autoComplete="off"
            data-qa="user-form-email"
          />
          <TextField
            labelText={t('userForm.password')}
            hintText={t('userForm.passwordHint')}
            type="password"
            fullWidth
            value={password}
            onChange={setPassword}
            error={form.fieldError('password')}
            autoComplete="new-password"
            data-qa="user-form-password"
          />
        </FormColumn>
        <MembershipsEditor
          rows={rows}
          onChange={setMemberships}
          organisations={organisations.data ?? []}
          fieldError={form.fieldError}
          headingVariant="h2"
        />
        <FormActions>
          <Button type="submit" busy={create.isPending} data-qa="new-user-submit">
            {t('newUser.submit')}
          </Button>
          <Button variant="secondary" onClick={() => void navigate('/admin')} disabled={create.isPending} data-qa="new-user-cancel">
            {t('newUser.cancel')}
          </Button>
        </FormActions>
      </form>
    </AdminFrame>
  );
}
