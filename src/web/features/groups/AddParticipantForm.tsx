import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { addParticipantRequest, type Group } from '../../../contract/groups';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDebouncedValue } from '../../components/debounced-value';
import { SearchCombobox } from '../../components/SearchCombobox';
import { todayInHelsinki } from '../client/form-helpers';
import { participantName } from './group-labels';
import { SubPanel } from './layout';
import { useAddParticipant, useClientSearch } from './queries';

type ChosenClient = { id: string; firstName: string; lastName: string };

/** A client found by name joins the group, by default from today. */
export function AddParticipantForm({ group, onAdded }: { group: Group; onAdded: (name: string) => void }) {
  const { t } = useTranslation('groups');
  const form = useFormErrors();
  const add = useAddParticipant(group.id);
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<ChosenClient | null>(null);
  const [joinedOn, setJoinedOn] = useState(todayInHelsinki);
  const search = useDebouncedValue(text);
  const results = useClientSearch(chosen ? '' : search);
  const participants = new Set(group.participantList.map((participant) => participant.clientId));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(addParticipantRequest, { clientId: chosen?.id, joinedOn });
    if (!body || !chosen) return;
    add.mutate(body, {
      onSuccess: () => {
        onAdded(participantName(chosen));
        setChosen(null);
        setText('');
      },
      onError: form.showError,
    });
  };

  return (
    <SubPanel onSubmit={submit} noValidate aria-labelledby="add-participant-title" data-qa="add-participant-form">
      <Heading variant="h3" id="add-participant-title" mb="m">
        {t('participants.addTitle')}
      </Heading>
      <ErrorBanner error={form.error} />
      <SearchCombobox
        labelText={t('participants.client')}
        hintText={t('participants.clientHint')}
        error={form.fieldError('clientId')}
        inputValue={text}
        onInputChange={(typed) => {
          setText(typed);
          setChosen(null);
        }}
        items={chosen || text.trim().length < 2 ? [] : (results.data?.items ?? []).filter((client) => !participants.has(client.id))}
        loading={results.isFetching}
        itemKey={(client) => client.id}
        renderItem={participantName}
        onSelect={(client) => {
          setChosen(client);
          setText(participantName(client));
        }}
        data-qa="participant-search"
      />
      <DateField
        labelText={t('participants.joinedOn')}
        value={joinedOn}
        onChange={setJoinedOn}
        error={form.fieldError('joinedOn')}
        data-qa="participant-joined-on"
      />
      <Button type="submit" busy={add.isPending} data-qa="participant-add">
        {t('participants.add')}
      </Button>
    </SubPanel>
  );
}
