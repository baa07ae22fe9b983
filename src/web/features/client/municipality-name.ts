import type { Locale } from '../../../contract/common';
import type { Municipality } from '../../../contract/reference';

/** Municipality names exist in Finnish and Swedish; English uses the Finnish name. */
export function municipalityName(municipalities: readonly Municipality[] | undefined, code: string, language: string): string {
  const municipality = municipalities?.find((candidate) => candidate.code === code);
  if (!municipality) return code;
  return (language as Locale) === 'sv' ? municipality.name.sv : municipality.name.fi;
}
