import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconLock, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { z } from 'zod';
import type { protectedNoteResponse } from '../../../../contract/activities';
import { apiGet } from '../../../api/client';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { StatusTag } from '../StatusTag';

/** A meeting's detailed note is read only on an explicit click (an audited read) and kept only here. */
export function ProtectedNote({ activityId, canRead }: { activityId: string; canRead: boolean }) {
  const { t } = useTranslation('client');
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const read = async () => {
    setBusy(true);
    setError(null);
    try {
      const response = await apiGet<z.infer<typeof protectedNoteResponse>>(`/api/activities/${activityId}/protected-note`);
      setNote(response.note ?? '');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box data-qa="protected-note">
      <StatusTag tone="protected">
        <IconLock aria-hidden /> {t('activities.protectedNote')}
      </StatusTag>
      <ErrorBanner error={error} />
      {note === null ? (
        <Row>
          <span>{t('activities.hasProtectedNote')}</span>
          {canRead ? (
            <Button variant="secondaryNoBorder" onClick={() => void read()} busy={busy} data-qa="protected-note-show">
              {t('activities.showNote')}
            </Button>
          ) : null}
        </Row>
      ) : (
        <>
          <Text data-qa="protected-note-text">{note}</Text>
          <Button variant="secondaryNoBorder" onClick={() => setNote(null)} data-qa="protected-note-hide">
            {t('activities.hideNote')}
          </Button>
        </>
      )}
    </Box>
  );
}

const Box = styled.div`
  margin-top: ${tokens.spacing.xs};
  padding: ${tokens.spacing.xs} ${tokens.spacing.s};
  border-left: 4px solid ${tokens.colors.accentTertiaryDark1};
  background: ${tokens.colors.depthLight3};

  .fi-icon {
    width: 14px;
    height: 14px;
    vertical-align: -2px;
  }
`;

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.spacing.xs};
  margin-top: ${tokens.spacing.xxs};
`;

const Text = styled.div`
  margin: ${tokens.spacing.xs} 0;
  white-space: pre-wrap;
`;
