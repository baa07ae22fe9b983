import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { IconLogout, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { SessionResponse } from '../../contract/auth';
import { useLogout } from '../auth/session';
import { Button } from './Button';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainNavigation } from './MainNavigation';
import { pageWidth } from './page-width';

/** Signed-in users see their name, password change, logout and the navigation of their roles. */
export function SiteHeader({ session }: { session: SessionResponse | null }) {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <Header>
      <Inner>
        <Bar>
          <Brand to="/" data-qa="app-name">
            <AppName>{t('appName')}</AppName>
            <Tagline>{t('appTagline')}</Tagline>
          </Brand>
          <Tools>
            <LanguageSwitcher />
            {session ? (
              <User>
                <UserName data-qa="user-name">{session.user.name}</UserName>
                <TextLink to="/password" data-qa="change-password">
                  {t('user.changePassword')}
                </TextLink>
                <Button
                  variant="secondaryNoBorder"
                  icon={<IconLogout />}
                  onClick={() => logout.mutate()}
                  busy={logout.isPending}
                  data-qa="logout"
                >
                  {t('actions.logout')}
                </Button>
              </User>
            ) : null}
          </Tools>
        </Bar>
        <MainNavigation session={session} />
      </Inner>
    </Header>
  );
}

const Header = styled.header`
  background: ${tokens.colors.whiteBase};
  border-top: 4px solid ${tokens.colors.brandBase};
  border-bottom: 1px solid ${tokens.colors.depthLight1};
`;

const Inner = styled.div`
  ${pageWidth};
`;

const Bar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${tokens.spacing.s};
  padding: ${tokens.spacing.s} 0;
`;

const Brand = styled(RouterLink)`
  display: flex;
  flex-direction: column;
  color: ${tokens.colors.brandBase};
  text-decoration: none;

  &:focus-visible {
    ${tokens.focuses.boxShadowFocus};
  }
`;

const AppName = styled.span`
  font-family: inherit;
  font-size: 28px;
  line-height: 32px;
  font-weight: 600;
`;

const Tagline = styled.span`
  ${tokens.typography.bodyTextSmall};
  color: ${tokens.colors.blackLight1};
`;

const Tools = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.spacing.m};
`;

const User = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.spacing.s};
`;

const UserName = styled.span`
  ${tokens.typography.bodySemiBoldSmall};
`;

const TextLink = styled(RouterLink)`
  ${tokens.typography.bodyTextSmall};
  color: ${tokens.colors.highlightBase};

  &:focus-visible {
    ${tokens.focuses.boxShadowFocus};
  }
`;
