import { useTranslation } from 'react-i18next';
import type { MatchLabels } from '../../../contract/match-lists';
import type { HardFilter, MatchComponent } from '../../../contract/matching';
import { formatDate } from '../../format';
import { isLanguage } from '../../i18n/languages';
import { languageName } from '../client/profile/languages';
import { useEmployerLabels } from '../employers/labels';

/** Finnish decimals in every language: 37,5 h — the way the rest of the product shows numbers. */
const number = (value: number, language: string) => value.toLocaleString(language === 'en' ? 'en-GB' : `${language}-FI`);

const missingShown = 6;

/** Each score component and hard filter in words: what was asked, what the person has, what is missing. */
export function useExplanationText(labels: MatchLabels) {
  const { t, i18n } = useTranslation(['matching', 'opportunities']);
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  const { sectionName } = useEmployerLabels();
  const skill = (uri: string) => labels.skills[uri]?.[language] ?? uri;
  const occupation = (uri: string | null, iscoCode: string | null) =>
    uri ? (labels.occupations[uri]?.[language] ?? uri) : `ISCO ${iscoCode ?? ''}`;
  const list = (items: string[]) => items.join(', ');
  /** An occupation can list dozens of skills: the first few missing ones say enough. */
  const shortList = (items: string[]) =>
    items.length <= missingShown
      ? list(items)
      : `${list(items.slice(0, missingShown))} ${t('explanation.more', { count: items.length - missingShown })}`;
  const skillLines = (matched: { uri: string }[], missing: string[]) => {
    if (matched.length === 0 && missing.length === 0) return [t('explanation.noRequirements')];
    return [
      ...(matched.length ? [t('explanation.has', { list: list(matched.map((item) => skill(item.uri))) })] : []),
      ...(missing.length ? [t('explanation.lacks', { list: shortList(missing.map(skill)) })] : []),
    ];
  };
  const licence = (code: string) => t(`opportunities:labels.licence.${code}` as 'opportunities:labels.licence.forklift');
  const demand = (code: string) => t(`opportunities:labels.demand.${code}` as 'opportunities:labels.demand.night_work');

  function details(component: MatchComponent): string[] {
    switch (component.kind) {
      case 'occupation': {
        const text = t(`explanation.fit.${component.fit}`, {
          occupation: occupation(component.personOccupationUri, component.personIscoCode),
        });
        return [component.pastOccupation ? t('explanation.fit.past', { text }) : text];
      }
      case 'essential_skills':
      case 'optional_skills':
        return skillLines(component.matched, component.missing);
      case 'languages':
        if (component.languages.length === 0) return [t('explanation.noRequirements')];
        return component.languages.map((entry) =>
          t('explanation.language', {
            language: languageName(entry.code, language),
            required: entry.required,
            held: entry.held ?? t('explanation.languageMissing'),
          }),
        );
      case 'licences':
        if (component.held.length === 0 && component.missing.length === 0) return [t('explanation.noRequirements')];
        return [
          ...(component.held.length ? [t('explanation.held', { list: list(component.held.map(licence)) })] : []),
          ...(component.missing.length ? [t('explanation.lacks', { list: list(component.missing.map(licence)) })] : []),
        ];
      case 'hours': {
        const wish =
          component.preferredMin === null && component.preferredMax === null
            ? t('explanation.anyHours')
            : `${component.preferredMin === null ? '' : number(component.preferredMin, language)}–${component.preferredMax === null ? '' : number(component.preferredMax, language)} h`;
        const lines = [
          component.hoursPerWeek === null
            ? t('explanation.hoursNotStated')
            : t('explanation.hours', { hours: number(component.hoursPerWeek, language), wish }),
        ];
        if (component.workingTimeForm && component.formAccepted !== null) {
          lines.push(
            t('explanation.form', {
              form: t(`opportunities:labels.workingTimeForm.${component.workingTimeForm}`),
              answer: component.formAccepted ? t('explanation.formAccepted') : t('explanation.formNotAccepted'),
            }),
          );
        }
        return lines;
      }
      case 'start_date':
        if (component.startDate === null) return [t('explanation.startUnknown')];
        return [
          t('explanation.start', {
            start: formatDate(component.startDate),
            earliest: component.earliestStart ? formatDate(component.earliestStart) : t('explanation.anyTime'),
          }),
          ...(component.daysTooEarly > 0 ? [t('explanation.tooEarly', { days: component.daysTooEarly })] : []),
        ];
      case 'commute':
        return [
          component.distanceKm === null
            ? t('explanation.commuteUnknown', { max: number(component.maxKm, language) })
            : t('explanation.commute', { km: number(component.distanceKm, language), max: number(component.maxKm, language) }),
        ];
      case 'preferences': {
        const lines: string[] = [];
        if (component.industrySection) {
          const answer =
            component.sectorPreferred === null
              ? t('explanation.sectorAny')
              : component.sectorPreferred
                ? t('explanation.sectorWanted')
                : t('explanation.sectorNotWanted');
          lines.push(t('explanation.sector', { section: sectionName(component.industrySection), answer }));
        }
        if (component.remoteWanted) {
          const answer = component.remotePossible ? t('explanation.remotePossible') : t('explanation.remoteNotPossible');
          lines.push(t('explanation.remote', { answer }));
        }
        return lines.length ? lines : [t('explanation.noRequirements')];
      }
    }
  }

  function filter(hardFilter: HardFilter): string {
    switch (hardFilter.filter) {
      case 'demand_avoided':
        return t('explanation.filter.demand_avoided', { demand: demand(hardFilter.demand) });
      case 'licence_missing':
        return t('explanation.filter.licence_missing', { licence: licence(hardFilter.licence) });
      case 'beyond_commute':
        return t('explanation.filter.beyond_commute', {
          km: number(hardFilter.distanceKm, language),
          max: number(hardFilter.maxKm, language),
        });
    }
  }

  return { details, filter, number: (value: number) => number(value, language) };
}
