import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal, ModalContent, ModalFooter, ModalTitle } from 'suomifi-ui-components';
import { Button } from './Button';

type ConfirmDialogProps = {
  visible: boolean;
  title: string;
  children: ReactNode;
  /** Names the action, e.g. "Poista asiakkuus"; a bare "OK" makes people confirm without reading. */
  confirmText: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  'data-qa'?: string;
};

export function ConfirmDialog({ visible, title, children, confirmText, onConfirm, onCancel, busy, ...rest }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const dataQa = rest['data-qa'] ?? 'confirm-dialog';
  return (
    <Modal visible={visible} appElementId="root" onEscKeyDown={onCancel} ariaLabelledBy={titleId}>
      <ModalContent data-qa={dataQa}>
        <ModalTitle id={titleId}>{title}</ModalTitle>
        {children}
      </ModalContent>
      <ModalFooter>
        <Button onClick={onConfirm} busy={busy} data-qa={`${dataQa}-confirm`}>
          {confirmText}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy} data-qa={`${dataQa}-cancel`}>
          {t('actions.cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
