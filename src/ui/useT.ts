import { useMemo } from 'react';
import { translator } from '../i18n/catalogues';
import type { Translate } from '../i18n/translate';
import { useViewer } from './StoreContext';

/** The translate function for the instance's current language. */
export function useT(): Translate {
  const lang = useViewer((s) => s.lang);
  return useMemo(() => translator(lang), [lang]);
}
