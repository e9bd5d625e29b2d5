import { useEffect, useId, useRef, useState } from 'react';
import type { MessageKey } from '../../i18n/locales/en';
import { formatDateText } from '../../i18n/formatDate';
import { useViewer, useViewerStoreApi } from '../StoreContext';
import { useT } from '../useT';
import type { PairGroup } from './overlayGroups';

/**
 * The label under a border's point (issue 13 review): the events whose
 * sources name only the countries fan into a ring of dashed symbols there,
 * which said nothing by itself. The badge says how many and why they are
 * there; activating it lists them, newest first, each one a button that
 * selects it. Escape or a second press closes the list.
 */
export function PairBadge({ group, width }: { group: PairGroup; width: number }) {
  const t = useT();
  const store = useViewerStoreApi();
  const lang = useViewer((s) => s.lang);
  const events = useViewer((s) => s.events);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const pair = t(`pair.${group.pair}` as MessageKey);

  useEffect(() => {
    if (!open) return;
    // A press anywhere else closes the list (the map under it, another control).
    const away = (e: PointerEvent) => { if (!rootRef.current?.contains(e.target as Node)) setOpen(false); };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const ids = [...group.ids].reverse();
  // Centred under the ring, kept inside the map.
  const left = Math.min(Math.max(group.x, 180), Math.max(180, width - 180));
  return (
    <div ref={rootRef} className="pair-badge" style={{ left, top: group.y + group.reach + 14 }}
      onKeyDown={(e) => { if (e.key === 'Escape' && open) { e.stopPropagation(); setOpen(false); buttonRef.current?.focus(); } }}>
      <button ref={buttonRef} type="button" className="pair-badge-button" aria-expanded={open} aria-controls={listId}
        onClick={() => setOpen((o) => !o)}>
        {t('map.pairBadge', { count: group.ids.length, pair })}
      </button>
      <div id={listId} className="pair-badge-list" hidden={!open}>
        <p className="pair-badge-list-title">{t('map.pairList', { pair })}</p>
        <ul>
          {ids.map((id) => {
            const e = events.find((x) => x.event.id === id)?.event;
            if (!e) return null;
            return (
              <li key={id}>
                <button type="button" onClick={() => { setOpen(false); store.getState().select(id); }}>
                  <span className="pair-badge-date">{formatDateText(e.date, lang)}</span>
                  <span>{e.title[lang as keyof typeof e.title] ?? e.title.fr}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
