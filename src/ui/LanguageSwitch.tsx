import { languagePacks } from '../i18n/catalogues';
import { useViewer } from './StoreContext';
import { useT } from './useT';

export function LanguageSwitch() {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  const setLang = useViewer((s) => s.setLang);
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{t('lang.label')}</span>
      <select value={lang} onChange={(e) => setLang(e.target.value)} aria-label={t('lang.label')}>
        {[...languagePacks.values()].map((p) => (
          <option key={p.code} value={p.code} lang={p.code}>{p.name}</option>
        ))}
      </select>
    </label>
  );
}
