import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';

export const clientSections = ['profile', 'enrolments', 'plan', 'activities', 'referrals', 'consents'] as const;
export type ClientSection = (typeof clientSections)[number];

const isSection = (value: string | null): value is ClientSection => (clientSections as readonly (string | null)[]).includes(value);

/** The open section lives in the address (?section=plan), so reload, back and shared links keep it. */
export function useClientSection(): [ClientSection, (section: ClientSection) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('section');
  const section = isSection(requested) ? requested : 'profile';
  const open = (next: ClientSection) =>
    setSearchParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'profile') updated.delete('section');
        else updated.set('section', next);
        return updated;
      },
      { replace: true },
    );
  return [section, open];
}

/**
 * WAI-ARIA tabs: one tab stop for the list, arrow keys (and Home/End) move between tabs and open
 * them, Tab moves on into the open panel.
 */
export function ClientTabs({ children }: { children: (section: ClientSection) => ReactNode }) {
  const { t } = useTranslation('client');
  const [section, open] = useClientSection();
  const tabRefs = useRef(new Map<ClientSection, HTMLButtonElement>());

  const move = (event: KeyboardEvent, index: number) => {
    const last = clientSections.length - 1;
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = clientSections[(target + clientSections.length) % clientSections.length]!;
    open(next);
    tabRefs.current.get(next)?.focus();
  };

  return (
    <>
      <TabList role="tablist" aria-label={t('tabs.label')}>
        {clientSections.map((key, index) => (
          <Tab
            key={key}
            ref={(element) => {
              if (element) tabRefs.current.set(key, element);
            }}
            type="button"
            role="tab"
            id={`client-tab-${key}`}
            aria-selected={section === key}
            aria-controls={`client-panel-${key}`}
            tabIndex={section === key ? 0 : -1}
            onClick={() => open(key)}
            onKeyDown={(event) => move(event, index)}
            data-qa={`client-tab-${key}`}
          >
            {t(`tabs.${key}`)}
          </Tab>
        ))}
      </TabList>
      <Panel role="tabpanel" id={`client-panel-${section}`} aria-labelledby={`client-tab-${section}`} data-qa={`client-panel-${section}`}>
        {children(section)}
      </Panel>
    </>
  );
}

const TabList = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: 0 ${tokens.spacing.xxs};
  border-bottom: 2px solid ${tokens.colors.depthLight1};
`;

const Tab = styled.button`
  ${tokens.typography.bodySemiBold};
  margin-bottom: -2px;
  padding: ${tokens.spacing.xs} ${tokens.spacing.s};
  border: 0;
  border-bottom: 4px solid transparent;
  background: none;
  color: ${tokens.colors.blackBase};
  cursor: pointer;

  &:hover {
    color: ${tokens.colors.highlightBase};
    border-bottom-color: ${tokens.colors.highlightLight2};
  }
  &[aria-selected='true'] {
    color: ${tokens.colors.highlightBase};
    border-bottom-color: ${tokens.colors.highlightBase};
  }
  &:focus-visible {
    ${tokens.focuses.boxShadowFocus};
  }
`;

const Panel = styled.div`
  padding-top: ${tokens.spacing.l};
`;
