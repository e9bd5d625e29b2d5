import { useViewer } from './StoreContext';
import { useT } from './useT';

/** Dismissible notices of what was skipped and why: nothing is lost silently. */
export function Notices() {
  const t = useT();
  const notices = useViewer((s) => s.notices);
  const dismiss = useViewer((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} role="alert" className="notice">
          <p>
            {n.kind === 'problems' ? t('notice.problemsTitle', { count: n.count, file: n.file })
              : n.kind === 'link-ignored' ? t('notice.linkIgnored', { count: n.count })
              : n.kind === 'data-refused' ? t('notice.dataRefused', { file: n.file })
              : t('notice.geoFailed', { file: n.file, reason: n.reason ?? '' })}
          </p>
          {n.details.length > 0 && (
            <ul className="notice-details">
              {n.details.slice(0, 50).map((d, i) => <li key={i}>{d}</li>)}
            </ul>
          )}
          <button type="button" onClick={() => dismiss(n.id)}>{t('notice.dismiss')}</button>
        </div>
      ))}
    </div>
  );
}
