import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cognitiveDemands, physicalDemands, taskFields, type JobTask, type SkillView } from '../../../contract/opportunities';
import { useFormErrors } from '../../api/form-errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormActions } from '../../components/FormActions';
import { TextField } from '../../components/TextField';
import { FieldRow } from '../client/FieldRow';
import { FormPanel } from '../client/FormPanel';
import { ChoiceGroup } from './ChoiceFields';
import { numberOf } from './opportunity-form';
import { useOpportunityMutation } from './queries';
import { SkillsPicker } from './SkillsPicker';

type TaskFormProps = { title: string; jobId: string; task?: JobTask; onDone: () => void };

/** One task of an employer's job: what is done, in how many hours a week, with which skills and demands. */
export function TaskForm({ title, jobId, task, onDone }: TaskFormProps) {
  const { t } = useTranslation(['opportunities', 'common']);
  const form = useFormErrors();
  const [description, setDescription] = useState(task?.description ?? '');
  const [hours, setHours] = useState(task ? String(task.hoursPerWeek).replace('.', ',') : '');
  const [physical, setPhysical] = useState(task?.physicalDemands ?? []);
  const [cognitive, setCognitive] = useState(task?.cognitiveDemands ?? []);
  const [skills, setSkills] = useState<SkillView[]>(task?.skills ?? []);
  const create = useOpportunityMutation('POST', `/api/jobs/${jobId}/tasks`, { onSuccess: onDone, onError: form.showError });
  const update = useOpportunityMutation('PUT', `/api/job-tasks/${task?.id}`, { onSuccess: onDone, onError: form.showError });

  const submit = () => {
    const body = form.validate(taskFields, {
      description,
      hoursPerWeek: numberOf(hours),
      physicalDemands: physical,
      cognitiveDemands: cognitive,
      skills: skills.map((skill) => ({ uri: skill.uri, label: skill.label })),
    });
    if (!body) return;
    if (task) update.mutate(body);
    else create.mutate(body);
  };

  return (
    <FormPanel title={title} onSubmit={submit} data-qa="task-form">
      <ErrorBanner error={form.error} />
      <FieldRow>
        <TextField
          labelText={t('carving.taskDescription')}
          value={description}
          onChange={setDescription}
          error={form.fieldError('description')}
          fullWidth
          data-qa="task-description"
        />
        <TextField
          labelText={t('carving.taskHours')}
          inputMode="decimal"
          value={hours}
          onChange={setHours}
          error={form.fieldError('hoursPerWeek')}
          data-qa="task-hours"
        />
      </FieldRow>
      <ChoiceGroup
        labelText={t('form.physicalDemands')}
        values={physicalDemands}
        selected={physical}
        onChange={setPhysical}
        label={(demand) => t(`labels.demand.${demand}`)}
        data-qa="task-physical"
      />
      <ChoiceGroup
        labelText={t('form.cognitiveDemands')}
        values={cognitiveDemands}
        selected={cognitive}
        onChange={setCognitive}
        label={(demand) => t(`labels.demand.${demand}`)}
        data-qa="task-cognitive"
      />
      <SkillsPicker
        legend={t('carving.taskSkills')}
        skills={skills}
        onChange={setSkills}
        error={form.fieldError('skills')}
        data-qa="task-skills"
      />
      <FormActions>
        <Button type="submit" busy={create.isPending || update.isPending} data-qa="task-submit">
          {t('common:actions.save')}
        </Button>
        <Button variant="secondary" onClick={onDone} data-qa="task-cancel">
          {t('common:actions.cancel')}
        </Button>
      </FormActions>
    </FormPanel>
  );
}
