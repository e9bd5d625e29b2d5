import { useId, type CSSProperties } from 'react';
import './embedBuilder.css';
import { LANGUAGES, languageName } from '../../i18n/catalogues';
import type { MessageKey } from '../../i18n/locales/en';
import { EMBED_CONTROLS, EMBED_THEMES, type EmbedControls, type EmbedOptions, type EmbedTheme } from '../../store/urlState';
import { useT } from '../useT';

/** The frame's height without `height=` (src/ui/embed.css: --embed-auto-height), for the snippet and the preview. */
export const EMBED_AUTO_HEIGHT: Readonly<Record<EmbedControls, number>> = { compact: 560, none: 560, full: 720 };
/** The preview's widths: a phone, and an article's text column (issue 14 review: it was 680 px only). */
export const PREVIEW_WIDTHS = [320, 680] as const;
export type PreviewWidth = (typeof PREVIEW_WIDTHS)[number];
/** Heights offered (px), all within urlState's EMBED_HEIGHT. */
const HEIGHTS = [400, 480, 560, 640, 720, 800, 960] as const;

const CONTROL_KEYS: Readonly<Record<EmbedControls, MessageKey>> = {
  compact: 'share.controls.compact', full: 'share.controls.full', none: 'share.controls.none',
};
const THEME_KEYS: Readonly<Record<EmbedTheme, MessageKey>> = {
  light: 'share.theme.light', dark: 'share.theme.dark', auto: 'share.theme.auto',
};

interface Props {
  options: EmbedOptions;
  onOptions(options: EmbedOptions): void;
  /** '' for the reader's language. */
  lang: string;
  onLang(lang: string): void;
}

/**
 * The Share dialog's embed builder (issue 14): the options an iframe's `src`
 * takes (height, controls, theme, transparent, legend, language) as form
 * controls. Its live preview is EmbedPreview, beside it on a wide screen.
 */
export function EmbedBuilder({ options, onOptions, lang, onLang }: Props) {
  const t = useT();
  const id = useId();
  const set = (patch: Partial<EmbedOptions>) => {
    const next: EmbedOptions = { ...options, ...patch };
    for (const k of Object.keys(next) as (keyof EmbedOptions)[]) if (next[k] === undefined) delete next[k];
    onOptions(next);
  };
  return (
    <fieldset className="embed-builder">
      <legend className="share-label">{t('share.builder')}</legend>
      <div className="embed-builder-grid">
        <label htmlFor={`${id}-height`}>{t('share.height')}</label>
        <select id={`${id}-height`} value={options.height ?? ''} onChange={(e) => set({ height: e.target.value ? Number(e.target.value) : undefined })}>
          <option value="">{t('share.heightAuto')}</option>
          {HEIGHTS.map((h) => <option key={h} value={h}>{t('share.heightPx', { height: h })}</option>)}
        </select>
        <label htmlFor={`${id}-controls`}>{t('share.controls')}</label>
        <select id={`${id}-controls`} value={options.controls ?? 'compact'} onChange={(e) => set({ controls: EMBED_CONTROLS.find((c) => c === e.target.value) })}>
          {EMBED_CONTROLS.map((c) => <option key={c} value={c}>{t(CONTROL_KEYS[c])}</option>)}
        </select>
        <label htmlFor={`${id}-theme`}>{t('share.theme')}</label>
        <select id={`${id}-theme`} value={options.theme ?? 'light'} onChange={(e) => set({ theme: EMBED_THEMES.find((c) => c === e.target.value) })}>
          {EMBED_THEMES.map((c) => <option key={c} value={c}>{t(THEME_KEYS[c])}</option>)}
        </select>
        <label htmlFor={`${id}-lang`}>{t('share.language')}</label>
        <select id={`${id}-lang`} value={lang} onChange={(e) => onLang(e.target.value)}>
          <option value="">{t('share.languageReader')}</option>
          {LANGUAGES.map((code) => <option key={code} value={code} lang={code}>{languageName(code)}</option>)}
        </select>
      </div>
      <label className="share-check">
        <input type="checkbox" checked={options.transparent ?? false} onChange={(e) => set({ transparent: e.target.checked || undefined })} />
        {' '}{t('share.transparent')}
      </label>
      <label className="share-check">
        <input type="checkbox" checked={options.legend === 'open'} onChange={(e) => set({ legend: e.target.checked ? 'open' : undefined })} />
        {' '}{t('share.legendOpen')}
      </label>
    </fieldset>
  );
}

interface PreviewProps {
  options: EmbedOptions;
  /** The embed's address with the builder's options: the preview shows it. */
  src: string;
  width: PreviewWidth;
  onWidth(width: PreviewWidth): void;
}

/** The builder's live preview: the embed itself, reloaded as the options change, at a phone's or an article column's width. */
export function EmbedPreview({ options, src, width, onWidth }: PreviewProps) {
  const t = useT();
  const id = useId();
  const height = options.height ?? EMBED_AUTO_HEIGHT[options.controls ?? 'compact'];
  return (
    <>
      {/* The preview's width: a phone or an article column (radio buttons: arrow keys move between them). */}
      <fieldset className="embed-preview-width">
        <legend>{t('share.previewWidth')}</legend>
        {PREVIEW_WIDTHS.map((w) => (
          <label key={w} className="embed-preview-width-option">
            <input type="radio" name={`${id}-width`} value={w} checked={width === w} onChange={() => onWidth(w)} />
            {t(w === 320 ? 'share.previewPhone' : 'share.previewColumn')}
          </label>
        ))}
      </fieldset>
      {/* The embed itself at that width, drawn at full size and shown smaller when it is wide (embedBuilder.css). */}
      <div className={`embed-preview embed-preview-${width}`} data-width={width}
        style={{ '--preview-height': `${height}px`, '--preview-width': `${width}px` } as CSSProperties}>
        <iframe src={src} title={t('share.preview')} tabIndex={-1} />
      </div>
    </>
  );
}
