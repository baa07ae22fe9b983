import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';

/** The row of buttons under a form: primary action first, then the way out. */
export const FormActions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.s};
  margin-top: ${tokens.spacing.l};
`;
