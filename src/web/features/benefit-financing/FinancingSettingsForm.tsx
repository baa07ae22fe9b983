import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { updateFinancingSettingsRequest, type FinancingSettings } from '../../../contract/benefit-financing';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { Notice } from '../../components/Notice';
import { TextareaField } from '../../components/TextareaField';
import { TextField } from '../../components/TextField';
import { useSaveFinancingSettings } from './queries';

type TierText = { fromDay: string; sharePercent: string };

/** Decimal comma or point; text that is no number goes on as text so the schema names the field. */
const numberOf = (text: string) => {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  return Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
};

/** The organisation's tiers and daily amount, each entered with the source it comes from. */
export function FinancingSettingsForm({ settings }: { settings: FinancingSettings }) {
  const { t } = useTranslation('benefitFinancing');
  const form = useFormErrors();
  const save = useSaveFinancingSettings();
  const [saved, setSaved] = useState(false);
  const [tiers, setTiers] = useState<TierText[]>(() =>
    settings.tiers.map((tier) => ({ fromDay: String(tier.fromDay), sharePercent: String(tier.sharePercent) })),
  );
  const [legalSource, setLegalSource] = useState(settings.legalSource ?? '');
  const [dailyAmount, setDailyAmount] = useState(settings.dailyAmount === null ? '' : String(settings.dailyAmount));
  const [dailyAmountSource, setDailyAmountSource] = useState(settings.dailyAmountSource ?? '');
  const setTier = (index: number, field: keyof TierText, value: string) =>
    setTiers((current) => current.map((tier, position) => (position === index ? { ...tier, [field]: value } : tier)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = form.validate(updateFinancingSettingsRequest, {
      version: settings.version,
      tiers: tiers.map((tier) => ({ fromDay: numberOf(tier.fromDay), sharePercent: numberOf(tier.sharePercent) })),
      legalSource,
      dailyAmount: numberOf(dailyAmount),
      dailyAmountSource,
    });
    if (body) save.mutate(body, { onSuccess: () => setSaved(true), onError: form.showError });
  };

  return (
    <section aria-labelledby="financing-settings" data-qa="financing-settings">
      <Heading variant="h2" id="financing-settings" mb="s">
        {t('settings.title')}
      </Heading>
      {saved ? <Notice data-qa="financing-settings-saved">{t('settings.saved')}</Notice> : null}
      <ErrorBanner error={form.error} />
      <form onSubmit={submit} noValidate data-qa="financing-settings-form">
        {tiers.length === 0 ? <Paragraph mb="s">{t('settings.noTiers')}</Paragraph> : null}
        {tiers.map((tier, index) => (
          <TierRow key={index} role="group" aria-label={t('settings.tier', { number: index + 1 })}>
            <TextField
              labelText={t('settings.fromDay')}
              inputMode="numeric"
              value={tier.fromDay}
              onChange={(value) => setTier(index, 'fromDay', value)}
              error={form.fieldError(`tiers.${index}.fromDay`) ?? form.fieldError('tiers')}
              data-qa={`tier-${index}-from-day`}
            />
            <TextField
              labelText={t('settings.sharePercent')}
              inputMode="decimal"
              value={tier.sharePercent}
              onChange={(value) => setTier(index, 'sharePercent', value)}
              error={form.fieldError(`tiers.${index}.sharePercent`)}
              data-qa={`tier-${index}-share`}
            />
            <Button
              type="button"
              variant="secondaryNoBorder"
              onClick={() => setTiers((current) => current.filter((_, position) => position !== index))}
            >
              {t('settings.removeTier', { number: index + 1 })}
            </Button>
          </TierRow>
        ))}
        <Button
          type="button"
          variant="secondary"
          onClick={() => setTiers((current) => [...current, { fromDay: '', sharePercent: '' }])}
          data-qa="tier-add"
        >
          {t('settings.addTier')}
        </Button>
        <TextareaField
          labelText={t('settings.legalSource')}
          hintText={t('settings.legalSourceHint')}
          value={legalSource}
          optional
          onChange={setLegalSource}
          error={form.fieldError('legalSource')}
          fullWidth
          mt="m"
          data-qa="financing-legal-source"
        />
        <TextField
          labelText={t('settings.dailyAmount')}
          hintText={t('settings.dailyAmountHint')}
          inputMode="decimal"
          value={dailyAmount}
          optional
          onChange={setDailyAmount}
          error={form.fieldError('dailyAmount')}
          data-qa="financing-daily-amount"
        />
        <TextareaField
          labelText={t('settings.dailyAmountSource')}
          value={dailyAmountSource}
          optional
          onChange={setDailyAmountSource}
          error={form.fieldError('dailyAmountSource')}
          fullWidth
          data-qa="financing-daily-amount-source"
        />
        <FormActions>
          <Button type="submit" busy={save.isPending} data-qa="financing-settings-save">
            {t('settings.save')}
          </Button>
        </FormActions>
      </form>
    </section>
  );
}

const TierRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${tokens.spacing.m};
`;
