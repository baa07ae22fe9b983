import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, Paragraph } from 'suomifi-ui-components';
import type { IndustrySection, IndustrySectionAssignments } from '../../../contract/employers';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { isLanguage } from '../../i18n/languages';
import { FormPanel } from '../client/FormPanel';
import { RecordTable } from '../client/RecordTable';
import { useOrganisationsWithRole } from './organisation-choice';
import { useEmployerMutation, useIndustrySections, useSectionOwners } from './queries';

type Owner = IndustrySectionAssignments['items'][number];

/** Team leads assign the industry sections each coach and coordinator answers for ("my sectors" in the employer list). */
export function SectorOwnersPage() {
  const { t } = useTranslation(['employers', 'admin']);
  const organisations = useOrganisationsWithRole(['team_lead', 'admin']);
  const [chosen, setChosen] = useState<string | null>(null);
  const organisationId = chosen ?? (organisations.length === 1 ? organisations[0]!.value : null);
  const owners = useSectionOwners(organisationId, organisationId !== null);
  const [editing, setEditing] = useState<Owner | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <div data-qa="sector-owners-page">
      <PageHeading>{t('sectors.title')}</PageHeading>
      <Paragraph mb="l">{t('sectors.intro')}</Paragraph>
      {organisations.length > 1 ? (
        <DropdownField
          labelText={t('sectors.organisation')}
          options={organisations}
          value={organisationId}
          onChange={(value) => {
            setChosen(value);
            setEditing(null);
          }}
          data-qa="sector-organisation"
        />
      ) : null}
      {saved ? <Notice data-qa="sector-saved">{saved}</Notice> : null}
      <ErrorBanner error={owners.error} />
      {editing && organisationId ? (
        <SectionsForm
          key={editing.userId}
          owner={editing}
          organisationId={organisationId}
          onDone={(savedName) => {
            setSaved(savedName ? t('sectors.saved', { name: savedName }) : null);
            setEditing(null);
          }}
        />
      ) : null}
      {owners.data ? (
        <RecordTable caption={t('sectors.caption')} data-qa="sector-table">
          <thead>
            <tr>
              <th scope="col">{t('sectors.person')}</th>
              <th scope="col">{t('sectors.roles')}</th>
              <th scope="col">{t('sectors.sections')}</th>
              <th scope="col">{t('sectors.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {owners.data.items.map((owner) => (
              <tr key={owner.userId} data-qa={`sector-row-${owner.userId}`}>
                <td>{owner.name}</td>
                <td>{owner.roles.map((role) => t(`admin:roles.${role}`)).join(', ')}</td>
                <td data-qa="sector-row-sections">{owner.sections.length > 0 ? owner.sections.join(', ') : t('sectors.none')}</td>
                <td>
                  <Button
                    variant="secondaryNoBorder"
                    aria-label={t('sectors.editLabel', { name: owner.name })}
                    onClick={() => {
                      setSaved(null);
                      setEditing(owner);
                    }}
                    data-qa={`sector-edit-${owner.userId}`}
                  >
                    {t('sectors.edit')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </RecordTable>
      ) : null}
    </div>
  );
}

function SectionsForm({
  owner,
  organisationId,
  onDone,
}: {
  owner: Owner;
  organisationId: string;
  onDone: (savedName: string | null) => void;
}) {
  const { t, i18n } = useTranslation(['employers', 'common']);
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const sections = useIndustrySections().data?.items ?? [];
  const form = useFormErrors();
  const [chosen, setChosen] = useState<IndustrySection[]>(owner.sections);
  const save = useEmployerMutation('PUT', `/api/users/${owner.userId}/industry-sections`, {
    onSuccess: () => onDone(owner.name),
    onError: form.showError,
  });

  return (
    <FormPanel
      title={t('sectors.editTitle', { name: owner.name })}
      onSubmit={() => save.mutate({ organisationId, sections: chosen })}
      data-qa="sector-form"
    >
      <ErrorBanner error={form.error} />
      <CheckboxGroup labelText={t('sectors.choose')} data-qa="sector-choices">
        {sections.map((section) => (
          <CheckboxField
            key={section.code}
            label={`${section.code} ${section.name[language]}`}
            checked={chosen.includes(section.code as IndustrySection)}
            onChange={(checked) =>
              setChosen((current) =>
                checked ? [...current, section.code as IndustrySection] : current.filter((code) => code !== section.code),
              )
            }
            data-qa={`sector-choice-${section.code}`}
          />
        ))}
      </CheckboxGroup>
      <FormActions>
        <Button type="submit" busy={save.isPending} data-qa="sector-submit">
          {t('sectors.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(null)} data-qa="sector-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
