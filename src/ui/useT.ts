import { useMemo } from 'react';
import { languagePack } from '../i18n/catalogues';
import type { MessageKey } from '../i18n/locales/en';
import { formatMessage, type MessageParams, type Translate } from '../i18n/translate';
import { useViewer } from './StoreContext';

/** The translate function for the instance's current language. */
export function useT(): Translate {
  const lang = useViewer((s) => s.lang);
  return useMemo(() => {
    const pack = languagePack(lang);
    return (key: MessageKey, params?: MessageParams) => formatMessage(pack.messages[key], pack.code, params);
  }, [lang]);
}
