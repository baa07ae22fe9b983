import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { SessionResponse } from '../../contract/auth';
import { hasAnyRole } from '../auth/session';
import { navigationItems, type NavigationItem } from './navigation-items';

type Entry = { key: string; qa: string; path: string; label: string; current?: boolean };

/**
 * The main menu: one entry per page, except that a section's pages share one entry (its first
 * page the user may open) and are listed in a row of their own while one of them is open.
 */
export function MainNavigation({ session }: { session: SessionResponse | null }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = navigationItems.filter((item) => !item.roles || (session !== null && hasAnyRole(session, item.roles)));
  const isOpen = (item: NavigationItem) => pathname === item.path || pathname.startsWith(`${item.path}/`);
  const openSection = items.find((item) => item.section && isOpen(item))?.section;
  const entries: Entry[] = [];
  for (const item of items) {
    if (!item.section) {
      entries.push({ key: item.path, qa: item.qa, path: item.path, label: t(`navigation.${item.name}`) });
    } else if (!entries.some((entry) => entry.key === item.section)) {
      const current = item.section === openSection;
      entries.push({ key: item.section, qa: item.section, path: item.path, label: t(`navigationSections.${item.section}`), current });
    }
  }
  const sectionItems = items.filter((item) => openSection && item.section === openSection);
  return (
    <>
      <Navigation aria-label={t('navigation.label')}>
        <EntryList entries={entries} />
      </Navigation>
      {sectionItems.length > 1 ? (
        <SectionNavigation aria-label={`${t(`navigationSections.${openSection!}`)}: ${t('navigation.sectionLabel')}`}>
          <EntryList
            entries={sectionItems.map((item) => ({ key: item.path, qa: item.qa, path: item.path, label: t(`navigation.${item.name}`) }))}
          />
        </SectionNavigation>
      ) : null}
    </>
  );
}

function EntryList({ entries }: { entries: readonly Entry[] }) {
  const { pathname } = useLocation();
  // A more specific entry that is open (/feedback/invitations) takes the mark from its parent (/feedback).
  const deeperEntryOpen = (path: string) =>
    entries.some((other) => other.path.startsWith(`${path}/`) && (pathname === other.path || pathname.startsWith(`${other.path}/`)));
  return (
    <List>
      {entries.map((entry) => (
        <li key={entry.key}>
          {/* A page stays marked on its sub-pages (/admin/users/…); the home page only on itself. */}
          <Link
            to={entry.path}
            end={entry.path === '/' || deeperEntryOpen(entry.path)}
            data-qa={`nav-${entry.qa}`}
            {...(entry.current ? { 'aria-current': 'page' as const, className: 'active' } : {})}
          >
            {entry.label}
          </Link>
        </li>
      ))}
    </List>
  );
}

const SectionNavigation = styled.nav`
  border-top: 1px solid ${tokens.colors.depthLight3};
`;

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
