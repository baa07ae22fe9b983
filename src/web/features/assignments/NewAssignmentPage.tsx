import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useFormErrors } from '../../api/form-errors';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import type { FlashState } from '../admin/flash-notice';
import { AssignmentForm } from './AssignmentForm';
import { EmployerPicker } from './EmployerPicker';
import { useAssignmentFormOptions, useCreateAssignment } from './queries';
import { useAssignmentFormat } from './use-assignment-format';

/** /assignments/new: choose the employer (or come from its page with ?employerId=), then record the request. */
export function NewAssignmentPage() {
  const { t } = useTranslation('assignments');
  const employerId = useSearchParams()[0].get('employerId');
  return (
    <div data-qa="new-assignment-page">
      <PageHeading>{t('form.newTitle')}</PageHeading>
      <Paragraph mb="l">{t('form.newIntro')}</Paragraph>
      {employerId ? <NewAssignmentForm employerId={employerId} /> : <EmployerPicker />}
    </div>
  );
}

function NewAssignmentForm({ employerId }: { employerId: string }) {
  const { t } = useTranslation('assignments');
  const navigate = useNavigate();
  const format = useAssignmentFormat();
  const options = useAssignmentFormOptions(employerId);
  const form = useFormErrors();
  const create = useCreateAssignment(employerId);

  return (
    <section aria-labelledby="assignment-employer-heading">
      <Heading variant="h2" id="assignment-employer-heading" mb="xs" data-qa="assignment-employer">
        {options.data?.employer.name ?? t('form.employer')}
      </Heading>
      <Paragraph mb="l">
        <RouterLink asComponent={Link} to="/assignments/new" data-qa="change-employer">
          {t('form.changeEmployer')}
        </RouterLink>
      </Paragraph>
      <ErrorBanner error={options.error} messages={{ not_found: t('page.notFound'), validation: t('page.notFound') }} />
      {options.isPending ? <LoadingIndicator /> : null}
      {options.data ? (
        <AssignmentForm
          options={options.data}
          form={form}
          busy={create.isPending}
          onCancel={() => void navigate(-1)}
          onSubmit={(body) =>
            create.mutate(body, {
              onSuccess: (assignment) => {
                const state: FlashState = { notice: t('form.created', { due: format.dateTime(assignment.responseDueAt) }) };
                void navigate(`/assignments/${assignment.id}`, { state });
              },
              onError: form.showError,
            })
          }
        />
      ) : null}
    </section>
  );
}
