import { useTranslation } from 'react-i18next';
import { fi } from './texts';

type KnownAction = keyof typeof fi.actions;

/** 'client.identity_code.read' → 'client_identity_code_read': i18next reads dots in keys as nesting. */
const keyOf = (action: string) => action.replaceAll('.', '_');
const isKnown = (key: string): key is KnownAction => key in fi.actions;

/** An audit action in plain words; a key without a translation is shown as it is rather than hidden. */
export function useActionName() {
  const { t } = useTranslation('audit');
  return (action: string): string => {
    const key = keyOf(action);
    return isKnown(key) ? t(`actions.${key}`) : action;
  };
}
