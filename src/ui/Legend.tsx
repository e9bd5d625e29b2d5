import { useId, useState } from 'react';
import { dash, palette } from '../map';
import type { MessageKey } from '../i18n/locales/en';
import { EVENT_TYPES } from '../domain/event';
import { TypeIcon } from './events/TypeIcon';
import { useT } from './useT';

type Swatch =
  | { kind: 'fill'; fill: string; stroke: string }
  | { kind: 'line'; color: string; dash?: readonly number[]; casing?: boolean }
  | { kind: 'symbol'; shape: 'star' | 'square' | 'circle' | 'ring' | 'diamond'; fill: string };

const ITEMS: ReadonlyArray<{ key: MessageKey; swatch: Swatch }> = [
  { key: 'legend.focusProvince', swatch: { kind: 'fill', fill: palette.focusFill, stroke: palette.focusLine } },
  { key: 'legend.province', swatch: { kind: 'line', color: palette.provinceLine } },
  { key: 'legend.borderVnCn', swatch: { kind: 'line', color: palette.borderVnCn, dash: dash.borderVnCn, casing: true } },
  { key: 'legend.borderVnLa', swatch: { kind: 'line', color: palette.borderVnLa, casing: true } },
  { key: 'legend.otherBorder', swatch: { kind: 'line', color: palette.countryLine } },
  { key: 'legend.capital', swatch: { kind: 'symbol', shape: 'star', fill: palette.capital } },
  { key: 'legend.town', swatch: { kind: 'symbol', shape: 'circle', fill: palette.town } },
  { key: 'legend.district', swatch: { kind: 'symbol', shape: 'ring', fill: palette.district } },
  { key: 'legend.gate', swatch: { kind: 'symbol', shape: 'diamond', fill: palette.gate } },
];

function SwatchIcon({ swatch }: { swatch: Swatch }) {
  return (
    <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
      {swatch.kind === 'fill' && <rect x="3" y="2" width="22" height="12" fill={swatch.fill} stroke={swatch.stroke} strokeWidth="1.5" />}
      {swatch.kind === 'line' && (
        <>
          {swatch.casing && <line x1="2" y1="8" x2="26" y2="8" stroke="#fff" strokeWidth="6" />}
          <line x1="2" y1="8" x2="26" y2="8" stroke={swatch.color} strokeWidth={swatch.casing ? 3 : 1.5}
            strokeDasharray={swatch.dash && swatch.dash[1] ? swatch.dash.map((d) => d * 3).join(' ') : undefined} />
        </>
      )}
      {swatch.kind === 'symbol' && <SymbolShape shape={swatch.shape} fill={swatch.fill} />}
    </svg>
  );
}

function SymbolShape({ shape, fill }: { shape: string; fill: string }) {
  switch (shape) {
    case 'star': return <polygon points="14,1 16.4,5.8 21.6,6.5 17.8,10.2 18.7,15 14,12.7 9.3,15 10.2,10.2 6.4,6.5 11.6,5.8" fill={fill} stroke="#fff" />;
    case 'square': return <rect x="9" y="3" width="10" height="10" fill={fill} stroke="#fff" />;
    case 'ring': return <circle cx="14" cy="8" r="4.5" fill="none" stroke={fill} strokeWidth="2" />;
    case 'diamond': return <polygon points="14,1.5 20.5,8 14,14.5 7.5,8" fill={fill} stroke="#fff" />;
    default: return <circle cx="14" cy="8" r="4.5" fill={fill} stroke="#fff" />;
  }
}

export function Legend() {
  const t = useT();
  // Open where there is room for it (a projector, a tall screen); elsewhere the map comes
  // first, and the filters beside it already show each type's symbol with its name.
  const [open, setOpen] = useState(() => typeof window === 'undefined' || !window.matchMedia || window.matchMedia('(min-width: 1100px) and (min-height: 900px)').matches);
  const listId = useId();
  return (
    <section className="legend" aria-labelledby={`${listId}-title`}>
      <div className="legend-head">
        <h2 id={`${listId}-title`}>{t('legend.title')}</h2>
        <button type="button" className="legend-toggle" aria-expanded={open} aria-controls={listId}
          aria-label={open ? t('legend.hide') : t('legend.show')} onClick={() => setOpen((o) => !o)}>
          {open ? '−' : '+'}
        </button>
      </div>
      <div id={listId} hidden={!open} className="legend-body">
        <div>
        <h3>{t('legend.events')}</h3>
        <ul>
          {EVENT_TYPES.map((type) => (
            <li key={type}><span className="legend-icon"><TypeIcon type={type} size={14} /></span><span>{t(`eventType.${type}`)}</span></li>
          ))}
          <li><span className="legend-icon"><TypeIcon type="exchange" planned size={14} /></span><span>{t('legend.planned')}</span></li>
          <li><span className="legend-icon"><ApproximateIcon /></span><span>{t('legend.approximatePlacement')}</span></li>
          <li><SwatchIcon swatch={{ kind: 'line', color: palette.litGlow, casing: false }} /><span>{t('legend.lit')}</span></li>
        </ul>
        </div>
        <div>
        <h3>{t('legend.map')}</h3>
        <ul>
          {ITEMS.map((item) => (
            <li key={item.key}><SwatchIcon swatch={item.swatch} /><span>{t(item.key)}</span></li>
          ))}
        </ul>
        </div>
      </div>
    </section>
  );
}

/** The map's approximate placement (issue 13): a symbol in a dashed ring, as the event layer draws it. */
function ApproximateIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <circle cx="9" cy="9" r="7.5" fill="none" stroke="#555" strokeWidth="1.4" strokeDasharray="2.4 1.8" />
      <circle cx="9" cy="9" r="4" fill="#777" stroke="#fff" strokeWidth="1" />
    </svg>
  );
}
