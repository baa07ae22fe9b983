import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { auditQuery } from '../../../contract/audit';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { DateField } from '../../components/DateField';
import { ActorFilter } from './ActorFilter';

export type AuditFilters = { actorUserId: string | null; from: string; to: string };
export const noAuditFilters: AuditFilters = { actorUserId: null, from: '', to: '' };
export const isFiltered = (filters: AuditFilters) => filters.actorUserId !== null || filters.from !== '' || filters.to !== '';

/** Actor and date range, applied together once the dates are whole (a half-typed date would query nonsense). */
export function AuditFilterForm({ filters, onApply }: { filters: AuditFilters; onApply: (filters: AuditFilters) => void }) {
  const { t } = useTranslation('audit');
  const form = useFormErrors();
  const [draft, setDraft] = useState(filters);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = form.validate(auditQuery, {
      actorUserId: draft.actorUserId ?? undefined,
      from: draft.from || undefined,
      to: draft.to || undefined,
    });
    if (checked) onApply(draft);
  };

  const clear = () => {
    form.clear();
    setDraft(noAuditFilters);
    onApply(noAuditFilters);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('filters.label')} data-qa="audit-filters">
      <Fields>
        <ActorFilter actorUserId={draft.actorUserId} onChange={(actorUserId) => setDraft((current) => ({ ...current, actorUserId }))} />
        <DateField
          labelText={t('filters.from')}
          optional
          value={draft.from}
          onChange={(from) => setDraft((current) => ({ ...current, from }))}
          error={form.fieldError('from')}
          data-qa="audit-filter-from"
        />
        <DateField
          labelText={t('filters.to')}
          optional
          value={draft.to}
          onChange={(to) => setDraft((current) => ({ ...current, to }))}
          error={form.fieldError('to')}
          data-qa="audit-filter-to"
        />
      </Fields>
      <Buttons>
        <Button type="submit" variant="secondary" data-qa="audit-filter-apply">
          {t('filters.apply')}
        </Button>
        {isFiltered(filters) ? (
          <Button variant="secondaryNoBorder" onClick={clear} data-qa="audit-filter-clear">
            {t('filters.clear')}
          </Button>
        ) : null}
      </Buttons>
    </form>
  );
}

const Fields = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  column-gap: ${tokens.spacing.m};

  & > div {
    width: 280px;
  }
`;

const Buttons = styled.div`
  display: flex;
  gap: ${tokens.spacing.s};
  margin-bottom: ${tokens.spacing.l};
`;
