import type { ReactNode } from 'react';
import { Heading, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';

/** One titled part of a long form, so that the page reads as a few short steps. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Section>
      <Heading variant="h2" mb="m">
        {title}
      </Heading>
      {children}
    </Section>
  );
}

const Section = styled.section`
  margin-bottom: ${tokens.spacing.l};
  padding-bottom: ${tokens.spacing.s};
  border-bottom: 1px solid ${tokens.colors.depthLight2};
`;

/** Two fields side by side on a wide screen, one above the other on a narrow one. */
export const FieldGrid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(280px, 1fr));
  column-gap: ${tokens.spacing.l};
`;
