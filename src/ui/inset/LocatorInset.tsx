import { useEffect, useMemo, useRef, useState } from 'react';
import { palette, dash } from '../../map';
import { useViewer, useViewerStoreApi } from '../StoreContext';
import { keepCameraInLink } from '../keepCameraInLink';
import { useT } from '../useT';
import { useMap } from '../MapHandleContext';
import { EXPLORER_INSET_BOX, insetProjection, parseInsetShapes, pathOf, viewBounds, viewCoversInset, viewFrame, type Box, type InsetShapes } from './insetGeometry';
import { clearOfFrame, countryAt, leader, nameBox, strays, type UnitBox } from './insetNames';
import './inset.css';

/** Fetches data/inset.json (made by build-geo) relative to the page; null if it cannot be had. */
export async function fetchInsetShapes(): Promise<InsetShapes | null> {
  try {
    const res = await fetch(new URL('data/inset.json', document.baseURI).href);
    return res.ok ? parseInsetShapes(await res.json()) : null;
  } catch {
    return null;
  }
}

/**
 * A few country names, in the reader's language (the map's own country names), placed by hand
 * on land inside the inset's box (design review of issue 13: a frame with no names located
 * nothing). NAME_UNITS: 14 px at the inset's drawn width (166 px less its padding and border, for 160
 * units; session 8 journalist review: at 12 px they were hard to read beside a Datawrapper locator),
 * each kept whole inside the picture. LAOS sits at the country's west, clear of the dots (session 20
 * review: it lay on the biggest, the Vietnam–Laos border's own). THAILAND is left to the main map, which names it at every
 * opening: in the inset it ran across the desktop's focus frame, and south of it into VIETNAM (session 20 review).
 */
const NAMES = [
  { id: 'CN', key: 'country.CN', at: [108, 26] },
  { id: 'LA', key: 'country.LA', at: [100.6, 20.35] },
  { id: 'VN', key: 'country.VN', at: [107.4, 10.6] },
] as const;

/**
 * A briefing's wider inset (issue 15): two names, 17.5 units (18 px and up at its 176 px, the room's
 * floor), China's over its south and Vietnam's beside its coast, each kept whole inside the picture.
 * Laos and Thailand are left to the main map, whose frame they would cover at that size.
 */
const PRESENT_NAMES = [
  { id: 'CN', key: 'country.CN', at: [106, 31] },
  { id: 'LA', key: 'country.LA', at: [101, 16.4], heart: [102.6, 19.7] },
  { id: 'VN', key: 'country.VN', at: [115, 10], heart: [108.3, 14.2] },
] as const;
const PRESENT_NAME_UNITS = 19;
/**
 * The briefing's names drawn at 18.5 px at every inset width (issue 15, session 11 review: 19 units grew to
 * 25 px bold in the 240 px inset at 1920, louder than the main map's CHINA), the room's 18 px floor.
 */
const PRESENT_NAME_PX = 18.5;
/** The explorer's and the embed's inset names, in SVG units (about px: 160 units drawn 162 px wide). */
export const NAME_UNITS = 14;

/** An SVG text's x, moved in so a name of this many letters stays whole inside the picture. */
function keepInside(x: number, text: string, units: number, width: number): number {
  const half = (text.length * units * 0.68) / 2 + 2;
  return Math.max(half, Math.min(width - half, x));
}

const BORDER_STYLE: Record<string, { color: string; dash?: string }> = {
  'border-vn-cn': { color: palette.borderVnCn, dash: dash.borderVnCn.map((d) => d * 2).join(' ') },
  'border-vn-la': { color: palette.borderVnLa },
};

/**
 * A small locator map (issue 13): mainland South-East Asia with the two
 * story borders, and a frame where the main map's view lies. Drawn from
 * shapes bundled with the app (build-geo), following the main map's camera.
 * In the explorer and the embed a button that shows the whole story (the explorer's: or the focus
 * provinces again), with dots where the events shown lie; a briefing's is a picture. Hidden when the
 * main map already shows most of what it would, except in the explorer.
 */
/** Points already in the picture's units (pathOf's projection for rings projected beforehand). */
const asIs = (x: number, y: number): [number, number] => [x, y];

export function LocatorInset({ loadShapes = fetchInsetShapes }: { loadShapes?: () => Promise<InsetShapes | null> }) {
  const t = useT();
  const handle = useMap();
  const [shapes, setShapes] = useState<InsetShapes | null>(null);
  useEffect(() => {
    let live = true;
    void loadShapes().then((s) => { if (live) setShapes(s); });
    return () => { live = false; };
  }, [loadShapes]);
  // A briefing keeps it on every step, in the same place (issue 15: at 1920 px it came and went between steps),
  // and shows the whole of the shapes' box; the explorer its middle.
  const presenting = useViewer((s) => s.mode === 'present');
  const explorer = useViewer((s) => s.mode === 'explore');
  const store = useViewerStoreApi();
  // What the map draws (the inset's dots follow it): read for their changes, the controller says where.
  const cursor = useViewer((s) => s.cursor);
  const filtered = useViewer((s) => s.filtered);
  const display = useViewer((s) => s.display);
  const drawn = useMemo(() => {
    if (!shapes) return null;
    const box = presenting ? shapes.box : EXPLORER_INSET_BOX;
    const proj = insetProjection(box);
    // Each ring is projected once: its path is drawn from the projected points, which the briefing's
    // names also ask which country they would sit over (countryAt).
    const projected = shapes.countries.map((c) => ({ id: c.id, focus: c.focus, rings: c.rings.map((r) => r.map(([lon, lat]) => proj.project(lon, lat))) }));
    return {
      box,
      proj,
      countries: projected.map((c) => ({ id: c.id, focus: c.focus, d: pathOf(c.rings, asIs, true) })),
      projected,
      borders: shapes.borders.map((b) => ({ id: b.id, d: pathOf(b.lines, proj.project, false) })),
    };
  }, [shapes, presenting]);
  const [view, setView] = useState<Box | null>(null);
  // The picture's drawn width, so the briefing's names keep one size in px however wide the inset is drawn.
  const svgRef = useRef<SVGSVGElement>(null);
  const [drawnWidth, setDrawnWidth] = useState(0);
  // The explorer keeps its inset when the map shows the whole story: it then leads back to the provinces
  // (zoomed out past the inset's own box, as at Beijing, it would only cover the map).
  const wide = !!drawn && !!view && viewCoversInset(view, drawn.box);
  const visible = !!drawn && !!view && (presenting || !wide || (explorer && view[2] - view[0] < drawn.box[2] - drawn.box[0]));
  useEffect(() => {
    const svg = svgRef.current;
    if (!visible || !svg || typeof ResizeObserver === 'undefined') return;
    const seen = new ResizeObserver(() => setDrawnWidth(svg.clientWidth));
    seen.observe(svg);
    return () => seen.disconnect();
  }, [visible]);

  useEffect(() => {
    if (!handle) return;
    const update = () => {
      const size = handle.size?.();
      if (!size || size.width === 0 || size.height === 0) { setView(null); return; }
      const next = viewBounds(handle.camera(), size);
      setView((prev) => (prev && prev.every((v, i) => Math.abs(v - next[i]!) < 1e-4) ? prev : next));
    };
    update();
    return handle.onMove(update);
  }, [handle]);

  // Where the events shown lie, a dot a place (sized by how many), so the inset says where the story is
  // beyond the main map's frame (issue 13 review: 22 of 26 events north of the focus frame, nothing said where).
  // Worked out once per time step, filter or display change, not on every render the camera's moves cause.
  const dots = useMemo(() => {
    const at = new Map<string, { x: number; y: number; n: number }>();
    if (!drawn || presenting || !handle) return at;
    const { proj } = drawn;
    for (const p of handle.controller.visiblePoints((lon, lat) => { const [x, y] = proj.project(lon, lat); return { x, y }; }, 200) ?? []) {
      if (p.ax < 0 || p.ay < 0 || p.ax > proj.width || p.ay > proj.height) continue;
      const d = at.get(p.anchor) ?? { x: p.ax, y: p.ay, n: 0 };
      d.n++;
      at.set(p.anchor, d);
    }
    return at;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- cursor, filtered and display are what the controller draws
  }, [drawn, presenting, handle, cursor, filtered, display]);
  if (!drawn || !view || !visible) return null;
  const { proj, countries, borders, projected } = drawn;
  const frame = viewFrame(view, proj);
  // Placed in turn, each clear of those before it where it can be (insetNames.ts).
  const taken: UnitBox[] = [];
  const names = (presenting ? PRESENT_NAMES : NAMES).map((n) => {
    const { id, key, at } = n;
    const text = t(key);
    const [px, y] = proj.project(at[0], at[1]);
    const units = !presenting ? NAME_UNITS : drawnWidth > 0 ? (PRESENT_NAME_PX * proj.width) / drawnWidth : PRESENT_NAME_UNITS;
    // A briefing's names are quieter than the main map's (semibold, grey) and never on the frame's line.
    // Moved off it, a name stays over its own country or the sea, never over a neighbour.
    const ownGround = (nx: number, ny: number) => { const on = countryAt(projected, nx, ny); return on === null || on === id; };
    const [x, baseline] = presenting
      ? clearOfFrame(keepInside(px, text, units, proj.width), y, text, units, frame, proj.width, proj.height, ownGround, taken)
      : [keepInside(px, text, units, proj.width), y];
    const box = nameBox(x, baseline, text, units);
    taken.push(box);
    // Over a neighbour (a small country's name cannot fit in it), a thin leader to a point inside its own (session 15).
    const heart = presenting && 'heart' in n ? proj.project(n.heart[0], n.heart[1]) : null;
    const line = heart && strays(box, id, (px2, py2) => countryAt(projected, px2, py2)) ? leader(box, heart) : null;
    return { id, text, units, x, baseline, line };
  });
  // The explorer's inset is the second scale of its two-scale opening (issue 13): pressed, the map shows
  // the whole story, both borders; pressed again, the focus provinces. A reader's act: a link's camera is let go.
  const toggle = () => {
    if (!handle) return;
    store.getState().releaseCamera();
    handle.controller.frameOpening(handle.controller.visibleIds(), { animate: true, focus: wide });
    keepCameraInLink(handle, store);
  };
  const action = t(wide ? 'inset.focus' : 'inset.both');
  const picture = (
      <svg ref={svgRef} viewBox={`0 0 ${proj.width} ${Math.round(proj.height * 10) / 10}`} role="img" aria-label={t('inset.label')} data-testid="locator-inset">
        <rect width={proj.width} height={proj.height} fill={palette.sea} />
        {countries.map((c) => (
          <path key={c.id} d={c.d} data-country={c.id} fill={c.focus ? palette.focusLand : palette.land} stroke={palette.countryLine} strokeWidth="0.4" strokeLinejoin="round" />
        ))}
        {borders.map((b) => (
          <path key={b.id} d={b.d} data-border={b.id} fill="none" stroke={BORDER_STYLE[b.id]?.color ?? palette.countryLine} strokeWidth="1.6"
            strokeDasharray={BORDER_STYLE[b.id]?.dash} strokeLinejoin="round" />
        ))}
        {names.map(({ id, line }) => line && (
          <g key={`leader-${id}`} className="locator-inset-leader" data-leader={id} stroke="#5f594e" fill="#5f594e">
            {/* 1.5 units, about 1.6 px drawn: the session 15 review found 0.9 near-invisible. */}
            <line x1={line[0]} y1={line[1]} x2={line[2]} y2={line[3]} strokeWidth="1.5" />
            <circle cx={line[2]} cy={line[3]} r="2.6" stroke="#fff" strokeWidth="0.8" />
          </g>
        ))}
        {names.map(({ id, text, units, x, baseline }) => (
          <text key={id} className="locator-inset-name" data-country-name={id} x={Math.round(x)} y={Math.round(baseline)} textAnchor="middle"
            fontSize={Math.round(units * 10) / 10} fontWeight={presenting ? '600' : '700'} letterSpacing="0" fill={presenting ? '#5f594e' : '#4d4940'}
            stroke="#fff" strokeWidth="3" strokeLinejoin="round" paintOrder="stroke">
            {text}
          </text>
        ))}
        {[...dots].map(([anchor, d]) => (
          <circle key={anchor} className="locator-inset-dot" data-anchor={anchor} cx={Math.round(d.x * 10) / 10} cy={Math.round(d.y * 10) / 10}
            r={Math.round((1.6 + Math.sqrt(d.n)) * 10) / 10} fill="#2b2a27" stroke="#fff" strokeWidth="0.8" />
        ))}
        {frame && (
          <rect className="locator-inset-frame" x={frame.x} y={frame.y} width={frame.width} height={frame.height}
            fill="rgba(154, 90, 20, 0.12)" stroke="#2b2a27" strokeWidth="1.4" />
        )}
      </svg>
  );
  return presenting ? <div className="locator-inset" data-inset-box={drawn.box.join(',')}>{picture}</div> : (
    // Named by what pressing it does, the words seen under the picture first, then what the picture shows.
    <button type="button" className="locator-inset" data-inset-box={drawn.box.join(',')} onClick={toggle} aria-label={`${action}. ${t('inset.label')}`}>
      {picture}
      <span className="locator-inset-action" aria-hidden="true">{action}</span>
    </button>
  );
}
