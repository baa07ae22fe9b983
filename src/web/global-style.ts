import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import { createGlobalStyle } from 'styled-components';

export const GlobalStyle = createGlobalStyle`
  html {
    background: ${tokens.colors.depthLight3};
  }
  body {
    ${tokens.typography.bodyText};
    margin: 0;
    color: ${tokens.colors.blackBase};
    background: ${tokens.colors.whiteBase};
  }
  /* Anything not styled by suomifi still shows where the keyboard is. */
  a:focus-visible,
  button:focus-visible,
  [tabindex]:not([tabindex='-1']):focus-visible {
    outline: 2px solid ${tokens.colors.accentSecondary};
    outline-offset: 2px;
  }
`;
