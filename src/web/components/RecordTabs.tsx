import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';

export type RecordTab = { key: string; label: string };

type RecordTabsProps = {
  /** The tab list's accessible name, e.g. "The employer's details". */
  label: string;
  tabs: readonly RecordTab[];
  /** Prefix of the tab and panel ids and data-qa names, e.g. "employer" → employer-tab-contacts. */
  idPrefix: string;
  children: (key: string) => ReactNode;
};

/**
 * The sections of one record as WAI-ARIA tabs: one tab stop for the list, arrow keys (and
 * Home/End) move between tabs and open them, Tab moves on into the open panel. The open tab lives
 * in the address (?section=contacts), so reload, back and shared links keep it; the first tab is the default.
 */
export function RecordTabs({ label, tabs, idPrefix, children }: RecordTabsProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('section');
  const section = tabs.find((tab) => tab.key === requested)?.key ?? tabs[0]?.key ?? '';
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());

  const open = (next: string) =>
    setSearchParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === tabs[0]?.key) updated.delete('section');
        else updated.set('section', next);
        return updated;
      },
      { replace: true },
    );

  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = tabs[(target + tabs.length) % tabs.length]!.key;
    open(next);
    tabRefs.current.get(next)?.focus();
  };

  return (
    <>
      <TabList role="tablist" aria-label={label}>
        {tabs.map((tab, index) => (
          <Tab
            key={tab.key}
            ref={(element) => {
              if (element) tabRefs.current.set(tab.key, element);
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.key}`}
            aria-selected={section === tab.key}
            aria-controls={`${idPrefix}-panel-${tab.key}`}
            tabIndex={section === tab.key ? 0 : -1}
            onClick={() => open(tab.key)}
            onKeyDown={(event) => move(event, index)}
            data-qa={`${idPrefix}-tab-${tab.key}`}
          >
            {tab.label}
          </Tab>
        ))}
      </TabList>
      <Panel
        role="tabpanel"
        id={`${idPrefix}-panel-${section}`}
        aria-labelledby={`${idPrefix}-tab-${section}`}
        data-qa={`${idPrefix}-panel-${section}`}
      >
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
