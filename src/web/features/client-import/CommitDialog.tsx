import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import type { ImportNamespace, ImportView } from './import-view';

type CommitDialogProps = {
  visible: boolean;
  counts: ImportView['counts'];
  namespace: ImportNamespace;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
};

/** The last look before the import writes: how many are created, updated and left out. */
export function CommitDialog({ visible, counts, namespace, busy, error, onConfirm, onCancel }: CommitDialogProps) {
  const { t } = useTranslation(namespace);
  return (
    <ConfirmDialog
      visible={visible}
      title={t('preview.confirmTitle')}
      confirmText={t('preview.import', { count: counts.create + counts.update })}
      onConfirm={onConfirm}
      onCancel={onCancel}
      busy={busy}
      data-qa="import-confirm"
    >
      <ErrorBanner error={error} />
      <Paragraph mb="s">{t('preview.confirmIntro')}</Paragraph>
      <ul>
        <li>{`${t('counts.create')}: ${counts.create}`}</li>
        <li>{`${t('counts.update')}: ${counts.update}`}</li>
        <li>{`${t('counts.reject')}: ${counts.reject}`}</li>
      </ul>
    </ConfirmDialog>
  );
}
