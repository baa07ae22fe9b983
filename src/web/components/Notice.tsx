import type { ReactNode } from 'react';
import { Notification } from 'suomifi-ui-components';

type NoticeProps = { children: ReactNode; headingText?: string; 'data-qa'?: string };

/** A neutral message such as "Password changed", announced politely to screen readers. */
export function Notice({ children, headingText, ...rest }: NoticeProps) {
  return (
    <div role="status" data-qa={rest['data-qa']}>
      <Notification status="neutral" showCloseButton={false} headingText={headingText} mb="m">
        {children}
      </Notification>
    </div>
  );
}
