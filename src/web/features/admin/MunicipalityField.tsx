import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Municipality } from '../../../contract/reference';
import { TextField } from '../../components/TextField';

type MunicipalityFieldProps = {
  labelText: string;
  hintText: string;
  municipalities: readonly Municipality[];
  /** The municipality's name as typed or picked. */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  'data-qa': string;
};

/**
 * An optional municipality, typed with the browser's own suggestion list (a datalist) so that
 * the 300-odd names can be found by typing and the field stays a plain, accessible text input.
 */
export function MunicipalityField({ labelText, hintText, municipalities, value, onChange, error, ...rest }: MunicipalityFieldProps) {
  const { i18n } = useTranslation();
  const listId = useId();
  const nameLanguage = i18n.language === 'sv' ? 'sv' : 'fi';
  const names = municipalities
    .map((municipality) => municipality.name[nameLanguage])
    .sort((first, second) => first.localeCompare(second, nameLanguage));
  return (
    <>
      <TextField
        labelText={labelText}
        hintText={hintText}
        optional
        value={value}
        onChange={onChange}
        error={error}
        list={listId}
        autoComplete="off"
        fullWidth
        data-qa={rest['data-qa']}
      />
      <datalist id={listId}>
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}

/** '' when none; the code of a municipality named in Finnish or Swedish (or given by code); else the text, which the schema refuses. */
export function municipalityCodeOf(text: string, municipalities: readonly Municipality[]): string {
  const wanted = text.trim().toLocaleLowerCase('fi');
  if (wanted === '') return '';
  const match = municipalities.find(
    (municipality) =>
      municipality.code === wanted ||
      municipality.name.fi.toLocaleLowerCase('fi') === wanted ||
      municipality.name.sv.toLocaleLowerCase('sv') === wanted,
  );
  return match?.code ?? text;
}
