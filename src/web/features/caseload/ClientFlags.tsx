import { useTranslation } from 'react-i18next';
import { IconCalendar, IconWarning, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { CaseloadRow } from '../../../contract/caseload';
import { formatDate } from '../../format';

/** What needs doing besides the next meeting: IPS's first employer contact and follow-ups that have come due. */
export function ClientFlags({ row }: { row: CaseloadRow }) {
  const { t } = useTranslation('caseload');
  const contactDue = row.firstEmployerContactDueOn ? formatDate(row.firstEmployerContactDueOn) : null;
  const contactStatus = row.firstEmployerContactStatus;
  const flags = [
    contactDue && contactStatus === 'overdue'
      ? { key: 'employer-contact-overdue', urgent: true, text: t('flags.firstEmployerContactOverdue', { date: contactDue }) }
      : null,
    contactDue && contactStatus === 'due_soon'
      ? { key: 'employer-contact-due-soon', urgent: false, text: t('flags.firstEmployerContactDueSoon', { date: contactDue }) }
      : null,
    row.followUpsDue > 0 ? { key: 'follow-ups-due', urgent: true, text: t('flags.followUpsDue', { count: row.followUpsDue }) } : null,
  ].filter((flag) => flag !== null);
  if (flags.length === 0) return null;
  return (
    <List>
      {flags.map((flag) => (
        <Flag key={flag.key} data-qa={`flag-${flag.key}`}>
          {flag.urgent ? <IconWarning fill={tokens.colors.alertBase} /> : <IconCalendar fill={tokens.colors.depthDark1} />}
          {flag.text}
        </Flag>
      ))}
    </List>
  );
}

const List = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  display: flex;
  flex-direction: column;
  gap: ${tokens.spacing.xxs};
`;

const Flag = styled.li`
  display: flex;
  align-items: flex-start;
  gap: ${tokens.spacing.xxs};

  .fi-icon {
    flex: none;
    width: 16px;
    height: 16px;
    margin-top: 2px;
  }
`;
