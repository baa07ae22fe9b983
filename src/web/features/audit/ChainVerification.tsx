import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Heading, Notification, Paragraph } from 'suomifi-ui-components';
import type { z } from 'zod';
import type { auditVerification } from '../../../contract/audit';
import { apiGet } from '../../api/client';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDateTime } from '../../format';
import { isLanguage } from '../../i18n/languages';

type Verification = z.infer<typeof auditVerification> & { checkedAt: Date };

/** Recomputes the hash chain on request: reading the whole log is too heavy to run on every visit. */
export function ChainVerification() {
  const { t, i18n } = useTranslation('audit');
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const verify = useMutation({
    mutationFn: async (): Promise<Verification> => ({
      ...(await apiGet<z.infer<typeof auditVerification>>('/api/audit/verify')),
      checkedAt: new Date(),
    }),
  });
  const result = verify.data;

  return (
    <section aria-labelledby="audit-chain-title" data-qa="audit-chain">
      <Heading variant="h2" mb="s" id="audit-chain-title">
        {t('chain.title')}
      </Heading>
      <Paragraph mb="m">{t('chain.intro')}</Paragraph>
      <Button variant="secondary" mb="m" busy={verify.isPending} onClick={() => verify.mutate()} data-qa="audit-chain-run">
        {t('chain.run')}
      </Button>
      <ErrorBanner error={verify.error} />
      {/* Mounted from the start so that the result is announced when it arrives. */}
      <div role="status" data-qa="audit-chain-result">
        {result ? (
          <Notification
            status={result.problems.length === 0 ? 'neutral' : 'error'}
            showCloseButton={false}
            headingText={
              result.problems.length === 0
                ? t('chain.intact', { count: result.entries })
                : t('chain.broken', { count: result.problems.length })
            }
            mb="m"
          >
            {result.problems.length > 0 ? (
              <ul data-qa="audit-chain-problems">
                {result.problems.map((problem) => (
                  <li key={`${problem.sequence}-${problem.problem}`}>
                    {`${t('chain.sequence')} ${problem.sequence}: ${t(`chain.problems.${problem.problem}`)}`}
                  </li>
                ))}
              </ul>
            ) : null}
            {t('chain.checkedAt', { time: formatDateTime(result.checkedAt, language) })}
          </Notification>
        ) : null}
      </div>
    </section>
  );
}
