import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { educationFieldLabels, type CompetenceProfile } from '../../../../contract/competence-profiles';
import type { IndustrySectionName, IscedLevel } from '../../../../contract/reference';
import { formatDate } from '../../../format';
import { isLanguage } from '../../../i18n/languages';
import { useEscoLabel } from '../../opportunities/esco-labels';
import { languageName } from '../profile/languages';
import { SummaryList } from '../SummaryList';

type ProfileViewProps = {
  profile: CompetenceProfile;
  iscedLevels: readonly IscedLevel[];
  sectionNames: readonly IndustrySectionName[];
};

/** The profile read-only, part by part; "not recorded" where a part is empty. */
export function ProfileView({ profile, iscedLevels, sectionNames }: ProfileViewProps) {
  const { t, i18n } = useTranslation(['competenceProfile', 'opportunities']);
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const { label } = useEscoLabel();
  const none = t('none');
  const list = (items: string[], qa?: string) => (items.length === 0 ? none : <span data-qa={qa}>{items.join(', ')}</span>);
  const { preferences } = profile;
  const iscedName = (level: number) => {
    const found = iscedLevels.find((candidate) => candidate.level === level);
    return found ? `${level} – ${language === 'en' ? found.label.en : found.label.fi}` : String(level);
  };
  const number = (value: number | null) => (value === null ? '' : new Intl.NumberFormat(i18n.language).format(value));
  const hours =
    preferences.hoursPerWeekMin === null && preferences.hoursPerWeekMax === null
      ? none
      : t('preferences.hoursRange', { min: number(preferences.hoursPerWeekMin), max: number(preferences.hoursPerWeekMax) });
  const commute = [
    preferences.maxCommuteKm === null ? null : `${preferences.maxCommuteKm} km`,
    preferences.maxCommuteMinutes === null ? null : `${preferences.maxCommuteMinutes} min`,
  ].filter((part) => part !== null);
  const yesNo = (value: boolean) => (value ? t('yes') : t('no'));

  return (
    <div data-qa="competence-view">
      <Heading variant="h3" mb="s">
        {t('sections.occupations')}
      </Heading>
      <SummaryList
        items={[
          {
            label: t('parts.occupationsOfInterest'),
            value: list(
              profile.occupationsOfInterest.map((occupation) => `${label(occupation.label)} (ISCO ${occupation.iscoCode})`),
              'competence-occupations',
            ),
          },
          { label: t('parts.pastOccupations'), value: list(profile.pastOccupations.map((occupation) => label(occupation.label))) },
        ]}
      />
      <Heading variant="h3" mb="s">
        {t('sections.skillsAndEducation')}
      </Heading>
      <SummaryList
        columns={1}
        items={[
          {
            label: t('parts.skills'),
            value: list(
              profile.skills.map((skill) => `${skill.label ? label(skill.label) : skill.uri} (${t(`skills.levels.${skill.level}`)})`),
              'competence-skills',
            ),
          },
          {
            label: t('sections.education'),
            value: list(
              profile.education.map((entry) =>
                [
                  entry.qualification,
                  iscedName(entry.iscedLevel),
                  entry.field ? educationFieldLabels[entry.field][language] : null,
                  entry.completedYear,
                ]
                  .filter((part) => part !== null && part !== '')
                  .join(', '),
              ),
            ),
          },
        ]}
      />
      <SummaryList
        items={[
          {
            label: t('sections.licences'),
            value: list(
              profile.licences.map((licence) => t(`opportunities:labels.licence.${licence}`)),
              'competence-licences',
            ),
          },
          {
            label: t('sections.languages'),
            value: list(
              profile.languages.map((entry) => `${languageName(entry.code, i18n.language)} ${entry.level}`),
              'competence-languages',
            ),
          },
        ]}
      />
      <Heading variant="h3" mb="s">
        {t('sections.workHistory')}
      </Heading>
      <SummaryList
        columns={1}
        items={[
          {
            label: t('sections.workHistory'),
            value: list(
              profile.workHistory.map(
                (work) =>
                  `${work.title}, ${work.employerName} ${formatDate(work.from)}–${work.to ? formatDate(work.to) : t('work.ongoing')}` +
                  (work.occupation ? ` (${label(work.occupation.label)})` : ''),
              ),
              'competence-work-history',
            ),
          },
        ]}
      />
      <Heading variant="h3" mb="s">
        {t('sections.preferences')}
      </Heading>
      <SummaryList
        items={[
          {
            label: t('preferences.industrySections'),
            value: list(
              preferences.industrySections.map((code) => sectionNames.find((section) => section.code === code)?.name[language] ?? code),
            ),
          },
          { label: t('preferences.hours'), value: <span data-qa="competence-hours">{hours}</span> },
          { label: t('preferences.partTimeOk'), value: yesNo(preferences.partTimeOk) },
          { label: t('preferences.shiftWorkOk'), value: yesNo(preferences.shiftWorkOk) },
          { label: t('preferences.remoteWanted'), value: yesNo(preferences.remoteWanted) },
          { label: t('preferences.commute'), value: commute.length === 0 ? none : commute.join(' / ') },
          {
            label: t('preferences.earliestStartDate'),
            value: preferences.earliestStartDate ? formatDate(preferences.earliestStartDate) : none,
          },
        ]}
      />
      <Heading variant="h3" mb="s">
        {t('sections.demandsToAvoid')}
      </Heading>
      <SummaryList
        columns={1}
        items={[
          {
            label: t('parts.demandsToAvoid'),
            value: list(
              profile.demandsToAvoid.map((demand) => t(`opportunities:labels.demand.${demand}`)),
              'competence-demands',
            ),
          },
        ]}
      />
    </div>
  );
}
