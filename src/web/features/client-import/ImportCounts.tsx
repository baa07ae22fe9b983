import { useTranslation } from 'react-i18next';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { ImportNamespace, ImportView } from './import-view';

/** Three figures: new, updated and rejected rows; worded as plans on a dry run and as facts after a commit. */
export function ImportCounts({ result, namespace }: { result: ImportView; namespace: ImportNamespace }) {
  const { t, i18n } = useTranslation(namespace);
  const numberFormat = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : `${i18n.language}-FI`);
  const done = result.mode === 'commit';
  const figures = [
    { key: 'create', label: done ? t('counts.created') : t('counts.create'), value: result.counts.create },
    { key: 'update', label: done ? t('counts.updated') : t('counts.update'), value: result.counts.update },
    { key: 'reject', label: done ? t('counts.rejected') : t('counts.reject'), value: result.counts.reject },
  ] as const;
  return (
    <Figures data-qa="import-counts">
      {figures.map((figure) => (
        <Figure key={figure.key} $warn={figure.key === 'reject' && figure.value > 0}>
          <dt>{figure.label}</dt>
          <dd data-qa={`import-count-${figure.key}`}>{numberFormat.format(figure.value)}</dd>
        </Figure>
      ))}
    </Figures>
  );
}

const Figures = styled.dl`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.m};
  margin: 0 0 ${tokens.spacing.l};
`;

const Figure = styled.div<{ $warn: boolean }>`
  min-width: 180px;
  padding: ${tokens.spacing.s} ${tokens.spacing.m};
  background: ${({ $warn }) => ($warn ? tokens.colors.warningLight1 : tokens.colors.highlightLight4)};
  border-left: 4px solid ${({ $warn }) => ($warn ? tokens.colors.warningBase : tokens.colors.highlightBase)};

  dt {
    ${tokens.typography.bodyTextSmall};
  }
  dd {
    ${tokens.typography.heading2};
    margin: 0;
  }
`;
