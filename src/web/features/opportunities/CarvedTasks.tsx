import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import type { SourceJob } from '../../../contract/opportunities';
import { RecordTable } from '../client/RecordTable';
import { SectionHeader } from '../client/SectionHeader';
import { StatusTag } from '../client/StatusTag';

/** A carved job's source jobs, each with all its tasks: which moved into this job and which stayed. */
export function CarvedTasks({ sourceJobs }: { sourceJobs: readonly SourceJob[] }) {
  const { t, i18n } = useTranslation('opportunities');
  return (
    <section data-qa="carved-tasks">
      <SectionHeader title={t('carvedTasks.title')} />
      <Paragraph mb="m">{t('carvedTasks.intro')}</Paragraph>
      {sourceJobs.map((job) => (
        <RecordTable key={job.id} caption={t('carvedTasks.sourceJob', { title: job.title })} data-qa={`source-job-${job.id}`}>
          <thead>
            <tr>
              <th scope="col">{t('carvedTasks.task')}</th>
              <th scope="col">{t('carvedTasks.hours')}</th>
              <th scope="col">{t('carvedTasks.demands')}</th>
              <th scope="col">{t('carvedTasks.state')}</th>
            </tr>
          </thead>
          <tbody>
            {job.tasks.map((task) => (
              <tr key={task.id} data-qa="source-task" data-moved={task.moved}>
                <td>{task.description}</td>
                <td>{task.hoursPerWeek.toLocaleString(i18n.language)}</td>
                <td>{[...task.physicalDemands, ...task.cognitiveDemands].map((demand) => t(`labels.demand.${demand}`)).join(', ')}</td>
                <td>
                  <StatusTag tone={task.moved ? 'success' : 'neutral'}>
                    {task.moved ? t('carvedTasks.moved') : t('carvedTasks.stayed')}
                  </StatusTag>
                </td>
              </tr>
            ))}
          </tbody>
        </RecordTable>
      ))}
    </section>
  );
}
