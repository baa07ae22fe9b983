import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { EmployerJob, JobTask } from '../../../contract/opportunities';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SectionHeader } from '../client/SectionHeader';
import { useSkillLabel } from './esco-labels';
import { JobForm } from './JobForm';
import { useOpportunityMutation } from './queries';
import { TaskForm } from './TaskForm';

export type CarvingEdit =
  { kind: 'rename-job' | 'new-task'; jobId: string } | { kind: 'edit-task'; taskId: string } | { kind: 'new-job' } | null;

type JobCardProps = {
  job: EmployerJob;
  picked: readonly string[];
  onPick: (taskId: string, picked: boolean) => void;
  editing: CarvingEdit;
  setEditing: (edit: CarvingEdit) => void;
};

/** One of the employer's existing jobs with its tasks; a task's checkbox moves it into the carved job. */
export function JobCard({ job, picked, onPick, editing, setEditing }: JobCardProps) {
  const { t, i18n } = useTranslation(['opportunities', 'common']);
  const skillLabel = useSkillLabel();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const removeJob = useOpportunityMutation('DELETE', `/api/jobs/${job.id}`, { onSuccess: () => setConfirmingDelete(false) });
  const removeTask = useOpportunityMutation<string>('DELETE', (taskId) => `/api/job-tasks/${taskId}`);
  const idle = editing === null;
  /** Hours, demands, skills and where the task has moved: read with the checkbox as its description. */
  const factsOf = (task: JobTask) =>
    [
      t('details.hours', { hours: task.hoursPerWeek.toLocaleString(i18n.language) }),
      ...[...task.physicalDemands, ...task.cognitiveDemands].map((demand) => t(`labels.demand.${demand}`)),
      ...task.skills.map(skillLabel),
      ...(task.carvedInto.length > 0
        ? [t('carving.carvedInto', { titles: task.carvedInto.map((carving) => carving.title).join(', ') })]
        : []),
    ].join(' · ');
  const editedTask = editing?.kind === 'edit-task' ? job.tasks.find((task) => task.id === editing.taskId) : undefined;

  return (
    <Card aria-label={job.title} data-qa={`job-${job.id}`}>
      <SectionHeader title={job.title} level="h3">
        {idle ? (
          <>
            <Button variant="secondaryNoBorder" onClick={() => setEditing({ kind: 'rename-job', jobId: job.id })} data-qa="job-rename">
              {t('carving.renameJob')}
            </Button>
            <Button variant="secondaryNoBorder" onClick={() => setConfirmingDelete(true)} data-qa="job-delete">
              {t('carving.deleteJob')}
            </Button>
          </>
        ) : null}
      </SectionHeader>
      {editing?.kind === 'rename-job' && editing.jobId === job.id ? (
        <JobForm employerId={job.employerId} job={job} onDone={() => setEditing(null)} />
      ) : null}
      <ErrorBanner error={removeTask.error ?? removeJob.error} />
      {job.tasks.length === 0 ? <Paragraph mb="s">{t('carving.noTasks')}</Paragraph> : null}
      {job.tasks.length > 0 ? (
        <Tasks aria-label={t('carving.tasksOf', { title: job.title })} data-qa="job-tasks">
          {job.tasks.map((task) => (
            <li key={task.id} data-qa={`task-${task.id}`}>
              <CheckboxField
                mb="0"
                label={task.description}
                hintText={factsOf(task)}
                checked={picked.includes(task.id)}
                onChange={(checked) => onPick(task.id, checked)}
                aria-label={t('carving.pick', { description: task.description })}
                data-qa="task-pick"
              />
              {idle ? (
                <RowActions>
                  <Button
                    variant="secondaryNoBorder"
                    onClick={() => setEditing({ kind: 'edit-task', taskId: task.id })}
                    aria-label={`${t('carving.editTask')}: ${task.description}`}
                    data-qa="task-edit"
                  >
                    {t('common:actions.edit')}
                  </Button>
                  {task.carvedInto.length === 0 ? (
                    <Button
                      variant="secondaryNoBorder"
                      onClick={() => removeTask.mutate(task.id)}
                      aria-label={`${t('carving.deleteTask')}: ${task.description}`}
                      data-qa="task-delete"
                    >
                      {t('common:actions.delete')}
                    </Button>
                  ) : null}
                </RowActions>
              ) : null}
            </li>
          ))}
        </Tasks>
      ) : null}
      {editedTask ? (
        <TaskForm
          title={t('carving.editTaskTitle', { description: editedTask.description })}
          jobId={job.id}
          task={editedTask}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {editing?.kind === 'new-task' && editing.jobId === job.id ? (
        <TaskForm title={t('carving.newTask', { title: job.title })} jobId={job.id} onDone={() => setEditing(null)} />
      ) : null}
      {idle ? (
        <Button variant="secondary" onClick={() => setEditing({ kind: 'new-task', jobId: job.id })} data-qa="task-add">
          {t('carving.addTask')}
        </Button>
      ) : null}
      <ConfirmDialog
        visible={confirmingDelete}
        title={t('carving.deleteJob')}
        confirmText={t('carving.deleteJob')}
        onConfirm={() => removeJob.mutate(undefined)}
        onCancel={() => setConfirmingDelete(false)}
        busy={removeJob.isPending}
        data-qa="job-delete-dialog"
      >
        <Paragraph>{t('carving.deleteJobConfirm', { title: job.title })}</Paragraph>
        <ErrorBanner error={removeJob.error} />
      </ConfirmDialog>
    </Card>
  );
}

const Card = styled.article`
  margin-bottom: ${tokens.spacing.l};
  padding: ${tokens.spacing.m};
  border: 1px solid ${tokens.colors.depthLight1};
  background: ${tokens.colors.whiteBase};
`;

const Tasks = styled.ul`
  list-style: none;
  margin: 0 0 ${tokens.spacing.m};
  padding: 0;

  li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: flex-start;
    gap: ${tokens.spacing.s};
    padding: ${tokens.spacing.s} 0;
    border-bottom: 1px solid ${tokens.colors.depthLight2};
  }
  li > :first-child {
    flex: 1 1 320px;
  }
`;

const RowActions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${tokens.spacing.xxs};
`;
