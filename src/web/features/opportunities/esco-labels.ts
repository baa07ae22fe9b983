import { useTranslation } from 'react-i18next';
import type { EscoLabels } from '../../../contract/esco';
import { isLanguage } from '../../i18n/languages';

/** A reference label in the UI language (Finnish when the UI language is not one of ours). */
export function useEscoLabel() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  return { language, label: (labels: EscoLabels) => labels[language] };
}

/** A skill as the employer named it or, for an ESCO skill, its reference label in the UI language. */
export function useSkillLabel() {
  const { label } = useEscoLabel();
  return (skill: { label: string; labels?: EscoLabels | null }) => (skill.labels ? label(skill.labels) : skill.label);
}
