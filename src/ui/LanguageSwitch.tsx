import { useId, useRef, useState } from 'react';
import { LANGUAGES, languageName, loadLanguage } from '../i18n/catalogues';
import { useViewer } from './StoreContext';
import { useT } from './useT';

/** The language switch: the chosen language is loaded first (its own chunk), then applied. */
export function LanguageSwitch() {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  const setLang = useViewer((s) => s.setLang);
  const [failed, setFailed] = useState(false);
  const failedId = useId();
  // The last choice wins, whichever language's chunk arrives first.
  const wanted = useRef(lang);
  const choose = (code: string) => {
    setFailed(false);
    wanted.current = code;
    loadLanguage(code).then(
      (pack) => { if (wanted.current === code) setLang(pack.code); },
      () => { if (wanted.current === code) setFailed(true); },
    );
  };
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{t('lang.label')}</span>
      <select value={lang} onChange={(e) => choose(e.target.value)} aria-label={t('lang.label')}
        aria-invalid={failed || undefined} aria-describedby={failed ? failedId : undefined}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>{languageName(code)}</option>
        ))}
      </select>
      {failed && <span id={failedId} role="alert" className="lang-failed">{t('lang.failed')}</span>}
    </label>
  );
}
