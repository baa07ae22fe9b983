import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { EmployerWorkplace } from '../../../../contract/employers';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { RecordTable } from '../../client/RecordTable';
import { SectionHeader } from '../../client/SectionHeader';
import { StatusTag } from '../../client/StatusTag';
import type { EmployerSectionProps } from '../employer-sections';
import { useEmployerLabels } from '../labels';
import { useEmployerMutation } from '../queries';
import { WorkplaceForm } from './WorkplaceForm';

type Editing = { workplace?: EmployerWorkplace } | null;

/** The employer's addresses and sites; one the opportunities refer to cannot be removed. */
export function WorkplacesSection({ employer }: EmployerSectionProps) {
  const { t } = useTranslation('employers');
  const labels = useEmployerLabels();
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<EmployerWorkplace | null>(null);
  const remove = useEmployerMutation('DELETE', `/api/employer-workplaces/${removing?.id ?? ''}`, { onSuccess: () => setRemoving(null) });
  const canWrite = employer.permissions.write;
  const addressOf = (workplace: EmployerWorkplace) =>
    [workplace.streetAddress, [workplace.postalCode, labels.municipality(workplace.municipalityCode)].filter(Boolean).join(' ')]
      .filter(Boolean)
      .join(', ');

  return (
    <section data-qa="employer-workplaces">
      <SectionHeader title={t('workplaces.title')}>
        {canWrite && !editing ? (
          <Button variant="secondary" onClick={() => setEditing({})} data-qa="workplace-add">
            {t('workplaces.add')}
          </Button>
        ) : null}
      </SectionHeader>
      {editing ? <WorkplaceForm employerId={employer.id} workplace={editing.workplace} onDone={() => setEditing(null)} /> : null}
      {employer.workplaces.length === 0 ? (
        <Paragraph mb="l">{t('workplaces.empty')}</Paragraph>
      ) : (
        <RecordTable caption={t('workplaces.caption')} hideCaption data-qa="workplace-table">
          <thead>
            <tr>
              <th scope="col">{t('workplaces.name')}</th>
              <th scope="col">{t('workplaces.address')}</th>
              {canWrite ? <th scope="col">{t('workplaces.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {employer.workplaces.map((workplace) => (
              <tr key={workplace.id} data-qa={`workplace-row-${workplace.id}`}>
                <td>
                  {workplace.name}
                  {workplace.isHeadOffice ? (
                    <>
                      {' '}
                      <StatusTag tone="highlight">{t('workplaces.headOffice')}</StatusTag>
                    </>
                  ) : null}
                </td>
                <td>{addressOf(workplace)}</td>
                {canWrite ? (
                  <td>
                    <Button
                      variant="secondaryNoBorder"
                      aria-label={t('workplaces.editLabel', { name: workplace.name })}
                      onClick={() => setEditing({ workplace })}
                    >
                      {t('workplaces.edit')}
                    </Button>
                    <Button
                      variant="secondaryNoBorder"
                      aria-label={t('workplaces.removeLabel', { name: workplace.name })}
                      onClick={() => setRemoving(workplace)}
                      data-qa={`workplace-remove-${workplace.id}`}
                    >
                      {t('workplaces.remove')}
                    </Button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </RecordTable>
      )}
      <ConfirmDialog
        visible={removing !== null}
        title={t('workplaces.removeTitle')}
        confirmText={t('workplaces.remove')}
        onConfirm={() => remove.mutate(undefined)}
        onCancel={() => {
          remove.reset();
          setRemoving(null);
        }}
        busy={remove.isPending}
        data-qa="workplace-remove-confirm"
      >
        <ErrorBanner error={remove.error} />
        <Paragraph>{t('workplaces.removeBody', { name: removing?.name ?? '' })}</Paragraph>
      </ConfirmDialog>
    </section>
  );
}
