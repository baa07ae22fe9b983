import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { PageHeading } from '../../components/PageHeading';

const sections = [
  { name: 'users', path: '/admin', also: '/admin/users' },
  { name: 'organisations', path: '/admin/organisations', also: null },
  { name: 'programmes', path: '/admin/programmes', also: null },
] as const;

/** Every administration page: the section links, then the page's own h1 and content. */
export function AdminFrame({ title, children, 'data-qa': dataQa }: { title: string; children: ReactNode; 'data-qa'?: string }) {
  const { t } = useTranslation('admin');
  const { pathname } = useLocation();
  // A user's own page lives under /admin/users but belongs to the Users section.
  const isCurrent = (section: (typeof sections)[number]) =>
    section.path === '/admin'
      ? pathname === '/admin' || pathname.startsWith('/admin/users')
      : pathname === section.path || pathname.startsWith(`${section.path}/`);
  return (
    <div data-qa={dataQa}>
      <Navigation aria-label={t('navigation.label')}>
        <List>
          {sections.map((section) => (
            <li key={section.name}>
              <Link to={section.path} aria-current={isCurrent(section) ? 'page' : undefined} data-qa={`admin-nav-${section.name}`}>
                {t(`navigation.${section.name}`)}
              </Link>
            </li>
          ))}
        </List>
      </Navigation>
      <PageHeading>{title}</PageHeading>
      {children}
    </div>
  );
}

const Navigation = styled.nav`
  margin-bottom: ${tokens.spacing.l};
  border-bottom: 1px solid ${tokens.colors.depthLight1};
`;

const List = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: 0 ${tokens.spacing.m};
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Link = styled(RouterLink)`
  ${tokens.typography.bodyTextSmall};
  display: block;
  padding: ${tokens.spacing.xs} 0;
  border-bottom: 3px solid transparent;
  color: ${tokens.colors.highlightBase};
  text-decoration: none;

  &:hover {
    text-decoration: underline;
  }
  &[aria-current='page'] {
    ${tokens.typography.bodySemiBoldSmall};
    color: ${tokens.colors.blackBase};
    border-bottom-color: ${tokens.colors.highlightBase};
  }
  &:focus-visible {
    ${tokens.focuses.boxShadowFocus};
  }
`;
