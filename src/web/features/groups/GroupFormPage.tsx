import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { createGroupRequest, updateGroupRequest, type Group, type GroupKind } from '../../../contract/groups';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { TextareaField } from '../../components/TextareaField';
import { TextField } from '../../components/TextField';
import { FormColumn } from '../admin/FormColumn';
import { emptyToNull, isStaleVersion } from '../client/form-helpers';
import { useOrganisationsWithRole } from '../employers/organisation-choice';
import { groupWriteRoles, useGroupOptions } from './group-labels';
import { useCreateGroup, useGroup, useReloadGroup, useUpdateGroup } from './queries';

/** A new group (/groups/new) or an existing group's details edited (/groups/:id/edit); saved, the user lands on the group's page. */
export function GroupFormPage() {
  const { t } = useTranslation('groups');
  const groupId = useParams().id ?? '';
  const editing = groupId !== '';
  const group = useGroup(groupId);
  const reload = useReloadGroup(groupId);
  const [stale, setStale] = useState(false);

  return (
    <div data-qa="group-form-page">
      <PageHeading>{editing ? t('form.editTitle') : t('form.newTitle')}</PageHeading>
      <Paragraph mb="l">{t('form.intro')}</Paragraph>
      {stale ? <Notice data-qa="group-form-stale">{t('form.stale')}</Notice> : null}
      {editing ? (
        <>
          <ErrorBanner error={group.error} messages={{ not_found: t('group.notFound'), validation: t('group.notFound') }} />
          {group.isPending ? <LoadingIndicator /> : null}
          {group.data ? (
            <GroupForm
              key={group.data.version}
              group={group.data}
              onStale={() => {
                setStale(true);
                void reload();
              }}
            />
          ) : null}
        </>
      ) : (
        <GroupForm />
      )}
    </div>
  );
}

type Values = { organisationId: string; name: string; kind: GroupKind | null; description: string; startsOn: string; endsOn: string };

function GroupForm({ group, onStale }: { group?: Group; onStale?: () => void }) {
  const { t } = useTranslation('groups');
  const navigate = useNavigate();
  const form = useFormErrors();
  const options = useGroupOptions();
  const organisations = useOrganisationsWithRole(groupWriteRoles);
  const [values, setValues] = useState<Values>({
    organisationId: group?.organisationId ?? organisations[0]?.value ?? '',
    name: group?.name ?? '',
    kind: group?.kind ?? null,
    description: group?.description ?? '',
    startsOn: group?.startsOn ?? '',
    endsOn: group?.endsOn ?? '',
  });
  const set = <Key extends keyof Values>(key: Key, value: Values[Key]) => setValues((current) => ({ ...current, [key]: value }));
  const done = (saved: Group) => void navigate(`/groups/${saved.id}`);
  const create = useCreateGroup();
  const update = useUpdateGroup(group?.id ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      name: values.name,
      kind: values.kind ?? undefined,
      description: emptyToNull(values.description.trim()),
      startsOn: values.startsOn,
      endsOn: emptyToNull(values.endsOn),
    };
    if (group) {
      const body = form.validate(updateGroupRequest, { ...fields, version: group.version });
      if (body) update.mutate(body, { onSuccess: done, onError: (error) => (isStaleVersion(error) ? onStale?.() : form.showError(error)) });
    } else {
      // Only someone working in several organisations says which one the group belongs to.
      const organisationId = organisations.length > 1 ? values.organisationId : undefined;
      const body = form.validate(createGroupRequest, { ...fields, organisationId });
      if (body) create.mutate(body, { onSuccess: done, onError: form.showError });
    }
  };

  return (
    <FormColumn>
      <ErrorBanner error={form.error} />
      <form onSubmit={submit} noValidate data-qa="group-form">
        {!group && organisations.length > 1 ? (
          <DropdownField
            labelText={t('form.organisation')}
            options={organisations}
            value={values.organisationId}
            onChange={(organisationId) => set('organisationId', organisationId)}
            error={form.fieldError('organisationId')}
            fullWidth
            data-qa="group-organisation"
          />
        ) : null}
        <TextField
          labelText={t('form.name')}
          value={values.name}
          onChange={(name) => set('name', name)}
          error={form.fieldError('name')}
          maxLength={200}
          fullWidth
          data-qa="group-name"
        />
        <DropdownField<GroupKind>
          labelText={t('form.kind')}
          options={options.kinds}
          value={values.kind}
          onChange={(kind) => set('kind', kind)}
          error={form.fieldError('kind')}
          fullWidth
          data-qa="group-kind"
        />
        <TextareaField
          labelText={t('form.description')}
          hintText={t('form.descriptionHint')}
          value={values.description}
          onChange={(description) => set('description', description)}
          error={form.fieldError('description')}
          optional
          fullWidth
          data-qa="group-description"
        />
        <DateField
          labelText={t('form.startsOn')}
          value={values.startsOn}
          onChange={(startsOn) => set('startsOn', startsOn)}
          error={form.fieldError('startsOn')}
          data-qa="group-starts-on"
        />
        <DateField
          labelText={t('form.endsOn')}
          value={values.endsOn}
          onChange={(endsOn) => set('endsOn', endsOn)}
          error={form.fieldError('endsOn')}
          optional
          data-qa="group-ends-on"
        />
        <FormActions>
          <Button type="submit" busy={create.isPending || update.isPending} data-qa="group-submit">
            {group ? t('form.save') : t('form.create')}
          </Button>
          <Button variant="secondary" onClick={() => void navigate(group ? `/groups/${group.id}` : '/groups')} data-qa="group-cancel">
            {t('form.cancel')}
          </Button>
        </FormActions>
      </form>
    </FormColumn>
  );
}
