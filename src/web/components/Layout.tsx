import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { SkipLink, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { useSession } from '../auth/session';
import { pageWidth } from './page-width';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

const mainId = 'main-content';

export function Layout() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const activeSession = session?.stage === 'active' ? session : null;
  useFocusOnNavigation();
  return (
    <Page>
      <SkipLink href={`#${mainId}`} data-qa="skip-link">
        {t('skipToContent')}
      </SkipLink>
      <SiteHeader session={activeSession} />
      <Main id={mainId} tabIndex={-1}>
        <Outlet />
      </Main>
      <SiteFooter />
    </Page>
  );
}

/**
 * A single-page app does not announce a new page by itself: after each navigation focus moves to
 * the new page's h1 (or main), so screen readers read it and Tab continues from the content.
 */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    const main = document.getElementById(mainId);
    const heading = main?.querySelector<HTMLElement>('h1');
    (heading ?? main)?.focus();
  }, [pathname]);
}

const Page = styled.div`
  display: flex;
  flex-direction: column;
  min-height: 100vh;
`;

const Main = styled.main`
  ${pageWidth};
  flex: 1;
  padding-top: ${tokens.spacing.xl};
  padding-bottom: ${tokens.spacing.xxxl};

  &:focus {
    outline: none;
  }
`;
