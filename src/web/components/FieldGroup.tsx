import { suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled, { css } from 'styled-components';

/**
 * A group of fields under one caption (fieldset and legend), laid out like a single field beside
 * it: no frame, the caption styled as a field label, the field spacing below. `$size="small"` for
 * filter bars, where the labels of the dropdowns are small; `$spacing="l"` to end a form section.
 */
export const FieldGroup = styled.fieldset<{ $spacing?: 'm' | 'l' }>`
  min-width: 0;
  margin: 0 0 ${({ $spacing }) => tokens.spacing[$spacing ?? 'm']};
  padding: 0;
  border: 0;
`;

export const FieldGroupLegend = styled.legend<{ $size?: 'small' }>`
  ${({ $size }) => css`
    ${$size === 'small' ? tokens.typography.bodySemiBoldSmall : tokens.typography.bodySemiBold};
  `}
  padding: 0;
  margin-bottom: ${tokens.spacing.xs};
`;
