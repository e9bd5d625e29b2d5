import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { TimedEvent } from '../../domain/timeline';
import { parseCalendarDate } from '../../domain/calendarDate';
import type { Language } from '../../domain/event';
import { formatCalendarDate, formatDateText, PRECISION_KEYS } from '../../i18n/formatDate';
import { usePlaceName } from '../GeographyContext';
import { useViewer, useViewerStoreApi } from '../StoreContext';
import { useT } from '../useT';
import { countryName, EVENT_STATUS_KEYS, EVENT_TYPE_KEYS, quoteLanguageMark, SOURCE_LANGUAGE_KEYS } from './eventLabels';
import { inReaderLanguage, localized } from './localized';
import { neighbour } from './neighbour';
import { eventPlaceNames } from './placeNames';
import { TypeIcon } from './TypeIcon';

interface Props {
  /**
   * Where focus goes on close when the control that opened the panel is gone
   * or unknown (e.g. the map's canvas, or the page's main heading).
   */
  fallbackFocus?: () => HTMLElement | null;
}

/**
 * Details of the selected event (issue 4). Everything is rendered as text:
 * titles, quotes and notes come from news articles and are never HTML.
 */
export function EventPanel({ fallbackFocus }: Props) {
  // Looked up when the selection or the lists change, not on every cursor move of playback.
  const selectedId = useViewer((s) => s.selectedId);
  const events = useViewer((s) => s.events);
  const filtered = useViewer((s) => s.filtered);
  const selected = useMemo(() => (selectedId === null ? null : events.find((e) => e.event.id === selectedId) ?? null), [events, selectedId]);
  const previous = useMemo(() => (selected ? neighbour(filtered, selected, -1) : null), [filtered, selected]);
  const next = useMemo(() => (selected ? neighbour(filtered, selected, 1) : null), [filtered, selected]);
  const api = useViewerStoreApi();

  // The panel is not a dialog, but closing it must not drop focus on <body>:
  // it goes back to what had focus when the selection was made (the table's
  // title button, usually).
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  useLayoutEffect(() => {
    const open = selected !== null;
    if (open && !wasOpen.current) {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    wasOpen.current = open;
  }, [selected]);

  const close = useCallback(() => {
    const target = opener.current?.isConnected ? opener.current : fallbackFocus?.() ?? null;
    api.getState().select(null);
    // Once the panel is gone (on a phone it sits in a modal sheet, whose outside is inert until it closes).
    window.setTimeout(() => { if (target?.isConnected) target.focus(); else fallbackFocus?.()?.focus(); }, 0);
  }, [api, fallbackFocus]);

  const go = useCallback((to: TimedEvent | null) => {
    if (!to) return;
    const s = api.getState();
    s.select(to.event.id);
    s.setCursor(to.start);
  }, [api]);

  if (!selected) return null;
  return <PanelBody e={selected} previous={previous} next={next} onGo={go} onClose={close} />;
}

interface BodyProps {
  e: TimedEvent;
  previous: TimedEvent | null;
  next: TimedEvent | null;
  onGo: (to: TimedEvent | null) => void;
  onClose: () => void;
}

function PanelBody({ e, previous, next, onGo, onClose }: BodyProps) {
  const t = useT();
  const lang = useViewer((s) => s.lang);
  const placeName = usePlaceName();
  const headingId = useId();
  const quoteId = useId();
  const { event } = e;
  const title = localized(event.title, lang);
  const summary = localized(event.summary, lang);
  const dateNote = event.dateNote && localized(event.dateNote, lang);
  const placeNote = event.placeNote && localized(event.placeNote, lang);
  const places = eventPlaceNames(event, placeName, lang);
  const mark = (l: string) => (l === lang ? undefined : l);
  const { source } = event;
  const quoteMark = quoteLanguageMark(source.language, lang, t);
  // The article's date with its precision; no internal ids (the file stem) for the reader (issue 13).
  const parsedArticleDate = parseCalendarDate(source.date);
  const articleDate = parsedArticleDate.ok
    ? t('panel.dateWithPrecision', { date: formatCalendarDate(parsedArticleDate.value, lang), precision: t(PRECISION_KEYS[parsedArticleDate.value.precision]) })
    : source.date;

  const panelRef = useRef<HTMLElement>(null);

  // A new event's heading comes into view in the panel's scrolling column (issue 13): the
  // panel opens above the table, and the browser's scroll anchoring (or the table bringing
  // its row into view) would otherwise leave the column scrolled past the title. After the
  // table's own effect, hence the frame.
  useEffect(() => {
    const frame = requestAnimationFrame(() => revealPanel(panelRef.current));
    return () => cancelAnimationFrame(frame);
  }, [event.id]);

  const onKeyDown = (k: KeyboardEvent<HTMLElement>) => {
    if (k.key === 'Escape' && !k.defaultPrevented) { k.preventDefault(); onClose(); }
  };

  return (
    <section ref={panelRef} className="event-panel" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <div className="event-panel-bar">
        {/* aria-disabled, not disabled: the button keeps focus at either end of the timeline. */}
        {/* One word on the button, kept on one line (session 8 review: the sentences wrapped); the whole sentence names it. */}
        <button type="button" className="event-panel-previous" aria-disabled={!previous} onClick={() => onGo(previous)}
          aria-label={t('panel.previous')} title={t('panel.previous')}>
          <span aria-hidden="true">‹ </span><span className="event-panel-step-label">{t('panel.previousShort')}</span>
        </button>
        <button type="button" className="event-panel-next" aria-disabled={!next} onClick={() => onGo(next)}
          aria-label={t('panel.next')} title={t('panel.next')}>
          <span className="event-panel-step-label">{t('panel.nextShort')}</span><span aria-hidden="true"> ›</span>
        </button>
        <button type="button" className="event-panel-close" aria-label={t('panel.close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h2 id={headingId} className="event-panel-title" lang={mark(title.lang)}>{title.text}</h2>
      <p className="event-panel-summary" lang={mark(summary.lang)}>{summary.text}</p>

      <dl className="event-facts">
        <dt>{t('panel.date')}</dt>
        <dd>{t('panel.dateWithPrecision', { date: formatDateText(event.date, lang), precision: t(PRECISION_KEYS[e.precision]) })}</dd>
        {dateNote && (<><dt>{t('panel.dateNote')}</dt><dd lang={mark(dateNote.lang)}>{dateNote.text}</dd></>)}
        <dt>{t('panel.type')}</dt>
        <dd><span className="type-label"><TypeIcon type={event.type} planned={event.status === 'planned'} /><span>{t(EVENT_TYPE_KEYS[event.type])}</span></span></dd>
        <dt>{t('panel.status')}</dt>
        <dd>{t(EVENT_STATUS_KEYS[event.status])}</dd>
        {event.inForce && (
          <>
            <dt>{t('panel.inForce')}</dt>
            <dd>
              {t('panel.inForceFrom', { from: formatDateText(event.inForce.from, lang) })}
              {' · '}
              {event.inForce.until ? t('panel.inForceUntil', { until: formatDateText(event.inForce.until, lang) }) : t('panel.inForceOpen')}
            </dd>
          </>
        )}
        <dt>{t('panel.countries')}</dt>
        <dd>{event.countries.map((c) => countryName(c, t, lang)).join(', ')}</dd>
        {event.actors.length > 0 && (
          <>
            <dt>{t('panel.actors')}</dt>
            <dd>
              <ul className="event-actors">
                {event.actors.map((a, i) => {
                  const name = inReaderLanguage(a.names, a.name, source.language, lang);
                  const title = a.title === undefined ? null : inReaderLanguage(a.titles, a.title, source.language, lang);
                  return (
                    <li key={`${a.name}-${i}`}>
                      <span className="actor-name" lang={mark(name.lang)}>{name.text}</span>
                      {name.sourceWording && <SourceWording language={name.lang} />}
                      {title && <>, <span className="actor-title" lang={mark(title.lang)}>{title.text}</span></>}
                      {title?.sourceWording && <SourceWording language={title.lang} />}
                      {a.country && <> ({countryName(a.country, t, lang)})</>}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </>
        )}
        {places.length > 0 && (<><dt>{t('panel.places')}</dt><dd>{places.join(', ')}</dd></>)}
        {placeNote && (<><dt>{t('panel.placeNote')}</dt><dd lang={mark(placeNote.lang)}>{placeNote.text}</dd></>)}
      </dl>

      <section className="event-panel-source" aria-labelledby={`${headingId}-source`}>
        <h3 id={`${headingId}-source`}>{t('panel.source')}</h3>
        <dl className="event-facts">
          {source.publisher && (<><dt>{t('panel.publisher')}</dt><dd>{source.publisher}</dd></>)}
          <dt>{t('panel.headline')}</dt>
          <dd lang={source.language}>{source.headline}</dd>
          <dt>{t('panel.articleDate')}</dt>
          <dd>{articleDate}</dd>
          <dt>{t('panel.language')}</dt>
          <dd>{t(SOURCE_LANGUAGE_KEYS[source.language])}</dd>
        </dl>
        <figure className="event-quote">
          {/* A quote not in the reader's language says which it is right by it, kept verbatim (issue 13, session 11
              review): the embed's compact card hides the caption but keeps this label. */}
          {quoteMark === null ? (
            <figcaption id={quoteId}>{t('panel.quote', { language: t(SOURCE_LANGUAGE_KEYS[source.language]) })}</figcaption>
          ) : (
            <>
              <figcaption>{t('panel.quoteOriginal')}</figcaption>{' '}
              <span id={quoteId} className="event-quote-lang">{quoteMark}</span>
            </>
          )}
          <blockquote lang={source.language} aria-describedby={quoteId}>{source.quote}</blockquote>
        </figure>
      </section>
    </section>
  );
}

/** Marks a name or title left in the source's wording: visible text, so screen readers say it too. */
function SourceWording({ language }: { language: Language }) {
  const t = useT();
  return <span className="source-wording"> ({t('panel.sourceWording', { language: t(SOURCE_LANGUAGE_KEYS[language]) })})</span>;
}

/**
 * Scrolls the nearest scrolling box around the panel (the side column, a
 * sheet's body) so that the panel's top is the box's top. Never the
 * document: in an embed that would scroll the host's article.
 */
function revealPanel(panel: HTMLElement | null): void {
  if (!panel) return;
  let box = panel.parentElement;
  while (box && box !== document.body && box !== document.documentElement) {
    const { overflowY } = getComputedStyle(box);
    if ((overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight) break;
    box = box.parentElement;
  }
  if (!box || box === document.body || box === document.documentElement) return;
  // The panel's top at the box's top, whether the heading showed already or not: an event opened
  // from a link, a marker or a row reads the same (session 22 review: a link's panel sat under the
  // legend and "Get the data", a row's at the top).
  box.scrollTop += panel.getBoundingClientRect().top - box.getBoundingClientRect().top;
}
