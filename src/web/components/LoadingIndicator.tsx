import { useTranslation } from 'react-i18next';
import { LoadingSpinner } from 'suomifi-ui-components';
import styled from 'styled-components';

const Centered = styled.div`
  display: flex;
  justify-content: center;
  padding: 40px 0;
`;

export function LoadingIndicator({ text }: { text?: string }) {
  const { t } = useTranslation();
  return (
    <Centered data-qa="loading">
      <LoadingSpinner status="loading" text={text ?? t('loading')} textAlign="right" />
    </Centered>
  );
}
