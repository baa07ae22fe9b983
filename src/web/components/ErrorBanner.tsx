import { useTranslation } from 'react-i18next';
import { Notification } from 'suomifi-ui-components';
import { errorMessageOf, type ErrorTextOverrides } from '../api/error-message';

type ErrorBannerProps = {
  /** Any caught error; nothing is shown while it is null or undefined. */
  error: unknown;
  /** Page-specific wording for some codes, e.g. { unauthenticated: t('auth:login.failed') }. */
  messages?: ErrorTextOverrides;
};

/** The page-level error of a form or a query. Field errors are shown next to their fields as well. */
export function ErrorBanner({ error, messages }: ErrorBannerProps) {
  const { t } = useTranslation(['common', 'errors']);
  return (
    // The live region stays mounted so that a message appearing inside it is announced.
    <div role="alert" data-qa="error-banner">
      {error ? (
        <Notification status="error" showCloseButton={false} mb="m">
          {errorMessageOf(error, t, messages)}
        </Notification>
      ) : null}
    </div>
  );
}
