import type { TFunction } from 'i18next';
import type { IscedLevel } from '../../../contract/reference';
import type { Option } from '../../components/options';

export type YesNo = 'yes' | 'no';
export const yesNo: readonly YesNo[] = ['yes', 'no'];

/** ISCED labels come in Finnish and English; Swedish readers get the English one. */
export function iscedOptions(levels: readonly IscedLevel[], language: string): Option[] {
  return levels.map((level) => ({
    value: String(level.level),
    label: `${level.level} – ${language === 'fi' ? level.label.fi : level.label.en}`,
  }));
}

export function booleanLabel(t: TFunction<'esf'>, value: boolean): string {
  return t(`labels.boolean.${value ? 'yes' : 'no'}`);
}
