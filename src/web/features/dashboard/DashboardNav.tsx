import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { IndicatorGroup } from '../../../contract/reports';
import { useIndicators } from './queries';

export type DashboardView = 'overview' | IndicatorGroup | 'targets' | 'monthly';

const paths: Record<DashboardView, string> = {
  overview: '/dashboard',
  clients: '/dashboard/clients',
  activity: '/dashboard/activity',
  employers: '/dashboard/employers',
  outcomes: '/dashboard/outcomes',
  finance: '/dashboard/finance',
  feedback: '/dashboard/feedback',
  targets: '/dashboard/targets',
  monthly: '/dashboard/monthly',
};

/** The dashboard's pages; the period and cuts travel along in the address. A group without indicators has no page. */
export function DashboardNav({ current }: { current: DashboardView }) {
  const { t } = useTranslation('dashboard');
  const { search } = useLocation();
  const groups = new Set(useIndicators().data?.items.map((indicator) => indicator.group) ?? []);
  const views = (Object.keys(paths) as DashboardView[]).filter(
    (view) => view === 'overview' || view === 'targets' || view === 'monthly' || groups.has(view),
  );
  return (
    <Nav aria-label={t('nav.label')}>
      <List>
        {views.map((view) => (
          <li key={view}>
            <Item
              to={{ pathname: paths[view], search: view === 'targets' || view === 'monthly' ? '' : search }}
              aria-current={view === current ? 'page' : undefined}
              data-qa={`dashboard-nav-${view}`}
            >
              {t(`nav.${view}`)}
            </Item>
          </li>
        ))}
      </List>
    </Nav>
  );
}

const Nav = styled.nav`
  margin-bottom: ${tokens.spacing.l};
  border-bottom: 1px solid ${tokens.colors.depthLight1};
`;

const List = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.xs} ${tokens.spacing.m};
  list-style: none;
  margin: 0;
  padding: 0;
`;

const Item = styled(Link)`
  ${tokens.typography.bodySemiBoldSmall};
  display: inline-block;
  padding: ${tokens.spacing.xs} 0;
  color: ${tokens.colors.highlightBase};
  text-decoration: none;
  border-bottom: 3px solid transparent;

  &[aria-current='page'] {
    color: ${tokens.colors.blackBase};
    border-bottom-color: ${tokens.colors.highlightBase};
  }
  &:focus-visible {
    ${tokens.focuses.boxShadowFocus};
  }
`;
