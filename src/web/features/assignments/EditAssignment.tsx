import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import type { Assignment } from '../../../contract/assignments';
import { useFormErrors } from '../../api/form-errors';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { AssignmentForm } from './AssignmentForm';
import { useAssignmentFormOptions, useUpdateAssignment } from './queries';

type EditAssignmentProps = { assignment: Assignment; onDone: (notice: string | null) => void };

/** Edits the assignment in place of its details; the heading takes focus so the user lands in the form. */
export function EditAssignment({ assignment, onDone }: EditAssignmentProps) {
  const { t } = useTranslation('assignments');
  const options = useAssignmentFormOptions(assignment.employer.id);
  const update = useUpdateAssignment(assignment.id);
  const form = useFormErrors();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <div data-qa="assignment-edit-panel">
      <Heading variant="h3" ref={heading} tabIndex={-1} mb="m">
        {t('form.editTitle')}
      </Heading>
      <ErrorBanner error={options.error} />
      {options.isPending ? <LoadingIndicator /> : null}
      {options.data ? (
        <AssignmentForm
          options={options.data}
          existing={assignment}
          form={form}
          busy={update.isPending}
          onCancel={() => onDone(null)}
          onSubmit={(body) => update.mutate(body, { onSuccess: () => onDone(t('form.saved')), onError: form.showError })}
        />
      ) : null}
    </div>
  );
}
