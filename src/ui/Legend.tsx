import { useId, useState } from 'react';
import { dash, palette } from '../map';
import type { MessageKey } from '../i18n/locales/en';
import { EVENT_TYPES, type EventType } from '../domain/event';
import { TypeIcon } from './events/TypeIcon';
import { useT } from './useT';

/** How a legend row draws its key: each kind is drawn by SwatchIcon below. */
export type Swatch =
  | { kind: 'type'; type: EventType; planned?: boolean }
  | { kind: 'fill'; fill: string; stroke?: string; hatch?: string }
  | { kind: 'line'; color: string; dash?: readonly number[]; casing?: boolean; width?: number }
  | { kind: 'symbol'; shape: 'star' | 'square' | 'circle' | 'ring' | 'dashed-ring' | 'diamond'; fill: string };

export interface LegendRow { key: MessageKey; swatch: Swatch }
export interface LegendGroup { title: MessageKey; rows: readonly LegendRow[] }

/**
 * What the legend says, as data (issue 13): a row is a label and a swatch,
 * so a new map layer (rivers, roads, relief, approximate placement…) adds
 * one line here and nothing else.
 */
export const LEGEND_GROUPS: readonly LegendGroup[] = [
  {
    title: 'legend.events',
    rows: [
      ...EVENT_TYPES.map((type) => ({ key: `eventType.${type}` as MessageKey, swatch: { kind: 'type', type } as const })),
      { key: 'legend.planned', swatch: { kind: 'type', type: 'exchange', planned: true } },
      { key: 'legend.approximatePlacement', swatch: { kind: 'symbol', shape: 'dashed-ring', fill: '#555' } },
      { key: 'legend.lit', swatch: { kind: 'line', color: palette.litGlow } },
    ],
  },
  {
    title: 'legend.map',
    rows: [
      { key: 'legend.focusProvince', swatch: { kind: 'fill', fill: palette.focusFill, stroke: palette.focusLine } },
      { key: 'legend.province', swatch: { kind: 'line', color: palette.provinceLine } },
      { key: 'legend.borderVnCn', swatch: { kind: 'line', color: palette.borderVnCn, dash: dash.borderVnCn, casing: true } },
      { key: 'legend.borderVnLa', swatch: { kind: 'line', color: palette.borderVnLa, casing: true } },
      { key: 'legend.otherBorder', swatch: { kind: 'line', color: palette.countryLine } },
      { key: 'legend.river', swatch: { kind: 'line', color: palette.river } },
      { key: 'legend.road', swatch: { kind: 'line', color: palette.road, dash: dash.road } },
      { key: 'legend.relief', swatch: { kind: 'fill', fill: palette.reliefSwatch, stroke: 'none' } },
      { key: 'legend.capital', swatch: { kind: 'symbol', shape: 'star', fill: palette.capital } },
      { key: 'legend.town', swatch: { kind: 'symbol', shape: 'circle', fill: palette.town } },
      { key: 'legend.district', swatch: { kind: 'symbol', shape: 'ring', fill: palette.district } },
      { key: 'legend.gate', swatch: { kind: 'symbol', shape: 'diamond', fill: palette.gate } },
    ],
  },
];

function SwatchIcon({ swatch }: { swatch: Swatch }) {
  const hatchId = useId();
  if (swatch.kind === 'type') {
    return <span className="legend-icon"><TypeIcon type={swatch.type} planned={swatch.planned} size={14} /></span>;
  }
  return (
    <svg className="legend-icon" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
      {swatch.kind === 'fill' && (
        <>
          {swatch.hatch && (
            <defs>
              <pattern id={hatchId} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line x1="0" y1="0" x2="0" y2="4" stroke={swatch.hatch} strokeWidth="1.5" />
              </pattern>
            </defs>
          )}
          <rect x="3" y="2" width="22" height="12" fill={swatch.fill} stroke={swatch.stroke ?? 'none'} strokeWidth="1.5" />
          {swatch.hatch && <rect x="3" y="2" width="22" height="12" fill={`url(#${hatchId})`} />}
        </>
      )}
      {swatch.kind === 'line' && (
        <>
          {swatch.casing && <line x1="2" y1="8" x2="26" y2="8" stroke="#fff" strokeWidth="6" />}
          <line x1="2" y1="8" x2="26" y2="8" stroke={swatch.color} strokeWidth={swatch.width ?? (swatch.casing ? 3 : 1.5)}
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
    case 'dashed-ring': return <circle cx="14" cy="8" r="5.5" fill="none" stroke={fill} strokeWidth="1.5" strokeDasharray="2.5 2" />;
    case 'diamond': return <polygon points="14,1.5 20.5,8 14,14.5 7.5,8" fill={fill} stroke="#fff" />;
    default: return <circle cx="14" cy="8" r="4.5" fill={fill} stroke="#fff" />;
  }
}

/**
 * The legend's rows, in two columns where there is room: in the panel, the embed's map, a phone's
 * sheet. `foldMap`: the map's own symbols (borders, places, relief) wait behind a disclosure, so
 * the open legend keeps the filters in view at 1280×800 (issue 13 review); the events' key is
 * what a reader needs first.
 */
export function LegendBody({ id, hidden, foldMap = false, foldLabel }: { id?: string; hidden?: boolean; foldMap?: boolean; foldLabel?: MessageKey }) {
  const t = useT();
  return (
    <div id={id} className="legend-body" hidden={hidden}>
      {LEGEND_GROUPS.map((group, i) => {
        const rows = (
          <ul>
            {group.rows.map((row) => (
              <li key={row.key}><SwatchIcon swatch={row.swatch} /><span>{t(row.key)}</span></li>
            ))}
          </ul>
        );
        return foldMap && i > 0 ? (
          <details key={group.title} className="legend-group legend-fold">
            <summary><h3>{t(foldLabel ?? group.title)}</h3></summary>
            {rows}
          </details>
        ) : (
          <div key={group.title} className="legend-group">
            <h3>{t(group.title)}</h3>
            {rows}
          </div>
        );
      })}
    </div>
  );
}

interface Props {
  /**
   * 'panel': a drawer at the top of the desktop side panel, beside the map
   * and never over it, whatever the camera frames (issue 13). 'map': over
   * the map's top-left corner (the embed's one column has no side panel).
   */
  placement: 'panel' | 'map';
  /** Open at first (an embed's `legend=open`); closed by default at every width (issue 13). */
  initiallyOpen?: boolean;
  /** The map's symbols behind their own heading (the desktop side panel's default). */
  foldMap?: boolean;
  /** Controlled from outside (the embed keeps one overlay open at a time, issue 14 review). */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The disclosure's words, when its group's title alone would not say it is one (the embed's, issue 14). */
  foldLabel?: MessageKey;
}

/** The legend, closed at first at every width (issue 13): the map comes first. */
export function Legend({ placement, initiallyOpen = false, foldMap = placement === 'panel', open: controlled, onOpenChange, foldLabel }: Props) {
  const t = useT();
  const [own, setOwn] = useState(initiallyOpen);
  const open = controlled ?? own;
  const setOpen = (f: (o: boolean) => boolean) => { if (onOpenChange) onOpenChange(f(open)); else setOwn(f); };
  const bodyId = useId();
  return (
    <section className={`legend legend-${placement}`} aria-labelledby={`${bodyId}-title`}>
      <h2 className="legend-head" id={`${bodyId}-title`}>
        <button type="button" className="legend-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
          <span>{t('legend.title')}</span>
          <span className="legend-chevron" aria-hidden="true">{open ? '▴' : '▾'}</span>
        </button>
      </h2>
      <LegendBody id={bodyId} hidden={!open} foldMap={foldMap} foldLabel={foldLabel} />
    </section>
  );
}
