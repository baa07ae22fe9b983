import type { ReactNode } from 'react';
import { Heading, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';

/** A section's h2 with its main actions on the same row. */
export function SectionHeader({ title, children, level = 'h2' }: { title: string; children?: ReactNode; level?: 'h2' | 'h3' }) {
  return (
    <Row>
      <Heading variant={level}>{title}</Heading>
      {children ? <Actions>{children}</Actions> : null}
    </Row>
  );
}

const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${tokens.spacing.s};
  margin-bottom: ${tokens.spacing.m};
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${tokens.spacing.xs};
`;
