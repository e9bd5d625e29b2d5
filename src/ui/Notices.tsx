import { useMemo } from 'react';
import type { Problem } from '../data/problems';
import { loadProblemMessages, problemCatalogues } from '../i18n/catalogues';
import type { MessageKey } from '../i18n/locales/en';
import type { ProblemCatalogue, ProblemMessageKey } from '../i18n/problems/problemWords.en';
import { formatMessage, type MessageParams, type Translate } from '../i18n/translate';
import { useRetryable } from './useRetryable';
import type { Notice } from '../store/viewerStore';
import { useViewer } from './StoreContext';
import { useT } from './useT';

/** The catalogue key that words a validator problem (`problem.<code>`; Notices.test.tsx checks every code has one in every language). */
export const problemKey = (p: Pick<Problem, 'code'>) => `problem.${p.code}` as ProblemMessageKey;

/** Words a problem-catalogue message (src/i18n/problems). */
export type ProblemTranslate = (key: ProblemMessageKey, params?: MessageParams) => string;

export const problemTranslate = (catalogue: ProblemCatalogue, lang: string): ProblemTranslate =>
  (key, params) => formatMessage(catalogue[key], lang, params);

/**
 * The validator's params are data (ids, values from the file) except a few
 * words it fills in itself: JSON types, kinds of place, validity ranges.
 * Those are translated; everything else is shown as the file gave it.
 */
const PARAM_WORDS: Readonly<Record<string, ProblemMessageKey>> = {
  'an object': 'word.object', 'an array': 'word.array', 'a string': 'word.string', 'a number': 'word.number',
  'a boolean': 'word.boolean', null: 'word.null', 'a undefined': 'word.nothing', nothing: 'word.nothing',
  place: 'word.place', province: 'word.province', district: 'word.district', border: 'word.border', country: 'word.country',
  town: 'word.town', 'national-capital': 'word.capital', 'provincial-capital': 'word.capital', 'border-gate': 'word.gate',
};

/** Why a link's file was refused (src/app/dataUrl.ts), in the reader's language. */
const REFUSAL_REASONS: Readonly<Record<string, MessageKey>> = {
  'too long': 'refused.tooLong', 'not a valid address': 'refused.badAddress', 'not on this site': 'refused.otherSite',
  'not a .json or .csv file': 'refused.notJsonOrCsv', 'not a .json file': 'refused.notJson',
};

export function localizeDetail(t: Translate, kind: Notice['kind'], detail: string): string {
  const reason = kind === 'data-refused' || kind === 'script-refused' ? REFUSAL_REASONS[detail] : undefined;
  return reason ? t(reason) : detail;
}

export function localizeParams(t: ProblemTranslate, params: Problem['params']): Problem['params'] {
  if (!params) return params;
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'string') { out[key] = value; continue; }
    const word = PARAM_WORDS[value];
    const range = key === 'validity' ? /^(?:from (\S+))?(?: ?to (\S+)| ?until (\S+))?$/.exec(value) : null;
    if (word) out[key] = t(word);
    else if (range && (range[1] || range[2] || range[3])) {
      const [, from, to, until] = range;
      out[key] = from && to ? t('word.validFromTo', { from, to }) : from ? t('word.validFrom', { from }) : t('word.validUntil', { until: until ?? to ?? '' });
    } else out[key] = value;
  }
  return out;
}

/**
 * `line 12 [event-id] · date: "2026-02-30" is not a real calendar date`, in the reader's language (issue 7).
 * Until the problem messages are in, "Loading…"; if they cannot be had, the problem's code.
 */
function problemLine(t: Translate, words: ProblemTranslate | 'pending' | 'failed', p: Problem): string {
  const message = words === 'pending' ? t('app.loading') : words === 'failed' ? p.code : words(problemKey(p), localizeParams(words, p.params));
  return t('notice.problemLine', { line: String(p.line), id: p.eventId !== undefined ? ` [${p.eventId}]` : '', field: p.field, message });
}

/**
 * The problem messages in the reader's language: at once if already loaded,
 * else fetched once a notice has problems to list (one request per language;
 * `retry` makes another after a failure).
 */
function useProblemWords(lang: string, needed: boolean, load: typeof loadProblemMessages): { words: ProblemTranslate | 'pending' | 'failed'; retry: () => void } {
  const cached = problemCatalogues.get(lang);
  const { state, retry } = useRetryable(needed && !cached ? lang : null, load);
  const words = useMemo(() => (cached ? problemTranslate(cached, lang) : null), [cached, lang]);
  return { words: words ?? (state === 'failed' ? 'failed' : 'pending'), retry };
}

/** Dismissible notices of what was skipped and why: nothing is lost silently. */
export function Notices({ loadWords = loadProblemMessages }: { loadWords?: typeof loadProblemMessages } = {}) {
  const t = useT();
  const notices = useViewer((s) => s.notices);
  const dismiss = useViewer((s) => s.dismissNotice);
  const lang = useViewer((s) => s.lang);
  const { words, retry } = useProblemWords(lang, notices.some((n) => (n.problems?.length ?? 0) > 0), loadWords);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} role="alert" className="notice">
          <p>
            {n.kind === 'problems' ? t('notice.problemsTitle', { count: n.count, file: n.file })
              : n.kind === 'link-ignored' ? t('notice.linkIgnored', { count: n.count })
              : n.kind === 'data-refused' ? t('notice.dataRefused', { file: n.file })
              : n.kind === 'live-failed' ? t('notice.liveFailed', { file: n.file, count: n.count, time: clockTime(n.retryAt, lang) })
              : n.kind === 'script-refused' ? t('notice.scriptRefused', { file: n.file })
              : n.kind === 'script-failed' ? t('notice.scriptFailed', { file: n.file, reason: n.reason ?? '' })
              : n.kind === 'script-problems' ? t('notice.scriptProblems', { count: n.count, file: n.file })
              : t('notice.geoFailed', { file: n.file, reason: n.reason ?? '' })}
          </p>
          {n.details.length + (n.problems?.length ?? 0) > 0 && (
            <ul className="notice-details">
              {n.details.slice(0, 50).map((d, i) => <li key={`d${i}`}>{localizeDetail(t, n.kind, d)}</li>)}
              {n.problems?.slice(0, 50).map((p, i) => <li key={`p${i}`}>{problemLine(t, words, p)}</li>)}
            </ul>
          )}
          {words === 'failed' && (n.problems?.length ?? 0) > 0 && (
            <p className="notice-failed">
              {t('notice.problemWordsFailed')} <button type="button" onClick={retry}>{t('error.retry')}</button>
            </p>
          )}
          <button type="button" onClick={() => dismiss(n.id)}>{t('notice.dismiss')}</button>
        </div>
      ))}
    </div>
  );
}

/** The reader's wall-clock time of an instant, e.g. 14:05 (the next live poll). */
function clockTime(at: number | undefined, lang: string): string {
  if (at === undefined || !Number.isFinite(at)) return '–';
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(new Date(at));
}
