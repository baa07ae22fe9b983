import { useTranslation } from 'react-i18next';
import { followUpInformationSources } from '../../../contract/enrolments';
import { DropdownField } from '../../components/DropdownField';

type Source = (typeof followUpInformationSources)[number];

/** Where a follow-up's result came from; shared by the task list and the follow-up form on the client page. */
export function InformationSourceField(props: {
  value: Source | null;
  onChange: (value: Source) => void;
  error?: string;
  optional?: boolean;
}) {
  const { t } = useTranslation('tasks');
  return (
    <DropdownField
      labelText={t('informationSource')}
      options={followUpInformationSources.map((source) => ({ value: source, label: t(`sources.${source}`) }))}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      optional={props.optional}
      data-qa="follow-up-information-source"
    />
  );
}

/** The source of a recorded follow-up, in parentheses after its situation. */
export function InformationSourceLabel({ source }: { source: Source }) {
  const { t } = useTranslation('tasks');
  return <span data-qa="follow-up-source">({t(`sources.${source}`)})</span>;
}
