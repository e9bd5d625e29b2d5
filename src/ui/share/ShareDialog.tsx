import { useId, useLayoutEffect, useRef, useState } from 'react';
import { dayToIso } from '../../domain/dayNumber';
import type { MessageKey } from '../../i18n/locales/en';
import type { EmbedOptions } from '../../store/urlState';
import { trapTab } from '../focusTrap';
import { useViewer } from '../StoreContext';
import { useT } from '../useT';
import { copyText } from './copyText';
import { ampEmbedCode, DEFAULT_EMBED_HEIGHT, embedCode } from './embedCode';
import { EmbedBuilder, EmbedPreview, EMBED_AUTO_HEIGHT, type PreviewWidth } from './EmbedBuilder';
import { OpenFullMapLink } from './OpenFullMapLink';
import { embedUrl, fullMapUrl, newEmbedId, withDate } from './shareLinks';
import { useAddress } from './AddressContext';
import { DownloadViewButton } from './DownloadViewButton';
import { useFallbackImage } from './useFallbackImage';


interface Props {
  /** Called once the dialog has closed (Escape, the Close button); the opener restores focus. */
  onClose: () => void;
}

/**
 * The link to this exact moment and the embed code (issue 5), with an
 * embed builder and its live preview (issue 14); inside an embed, the link
 * and the full map only: an article's reader has no use for embed code. In a native
 * modal <dialog>: the rest of the page is inert while it is open, Escape
 * closes it. Tab is kept inside explicitly, since a browser may otherwise
 * move focus from the last control out to its own toolbar.
 */
export function ShareDialog({ onClose }: Props) {
  const t = useT();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  // Each copy says so beside its own button (session 8 review: "Link copied." appeared ~600 px away, by the code's button).
  const [linkStatus, setLinkStatus] = useState<MessageKey | null>(null);
  const [codeStatus, setCodeStatus] = useState<MessageKey | null>(null);
  const day = useViewer((s) => (s.span ? dayToIso(s.cursor) : null));
  const href = withDate(useAddress(), day);
  const link = fullMapUrl(href);
  const inEmbed = useViewer((s) => s.mode) === 'embed';
  const [mirror, setMirror] = useState(false);
  const [mirrorId] = useState(() => newEmbedId());
  const [options, setOptions] = useState<EmbedOptions>({});
  const [previewWidth, setPreviewWidth] = useState<PreviewWidth>(680);
  // The language the embed speaks: the link's, unless the builder says otherwise ('' = the reader's).
  const [lang, setLang] = useState<string>(() => new URL(href).searchParams.get('lang') ?? '');
  // Its fallback image follows that language (issue 14 review).
  const fallback = useFallbackImage(lang);
  const src = embedUrl(href, mirror ? mirrorId : undefined, options, lang);
  const code = embedCode({
    src, loader: new URL('embed.js', document.baseURI).href, title: t('embed.frameTitle'),
    height: options.height ?? (inEmbed ? DEFAULT_EMBED_HEIGHT : EMBED_AUTO_HEIGHT[options.controls ?? 'compact']), fallback,
  });

  const amp = ampEmbedCode({ src, title: t('embed.frameTitle'), fallback, overflowLabel: t('embed.ampOverflow') });

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // jsdom has no showModal; a plain open dialog is enough there.
    if (typeof dialog.showModal === 'function') { if (!dialog.open) dialog.showModal(); } else dialog.setAttribute('open', '');
    firstRef.current?.focus();
  }, []);

  const close = () => {
    const dialog = dialogRef.current;
    if (dialog && typeof dialog.close === 'function') dialog.close(); // fires 'close', handled below
    else onClose();
  };

  const copy = async (text: string, field: HTMLInputElement | HTMLTextAreaElement | null, done: MessageKey, setStatus: (k: MessageKey | null) => void) => {
    setLinkStatus(null); setCodeStatus(null); // copying the same thing twice must still be a change for screen readers to announce
    setStatus(await copyText(text, field) ? done : 'share.copyFailed');
  };

  return (
    <dialog ref={dialogRef} className="share-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-intro`}
      onClose={onClose} onKeyDown={(e) => trapTab(e, dialogRef.current)}>
      <div className="share-head">
        <h2 id={`${id}-title`}>{t('share.title')}</h2>
        <button type="button" onClick={close}>{t('share.close')}</button>
      </div>
      <p id={`${id}-intro`} className="share-intro">{t(inEmbed ? 'share.introEmbed' : 'share.intro')}</p>

      <label htmlFor={`${id}-link`} className="share-label">{t('share.link')}</label>
      <div className="share-row">
        <input id={`${id}-link`} ref={linkRef} type="text" readOnly dir="ltr" spellCheck={false} value={link}
          onFocus={(e) => e.currentTarget.select()} />
        {/* The reader's first and main action (session 8 review: the embed builder led the dialog), and where focus opens. */}
        <button type="button" ref={firstRef} className="share-copy-link" onClick={() => void copy(link, linkRef.current, 'share.linkCopied', setLinkStatus)}>{t('share.copyLink')}</button>
        <p className="share-status share-link-status" role="status">{linkStatus ? t(linkStatus) : ''}</p>
      </div>

      {inEmbed ? (
        <>
          <p className="share-full"><OpenFullMapLink /></p>
        </>
      ) : (
        <section className="share-embed" aria-labelledby={`${id}-embed`}>
          {/* Two columns from 900 px (embedBuilder.css): the options at the left, the live preview,
              the code and Copy at the right, all above the fold at 1280 × 800; one column on a phone. */}
          <div className="share-columns">
            <div className="share-options">
              {/* In the left column, whose foot has room to spare: the right one (preview, code, Copy) must stay above the fold at 1280 × 800. */}
              <h3 id={`${id}-embed`} className="share-embed-heading">{t('share.embedHeading')}</h3>
              <EmbedBuilder options={options} onOptions={setOptions} lang={lang} onLang={setLang} />
              <label className="share-check">
                <input type="checkbox" checked={mirror} onChange={(e) => setMirror(e.target.checked)} />
                {' '}{t('share.mirror')}
              </label>
              <DownloadViewButton />
            </div>
            <div className="share-preview-column">
              <EmbedPreview options={options} src={src} width={previewWidth} onWidth={setPreviewWidth} />
              <label htmlFor={`${id}-code`} className="share-label">{t('share.embed')}</label>
              <textarea id={`${id}-code`} ref={codeRef} readOnly dir="ltr" spellCheck={false} rows={3} value={code}
                aria-describedby={`${id}-hint`} onFocus={(e) => e.currentTarget.select()} />
              <p id={`${id}-hint`} className="share-hint">{t('share.embedHint', { height: options.height ?? EMBED_AUTO_HEIGHT[options.controls ?? 'compact'] })}</p>
              <div className="share-row share-row-end">
                <p className="share-status share-code-status" role="status">{codeStatus ? t(codeStatus) : ''}</p>
                <button type="button" onClick={() => void copy(code, codeRef.current, 'share.codeCopied', setCodeStatus)}>{t('share.copyEmbed')}</button>
              </div>
              {/* After the iframe code and its Copy, which most pages need (issue 14 review: AMP came first),
                  behind a disclosure so the column stays above the fold at 1280 × 800. */}
              <details className="share-amp">
                <summary>{t('share.ampShow')}</summary>
                <label htmlFor={`${id}-amp`} className="share-label">{t('share.amp')}</label>
                <textarea id={`${id}-amp`} readOnly dir="ltr" spellCheck={false} rows={2} value={amp}
                  onFocus={(e) => e.currentTarget.select()} />
              </details>
            </div>
          </div>
        </section>
      )}
    </dialog>
  );
}
