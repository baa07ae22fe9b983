import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import styled from 'styled-components';

const FocusableHeading = styled(Heading)`
  &:focus {
    outline: none;
  }
`;

/**
 * The one h1 of a page; also sets the document title. Render it before any loading state: the
 * layout moves focus to it after navigation so screen readers start reading the new page.
 */
export function PageHeading({ children, 'data-qa': dataQa }: { children: string; 'data-qa'?: string }) {
  const { t } = useTranslation();
  const appName = t('appName');
  useEffect(() => {
    document.title = children === appName ? appName : `${children} – ${appName}`;
  }, [children, appName]);
  return (
    <FocusableHeading variant="h1" tabIndex={-1} mb="l" data-qa={dataQa ?? 'page-heading'}>
      {children}
    </FocusableHeading>
  );
}
