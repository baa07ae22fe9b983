import type { ReactNode } from 'react';
import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled, { css } from 'styled-components';

export type Tone = 'neutral' | 'success' | 'warning' | 'alert' | 'highlight' | 'protected';

/** A short status in words; the colour only repeats what the text already says. */
export function StatusTag({ tone, children, 'data-qa': dataQa }: { tone: Tone; children: ReactNode; 'data-qa'?: string }) {
  return (
    <Tag $tone={tone} data-qa={dataQa}>
      {children}
    </Tag>
  );
}

const toneStyles: Record<Tone, ReturnType<typeof css>> = {
  neutral: css`
    background: ${tokens.colors.depthLight3};
    border-color: ${tokens.colors.depthLight1};
  `,
  success: css`
    background: ${tokens.colors.successSecondary};
    border-color: ${tokens.colors.successBase};
  `,
  warning: css`
    background: ${tokens.colors.warningLight1};
    border-color: ${tokens.colors.warningBase};
  `,
  alert: css`
    background: ${tokens.colors.alertLight1};
    border-color: ${tokens.colors.alertBase};
  `,
  highlight: css`
    background: ${tokens.colors.highlightLight4};
    border-color: ${tokens.colors.highlightLight2};
  `,
  protected: css`
    background: ${tokens.colors.accentTertiaryLight1};
    border-color: ${tokens.colors.accentTertiaryDark1};
  `,
};

const Tag = styled.span<{ $tone: Tone }>`
  ${tokens.typography.bodySemiBoldSmall};
  display: inline-block;
  padding: 0 ${tokens.spacing.xs};
  border: 1px solid;
  border-radius: 2px;
  color: ${tokens.colors.blackBase};
  line-height: 24px;
  white-space: nowrap;
  ${({ $tone }) => toneStyles[$tone]}
`;
