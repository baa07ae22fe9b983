import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';

/**
 * A group of fields under one caption (fieldset and legend), laid out like a single field beside
 * it: no frame, the field spacing below; `$spacing="l"` to end a form section.
 */
export const FieldGroup = styled.fieldset<{ $spacing?: 'm' | 'l' }>`
  min-width: 0;
  margin: 0 0 ${({ $spacing }) => tokens.spacing[$spacing ?? 'm']};
  padding: 0;
  border: 0;
`;

export const FieldGroupLegend = styled.legend`
  ${tokens.typography.bodySemiBold};
  padding: 0;
  margin-bottom: ${tokens.spacing.xs};
`;
