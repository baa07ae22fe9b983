import { useTranslation } from 'react-i18next';
import { Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDateTime } from '../../format';
import { useFigureFormat } from './figure-format';
import { useRecomputeFigures, type FiguresSource } from './queries';

/**
 * When the figures on the page were computed (the server keeps the figures in use a few minutes
 * old at most), and a button that computes them now, e.g. right after recording work.
 */
export function FiguresComputedAt({ computedAt, sources }: { computedAt: string; sources: FiguresSource[] }) {
  const { t } = useTranslation('dashboard');
  const { language } = useFigureFormat();
  const recompute = useRecomputeFigures(sources);
  return (
    <>
      <Row>
        <Paragraph data-qa="figures-computed-at">{t('computedAt', { time: formatDateTime(computedAt, language) })}</Paragraph>
        <span className="no-print">
          <Button variant="secondary" busy={recompute.isPending} onClick={() => recompute.mutate()} data-qa="recompute-figures">
            {t('recompute')}
          </Button>
        </span>
      </Row>
      <ErrorBanner error={recompute.error} />
    </>
  );
}

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.spacing.m};
  margin: ${tokens.spacing.s} 0;
`;
