import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { teamRequest, type Team } from '../../../contract/admin';
import { ApiRequestError } from '../../api/client';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField } from '../../components/TextField';

type TeamNameFormProps = {
  labelText: string;
  initialName: string;
  submitText: string;
  save: (name: string) => Promise<Team>;
  onSaved: (team: Team) => void;
  /** Renaming can be called off; the add form simply stays empty. */
  onCancel?: () => void;
  'data-qa': string;
};

/** One team name, for adding a team or renaming one; a name already used in the organisation is refused. */
export function TeamNameForm({ labelText, initialName, submitText, save, onSaved, onCancel, ...rest }: TeamNameFormProps) {
  const { t } = useTranslation('admin');
  const form = useFormErrors();
  const [name, setName] = useState(initialName);
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: (team) => {
      setName(initialName);
      onSaved(team);
    },
    onError: form.showError,
  });
  const duplicate = form.error instanceof ApiRequestError && form.error.fields.some((field) => field.code === 'already_exists');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = form.validate(teamRequest, { name });
    if (body) mutation.mutate(body.name);
  };

  return (
    <form onSubmit={submit} noValidate data-qa={rest['data-qa']}>
      {/* Field errors show at the field; only other failures need the banner. */}
      <ErrorBanner error={form.error instanceof ApiRequestError && form.error.fields.length > 0 ? null : form.error} />
      <Row>
        <TextField
          labelText={labelText}
          value={name}
          onChange={setName}
          error={duplicate ? t('teams.duplicate') : form.fieldError('name')}
          autoComplete="off"
          data-qa={`${rest['data-qa']}-name`}
        />
        <Button type="submit" variant="secondary" busy={mutation.isPending} data-qa={`${rest['data-qa']}-submit`}>
          {submitText}
        </Button>
        {onCancel ? (
          <Button variant="secondaryNoBorder" onClick={onCancel} data-qa={`${rest['data-qa']}-cancel`}>
            {t('teams.cancel')}
          </Button>
        ) : null}
      </Row>
    </form>
  );
}

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  gap: 0 ${tokens.spacing.s};

  /* Level with the input under its label; an error text below the input leaves the buttons in place. */
  & > button {
    margin-top: 34px;
  }
`;
