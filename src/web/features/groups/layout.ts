import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';

/** One part of the group page: details, participants or sessions. */
export const GroupSection = styled.section`
  margin-bottom: ${tokens.spacing.xl};
`;

/** A small form under a section's table, e.g. adding a participant or recording a session. */
export const SubPanel = styled.form`
  max-width: 560px;
  margin: 0 0 ${tokens.spacing.l};
  padding: ${tokens.spacing.m};
  border: 1px solid ${tokens.colors.depthLight1};
  border-left: 4px solid ${tokens.colors.highlightBase};
  background: ${tokens.colors.whiteBase};
`;
