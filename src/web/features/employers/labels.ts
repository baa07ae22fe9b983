import { useTranslation } from 'react-i18next';
import type { EmployerStage } from '../../../contract/employers';
import { isLanguage } from '../../i18n/languages';
import type { Tone } from '../client/StatusTag';
import { municipalityName } from '../client/municipality-name';
import { useMunicipalities } from '../client/queries';
import { useIndustrySections } from './queries';

/** Later stages read as progress; the colour only repeats what the words say. */
export const stageTones: Record<EmployerStage, Tone> = {
  identified: 'neutral',
  contacted: 'highlight',
  met: 'highlight',
  cooperating: 'success',
  recruited: 'success',
};

/** Names of sections and municipalities in the UI language, from the reference lists. */
export function useEmployerLabels() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const sections = useIndustrySections().data?.items;
  const municipalities = useMunicipalities().data?.items;
  return {
    sectionName: (code: string | null) => {
      if (!code) return '';
      const section = sections?.find((candidate) => candidate.code === code);
      return section ? section.name[language] : code;
    },
    municipality: (code: string | null) => (code ? municipalityName(municipalities, code, language) : ''),
  };
}
