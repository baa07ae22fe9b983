import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { employerInteractionKinds, interactionRequest, type Employer, type EmployerInteractionKind } from '../../../../contract/employers';
import { useFormErrors } from '../../../api/form-errors';
import { useSession } from '../../../auth/session';
import { Button } from '../../../components/Button';
import { CheckboxField } from '../../../components/CheckboxField';
import { DateField } from '../../../components/DateField';
import { DropdownField } from '../../../components/DropdownField';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { FormActions } from '../../../components/FormActions';
import { TextareaField } from '../../../components/TextareaField';
import { FieldRow } from '../../client/FieldRow';
import { optionsOf, todayInHelsinki } from '../../client/form-helpers';
import { FormPanel } from '../../client/FormPanel';
import { useEmployerMutation, useEmployerStaff } from '../queries';

const toggled = (list: string[], id: string, checked: boolean) => (checked ? [...list, id] : list.filter((item) => item !== id));

/**
 * Logging a contact with the IPS norm prefilled: a visit at the workplace today, by the user.
 * Saved, it may move the stage forward, which the page header then shows.
 */
export function InteractionForm({ employer, onDone, onSaved }: { employer: Employer; onDone: () => void; onSaved: () => void }) {
  const { t } = useTranslation(['employers', 'common']);
  const { data: session } = useSession();
  const staff = useEmployerStaff().data ?? [];
  const form = useFormErrors();
  const [kind, setKind] = useState<EmployerInteractionKind>('workplace_visit');
  const [occurredOn, setOccurredOn] = useState(todayInHelsinki);
  const [staffUserIds, setStaffUserIds] = useState<string[]>(session ? [session.user.id] : []);
  const [contactIds, setContactIds] = useState<string[]>([]);
  const [summary, setSummary] = useState('');
  const [agreed, setAgreed] = useState('');
  const record = useEmployerMutation('POST', `/api/employers/${employer.id}/interactions`, { onSuccess: onSaved, onError: form.showError });
  const currentContacts = employer.contacts.filter((contact) => contact.archivedAt === null);
  // The user first: they are nearly always there themselves.
  const people = [...staff].sort((first, second) => Number(second.id === session?.user.id) - Number(first.id === session?.user.id));

  const submit = () => {
    const body = form.validate(interactionRequest, { kind, occurredOn, staffUserIds, contactIds, summary, agreed });
    if (body) record.mutate(body);
  };

  return (
    <FormPanel title={t('interaction.title')} onSubmit={submit} data-qa="employer-interaction-form">
      <ErrorBanner error={form.error} />
      <FieldRow>
        <DropdownField
          labelText={t('interaction.kind')}
          options={optionsOf(employerInteractionKinds, (value) => t(`interactionKinds.${value}`))}
          value={kind}
          onChange={setKind}
          error={form.fieldError('kind')}
          data-qa="interaction-kind"
        />
        <DateField
          labelText={t('interaction.occurredOn')}
          value={occurredOn}
          onChange={setOccurredOn}
          error={form.fieldError('occurredOn')}
          data-qa="interaction-occurred-on"
        />
      </FieldRow>
      <Columns>
        <CheckboxGroup
          labelText={t('interaction.staff')}
          groupStatus={form.fieldError('staffUserIds') ? 'error' : 'default'}
          groupStatusText={form.fieldError('staffUserIds')}
          data-qa="interaction-staff"
        >
          {people.map((member) => (
            <CheckboxField
              key={member.id}
              label={member.name}
              checked={staffUserIds.includes(member.id)}
              onChange={(checked) => setStaffUserIds((current) => toggled(current, member.id, checked))}
              data-qa={`interaction-staff-${member.id}`}
            />
          ))}
        </CheckboxGroup>
        {currentContacts.length > 0 ? (
          <CheckboxGroup
            labelText={t('interaction.contacts')}
            optionalText={t('common:optional')}
            groupStatus={form.fieldError('contactIds') ? 'error' : 'default'}
            groupStatusText={form.fieldError('contactIds')}
            data-qa="interaction-contacts"
          >
            {currentContacts.map((contact) => (
              <CheckboxField
                key={contact.id}
                label={contact.title ? `${contact.name} (${contact.title})` : contact.name}
                checked={contactIds.includes(contact.id)}
                onChange={(checked) => setContactIds((current) => toggled(current, contact.id, checked))}
                data-qa={`interaction-contact-${contact.id}`}
              />
            ))}
          </CheckboxGroup>
        ) : (
          <Paragraph>{t('interaction.noContacts')}</Paragraph>
        )}
      </Columns>
      <TextareaField
        labelText={t('interaction.summary')}
        value={summary}
        onChange={setSummary}
        error={form.fieldError('summary')}
        fullWidth
        data-qa="interaction-summary"
      />
      <TextareaField
        labelText={t('interaction.agreed')}
        optional
        value={agreed}
        onChange={setAgreed}
        error={form.fieldError('agreed')}
        fullWidth
        data-qa="interaction-agreed"
      />
      <FormActions>
        <Button type="submit" busy={record.isPending} data-qa="interaction-submit">
          {t('interaction.submit')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-qa="interaction-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}

const Columns = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
  gap: ${tokens.spacing.m} ${tokens.spacing.l};
  margin-bottom: ${tokens.spacing.m};
`;
