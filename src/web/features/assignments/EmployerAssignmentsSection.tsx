import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SectionHeader } from '../client/SectionHeader';
import { AssignmentTable } from './AssignmentTable';
import { useAssignmentBoard } from './queries';

const pageSize = 10;

/** The employer page's assignments: this employer's requests and their response times, and a way to record a new one. */
export function EmployerAssignmentsSection({ employerId }: { employerId: string }) {
  const { t } = useTranslation('assignments');
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const assignments = useAssignmentBoard({ employerId, page, pageSize, sort: 'received' });
  return (
    <section data-qa="employer-assignments">
      <SectionHeader title={t('employerSection.title')}>
        <Button onClick={() => void navigate(`/assignments/new?employerId=${employerId}`)} data-qa="employer-new-assignment">
          {t('employerSection.newAssignment')}
        </Button>
      </SectionHeader>
      <ErrorBanner error={assignments.error} />
      <AssignmentTable
        caption={t('employerSection.caption')}
        rows={assignments.data?.items ?? []}
        total={assignments.data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        onPageChange={setPage}
        loading={assignments.isFetching}
        emptyText={t('employerSection.empty')}
        showEmployer={false}
        data-qa="employer-assignment-table"
      />
    </section>
  );
}
