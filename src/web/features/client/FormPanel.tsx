import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { Heading, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';

type FormPanelProps = {
  title: string;
  onSubmit: () => void;
  children: ReactNode;
  'data-qa'?: string;
};

/**
 * A form opened in place from a section's action button. Its heading takes focus when it opens,
 * so keyboard and screen-reader users land in the form they asked for.
 */
export function FormPanel({ title, onSubmit, children, 'data-qa': dataQa }: FormPanelProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Panel aria-labelledby={headingId} onSubmit={submit} noValidate data-qa={dataQa}>
      <FocusableHeading variant="h3" id={headingId} ref={headingRef} tabIndex={-1} mb="m">
        {title}
      </FocusableHeading>
      {children}
    </Panel>
  );
}

const Panel = styled.form`
  margin: 0 0 ${tokens.spacing.l};
  padding: ${tokens.spacing.m};
  border: 1px solid ${tokens.colors.depthLight1};
  border-left: 4px solid ${tokens.colors.highlightBase};
  background: ${tokens.colors.whiteBase};
`;

const FocusableHeading = styled(Heading)`
  &:focus {
    outline: none;
  }
`;
