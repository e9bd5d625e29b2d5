/**
 * The map's colours, shared by the style and the HTML legend so the two
 * cannot drift apart. Border lines differ by dash pattern as well as colour
 * (nothing is told by colour alone).
 */
export const palette = {
  sea: '#cddfe8',
  land: '#e9e5dc',
  focusLand: '#f7f4ee',
  countryLine: '#857b6c',
  provinceLine: '#b8b0a2',
  focusFill: '#f1d9a6',
  focusLine: '#9a5a14',
  borderVnCn: '#b0302a',
  borderVnLa: '#5b2c83',
  borderCasing: '#ffffff',
  label: '#2b2a27',
  labelHalo: '#ffffff',
  countryLabel: '#6d6455',
  capital: '#1f1f1f',
  town: '#3a3a3a',
  district: '#5b2c83',
  gate: '#b0302a',
  lit: '#4a2c0a',
  litGlow: '#f2b233',
  link: '#009e73',
  // Context layers: thin, light, desaturated (DESIGN.md "Hierarchy").
  relief: '#8c7f6a',
  /** The middle relief band as drawn over land (for the legend): relief at 0.13 over land. */
  reliefSwatch: '#ddd8cd',
  river: '#8fb4cc',
  road: '#a39780',
  roadLabel: '#7d7362',
  waterLabel: '#4f7fa0',
} as const;

/**
 * The dark theme's basemap (an embed's `theme=dark`, issue 14): a palette of
 * its own, not an inversion (DESIGN.md): dark blue-grey ground, lighter
 * borders, the story's lines and labels lifted to keep their contrast.
 * Only the colours that change are listed; darkStyle.ts swaps them in.
 */
export const darkPalette: Partial<Record<keyof typeof palette, string>> = {
  sea: '#1b2834',
  land: '#2b3038',
  focusLand: '#363c45',
  countryLine: '#9a9fa8',
  provinceLine: '#59606b',
  focusFill: '#6b5530',
  focusLine: '#f0b66a',
  borderVnCn: '#ff8a7e',
  borderVnLa: '#c9a6f0',
  borderCasing: '#15181c',
  label: '#ecebe7',
  labelHalo: '#15181c',
  countryLabel: '#c2bdb3',
  lit: '#ffe1a3',
  relief: '#05070a',
  reliefSwatch: '#262b32',
  river: '#4f7d9c',
  road: '#7a7466',
  roadLabel: '#aaa294',
  waterLabel: '#93bfdc',
  link: '#3ed3a3',
};

/** Dash patterns in line widths, mirrored by the legend's SVG. */
export const dash = {
  borderVnCn: [2.4, 1.2] as const,
  borderVnLa: [1, 0] as const,
  road: [3, 1.5] as const,
};

/**
 * Event symbology: each type has its own shape AND colour (Okabe–Ito
 * colours, distinguishable with the common colour-vision deficiencies).
 * Planned events are drawn hollow. Shapes are those of icons.ts.
 */
export const EVENT_STYLE = {
  twinning: { shape: 'hexagon', color: '#009e73' },
  'joint-patrol': { shape: 'triangle', color: '#d55e00' },
  agreement: { shape: 'square', color: '#0072b2' },
  'high-level-meeting': { shape: 'star', color: '#a0457e' },
  exchange: { shape: 'circle', color: '#c07f00' },
  'joint-operation': { shape: 'cross', color: '#332288' },
} as const;

/** Event symbols' size in CSS pixels on a screen; a presentation draws them larger. */
export const EVENT_MARKER_PX = 15;
