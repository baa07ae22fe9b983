import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconDownload, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { Button } from '../../components/Button';
import { useFigureFormat } from './figure-format';
import { downloadCsv, downloadXlsx, type ExportTable } from './table-export';

/** CSV and XLSX of one table, built in the browser from exactly the rows shown. */
export function TableDownloads({ table, 'data-qa': dataQa }: { table: ExportTable; 'data-qa'?: string }) {
  const { t } = useTranslation('dashboard');
  const { language } = useFigureFormat();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const xlsx = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await downloadXlsx(table);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Row data-qa={dataQa ?? 'table-downloads'}>
      <Button variant="secondaryNoBorder" icon={<IconDownload />} onClick={() => downloadCsv(table, language)} data-qa="download-csv">
        {t('download.csv')}
      </Button>
      <Button variant="secondaryNoBorder" icon={<IconDownload />} busy={busy} onClick={() => void xlsx()} data-qa="download-xlsx">
        {t('download.xlsx')}
      </Button>
      {failed ? <span role="alert">{t('download.failed')}</span> : null}
    </Row>
  );
}

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.spacing.s};
  margin-bottom: ${tokens.spacing.m};
`;
