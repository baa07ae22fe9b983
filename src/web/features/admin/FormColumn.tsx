import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';

/** The administration forms read top to bottom in one column of comfortable width. */
export const FormColumn = styled.div`
  max-width: 560px;
  margin-bottom: ${tokens.spacing.m};
`;
