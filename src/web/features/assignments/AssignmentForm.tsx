import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import {
  assignmentChannels,
  createAssignmentRequest,
  updateAssignmentRequest,
  type Assignment,
  type AssignmentFormOptions,
  type CreateAssignmentRequest,
  type UpdateAssignmentRequest,
} from '../../../contract/assignments';
import type { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { DropdownField } from '../../components/DropdownField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import type { Option } from '../../components/options';
import { TextareaField } from '../../components/TextareaField';
import { TextField } from '../../components/TextField';
import { FormColumn } from '../admin/FormColumn';
import type { Locale } from '../../../contract/common';
import { useSession } from '../../auth/session';
import { formatClock, helsinkiDateAndClock, helsinkiInstant, parseClock } from './clock';
import { useAssignmentFormat } from './use-assignment-format';

/** Dropdowns cannot hold an empty value, so "none" has a name of its own. */
const none = 'none';

type Values = {
  receivedOn: string;
  receivedTime: string;
  channel: string | null;
  contactId: string;
  opportunityId: string;
  requestedRole: string;
  details: string;
  candidatesWanted: string;
  responderUserId: string;
  responderTeamId: string;
};

type AssignmentFormProps = {
  options: AssignmentFormOptions;
  busy: boolean;
  onCancel: () => void;
  form: ReturnType<typeof useFormErrors>;
} & (
  | { existing?: undefined; onSubmit: (body: CreateAssignmentRequest) => void }
  | { existing: Assignment; onSubmit: (body: UpdateAssignmentRequest) => void }
);

function initialValues(
  options: AssignmentFormOptions,
  existing: Assignment | undefined,
  ownId: string | undefined,
  language: Locale,
): Values {
  const received = helsinkiDateAndClock(existing?.receivedAt ?? options.now);
  const canRespond = options.responders.some((responder) => responder.id === ownId);
  return {
    receivedOn: received.date,
    receivedTime: formatClock(received.minuteOfDay, language),
    channel: existing?.channel ?? null,
    contactId: existing?.contact?.id ?? none,
    opportunityId: existing?.opportunity?.id ?? none,
    requestedRole: existing?.requestedRole ?? '',
    details: existing?.details ?? '',
    candidatesWanted: String(existing?.candidatesWanted ?? 1),
    // A new request is most often answered by the person who took it.
    responderUserId: existing ? (existing.responder?.id ?? none) : canRespond && ownId ? ownId : none,
    responderTeamId: existing?.responderTeam?.id ?? none,
  };
}

const chosen = (value: string) => (value === none ? null : value);

/** The fields of an assignment; a new one also asks when it was received, which then stays fixed. */
export function AssignmentForm(props: AssignmentFormProps) {
  const { t } = useTranslation('assignments');
  const format = useAssignmentFormat();
  const ownUserId = useSession().data?.user.id;
  const { options, existing, form } = props;
  const [values, setValues] = useState<Values>(() => initialValues(options, existing, ownUserId, format.language));
  const set = <Name extends keyof Values>(name: Name, value: Values[Name]) => setValues((current) => ({ ...current, [name]: value }));

  // A linked opportunity that has since closed stays offered on the assignment that names it.
  const opportunities = [...options.opportunities];
  if (existing?.opportunity && !opportunities.some((opportunity) => opportunity.id === existing.opportunity!.id))
    opportunities.push(existing.opportunity);
  const contacts = [...options.contacts];
  if (existing?.contact && !contacts.some((contact) => contact.id === existing.contact!.id))
    contacts.push({ ...existing.contact, title: null });

  const channelOptions = assignmentChannels.map((channel) => ({ value: channel, label: t(`channels.${channel}`) }));
  const noneOption = (label: string): Option => ({ value: none, label });
  const contactOptions = [
    noneOption(t('form.noContact')),
    ...contacts.map((contact) => ({ value: contact.id, label: contact.title ? `${contact.name} (${contact.title})` : contact.name })),
  ];
  const opportunityOptions = [noneOption(t('form.noOpportunity')), ...opportunities.map((item) => ({ value: item.id, label: item.title }))];
  const responderOptions = [noneOption(t('form.noResponder')), ...options.responders.map((item) => ({ value: item.id, label: item.name }))];
  const teamOptions = [noneOption(t('form.noTeam')), ...options.teams.map((item) => ({ value: item.id, label: item.name }))];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      channel: values.channel ?? undefined,
      contactId: chosen(values.contactId),
      opportunityId: chosen(values.opportunityId),
      requestedRole: values.requestedRole,
      details: values.details,
      candidatesWanted: values.candidatesWanted.trim() === '' ? undefined : Number(values.candidatesWanted),
      responderUserId: chosen(values.responderUserId),
      responderTeamId: chosen(values.responderTeamId),
    };
    if (props.existing) {
      const body = form.validate(updateAssignmentRequest, { ...fields, version: props.existing.version });
      if (body) props.onSubmit(body);
      return;
    }
    const minuteOfDay = parseClock(values.receivedTime);
    const receivedAt = minuteOfDay === undefined ? values.receivedTime : helsinkiInstant(values.receivedOn, minuteOfDay);
    const body = form.validate(createAssignmentRequest, { ...fields, receivedAt });
    if (body) props.onSubmit(body);
  };

  return (
    <>
      <ErrorBanner error={form.error} />
      <FormColumn as="form" onSubmit={submit} noValidate data-qa="assignment-form">
        {existing ? null : (
          <>
            <Paragraph mb="m" data-qa="assignment-agreed-time">
              {t('form.dueInfo', { time: format.responseTime(options.settings.amount, options.settings.unit) })}
            </Paragraph>
            <DateField
              labelText={t('form.receivedOn')}
              value={values.receivedOn}
              onChange={(receivedOn) => set('receivedOn', receivedOn)}
              error={form.fieldError('receivedAt')}
              data-qa="assignment-received-on"
            />
            <TextField
              labelText={t('form.receivedTime')}
              hintText={t('form.timeHint')}
              value={values.receivedTime}
              onChange={(receivedTime) => set('receivedTime', receivedTime)}
              inputMode="numeric"
              data-qa="assignment-received-time"
            />
          </>
        )}
        <DropdownField
          labelText={t('form.channel')}
          options={channelOptions}
          value={values.channel}
          onChange={(channel) => set('channel', channel)}
          error={form.fieldError('channel')}
          fullWidth
          data-qa="assignment-channel"
        />
        <DropdownField
          labelText={t('form.contact')}
          options={contactOptions}
          value={values.contactId}
          onChange={(contactId) => set('contactId', contactId)}
          error={form.fieldError('contactId')}
          fullWidth
          data-qa="assignment-contact"
        />
        <DropdownField
          labelText={t('form.opportunity')}
          options={opportunityOptions}
          value={values.opportunityId}
          onChange={(opportunityId) => set('opportunityId', opportunityId)}
          error={form.fieldError('opportunityId')}
          fullWidth
          data-qa="assignment-opportunity"
        />
        <TextField
          labelText={t('form.requestedRole')}
          hintText={t('form.requestedRoleHint')}
          value={values.requestedRole}
          onChange={(requestedRole) => set('requestedRole', requestedRole)}
          error={form.fieldError('requestedRole')}
          fullWidth
          data-qa="assignment-requested-role"
        />
        <TextField
          labelText={t('form.candidatesWanted')}
          type="number"
          min={1}
          value={values.candidatesWanted}
          onChange={(candidatesWanted) => set('candidatesWanted', candidatesWanted)}
          error={form.fieldError('candidatesWanted')}
          data-qa="assignment-candidates-wanted"
        />
        <DropdownField
          labelText={t('form.responder')}
          hintText={t('form.responderHint')}
          options={responderOptions}
          value={values.responderUserId}
          onChange={(responderUserId) => set('responderUserId', responderUserId)}
          error={form.fieldError('responderUserId')}
          fullWidth
          data-qa="assignment-responder"
        />
        <DropdownField
          labelText={t('form.team')}
          options={teamOptions}
          value={values.responderTeamId}
          onChange={(responderTeamId) => set('responderTeamId', responderTeamId)}
          error={form.fieldError('responderTeamId')}
          fullWidth
          data-qa="assignment-team"
        />
        <TextareaField
          labelText={t('form.details')}
          value={values.details}
          onChange={(details) => set('details', details)}
          error={form.fieldError('details')}
          optional
          fullWidth
          data-qa="assignment-details"
        />
        <FormActions>
          <Button type="submit" busy={props.busy} data-qa="assignment-save">
            {existing ? t('form.save') : t('form.create')}
          </Button>
          <Button variant="secondary" onClick={props.onCancel} data-qa="assignment-cancel">
            {t('form.cancel')}
          </Button>
        </FormActions>
      </FormColumn>
    </>
  );
}
