import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import { css } from 'styled-components';

/** Header, content and footer share one column so their left edges line up. */
export const pageWidth = css`
  width: 100%;
  max-width: 1200px;
  margin: 0 auto;
  padding-left: ${tokens.spacing.m};
  padding-right: ${tokens.spacing.m};
  box-sizing: border-box;
`;
