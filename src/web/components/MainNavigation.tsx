import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { SessionResponse } from '../../contract/auth';
import { hasAnyRole } from '../auth/session';
import { navigationItems } from './navigation-items';

export function MainNavigation({ session }: { session: SessionResponse | null }) {
  const { t } = useTranslation();
  const items = navigationItems.filter((item) => !item.roles || (session !== null && hasAnyRole(session, item.roles)));
  return (
    <Navigation aria-label={t('navigation.label')}>
      <List>
        {items.map((item) => (
          <li key={item.path}>
            {/* A section stays marked on its sub-pages (/admin/users/…); the home page only on itself. */}
            <Link to={item.path} end={item.path === '/'} data-qa={`nav-${item.qa}`}>
              {t(`navigation.${item.name}`)}
            </Link>
          </li>
        ))}
      </List>
    </Navigation>
  );
}

const Navigation = styled.nav`
  border-top: 1px solid ${tokens.colors.depthLight2};
`;

const List = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: 0 ${tokens.spacing.xs};
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Link = styled(NavLink)`
  ${tokens.typography.bodySemiBold};
  display: block;
  padding: ${tokens.spacing.xs} ${tokens.spacing.xs} 6px;
  border-bottom: 4px solid transparent;
  color: ${tokens.colors.blackBase};
  text-decoration: none;

  &:hover {
    color: ${tokens.colors.highlightBase};
    border-bottom-color: ${tokens.colors.highlightLight2};
  }
  &[aria-current='page'] {
    color: ${tokens.colors.highlightBase};
    border-bottom-color: ${tokens.colors.highlightBase};
  }
  &:focus-visible {
    ${tokens.focuses.boxShadowFocus};
  }
`;
