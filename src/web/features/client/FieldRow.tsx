import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';

/** Two short fields side by side on wide screens, stacked on narrow ones. */
export const FieldRow = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
  gap: 0 ${tokens.spacing.l};
  align-items: start;

  & > * {
    min-width: 0;
  }
`;
