import { cleanup, screen } from '@testing-library/react';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PROBLEM_CODES, PROBLEM_MESSAGES, problem, problemMessage } from '../data/problems';
import { problemCatalogues } from '../i18n/catalogues';
import type { ProblemCatalogue } from '../i18n/problems/problemWords.en';
import { renderWithStore } from './events/testing';
import { localizeParams, Notices, problemKey, problemTranslate } from './Notices';

afterEach(cleanup);

const names = (template: string) => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('validator problems in every language (issue 7)', () => {
  it('has problem messages for every language', () => {
    expect([...problemCatalogues.keys()].sort()).toEqual(['en', 'fr', 'vi']);
  });
  for (const [code, catalogue] of problemCatalogues) {
    it(`${code} words every problem code, with the validator's params`, () => {
      const missing = PROBLEM_CODES.filter((c) => !(problemKey({ code: c }) in catalogue));
      expect(missing).toEqual([]);
      for (const c of PROBLEM_CODES) {
        expect(names(catalogue[problemKey({ code: c })]), c).toEqual(names(PROBLEM_MESSAGES[c]));
      }
    });
  }
});

describe('Notices', () => {
  const problems = [
    problem('date-impossible', { file: 'mixed.json', line: 12, eventId: 'e-1' }, 'date', { value: '2026-02-30' }),
    problem('unknown-type', { file: 'mixed.json', line: 30, eventId: 'e-2' }, 'type', { value: 'picnic', allowed: 'twinning, agreement' }),
  ];

  it("words each problem in the reader's language and follows a language change", async () => {
    const { store } = renderWithStore(<Notices />, { init: { lang: 'fr' } });
    act(() => store.getState().addNotice({ id: 'p', kind: 'problems', file: 'mixed.json', count: 2, details: [], problems }));
    // Messages already loaded are shown at once: no "Loading…" in between, which the alert would announce.
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'ligne 12 [e-1] · date\u202f: «\u202f2026-02-30\u202f» n’est pas une date réelle du calendrier',
      'ligne 30 [e-2] · type\u202f: type d’événement inconnu «\u202fpicnic\u202f»\u202f; types admis\u202f: twinning, agreement',
    ]);
    await act(async () => store.getState().setLang('vi'));
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('dòng 12 [e-1] · date: “2026-02-30” không phải là một ngày có thật');
    await act(async () => store.getState().setLang('en'));
    // The English words are the validator's own, as the command line prints them.
    expect(screen.getAllByRole('listitem')[1]).toHaveTextContent(`line 30 [e-2] · type: ${problemMessage(problems[1]!)}`);
  });
});

describe('problem messages that are not loaded yet', () => {
  const problems = [problem('date-impossible', { file: 'f.json', line: 3, eventId: 'e-1' }, 'date', { value: '2026-02-30' })];
  const catalogues = problemCatalogues as Map<string, ProblemCatalogue>;
  const vi = catalogues.get('vi')!;
  afterEach(() => { catalogues.set('vi', vi); });

  it('say "Loading…", then the messages; if they cannot be had, say so and offer to try again', async () => {
    catalogues.delete('vi');
    let fail = true;
    const load = async (code: string) => {
      if (fail) throw new Error('offline');
      catalogues.set(code, vi);
      return vi;
    };
    const { store } = renderWithStore(<Notices loadWords={load} />, { init: { lang: 'vi' } });
    act(() => store.getState().addNotice({ id: 'p', kind: 'problems', file: 'f.json', count: 1, details: [], problems }));
    expect(screen.getByRole('listitem')).toHaveTextContent('dòng 3 [e-1] · date: Đang tải…');
    await act(async () => {});
    // The problem's code stands in, and one line says why.
    expect(screen.getByRole('listitem')).toHaveTextContent('dòng 3 [e-1] · date: date-impossible');
    expect(screen.getByText('Không tải được phần mô tả các lỗi này.')).toBeInTheDocument();
    fail = false;
    await act(async () => screen.getByRole('button', { name: 'Thử lại' }).click());
    expect(screen.getByRole('listitem')).toHaveTextContent('dòng 3 [e-1] · date: “2026-02-30” không phải là một ngày có thật');
    expect(screen.queryByText('Không tải được phần mô tả các lỗi này.')).toBeNull();
  });
});

describe('the words the validator fills in', () => {
  const t = (lang: string) => {
    const catalogue = problemCatalogues.get(lang);
    if (!catalogue) throw new Error(lang);
    return problemTranslate(catalogue, lang);
  };

  it('are translated; data from the file is not', () => {
    expect(localizeParams(t('fr'), { expected: 'a string', found: 'an array' })).toEqual({ expected: 'un texte', found: 'une liste' });
    expect(localizeParams(t('vi'), { id: 'place-x', expected: 'province', kind: 'border-gate' })).toEqual({ id: 'place-x', expected: 'tỉnh', kind: 'cửa khẩu' });
    expect(localizeParams(t('fr'), { validity: 'from 2025-07-01', value: 'a string', max: 4 })).toEqual({ validity: 'à partir du 2025-07-01', value: 'un texte', max: 4 });
    expect(localizeParams(t('fr'), { validity: 'from 2020-01-01 to 2025-06-30' })).toEqual({ validity: 'du 2020-01-01 au 2025-06-30' });
    expect(localizeParams(t('en'), { validity: 'until 2025-06-30' })).toEqual({ validity: 'until 2025-06-30' });
    expect(localizeParams(t('fr'), { validity: 'sometime' })).toEqual({ validity: 'sometime' });
  });

  it('cover every kind of feature in the geography', () => {
    for (const kind of ['border', 'national-capital', 'country', 'provincial-capital', 'district', 'border-gate', 'province', 'town', 'place']) {
      expect(localizeParams(t('vi'), { kind })?.kind, kind).not.toBe(kind);
    }
  });
});

describe('why a file in a link was refused', () => {
  it('is said in the reader\'s language', () => {
    const { store } = renderWithStore(<Notices />, { init: { lang: 'fr' } });
    act(() => store.getState().addNotice({ id: 's', kind: 'script-refused', file: 'https://x/brief.json', count: 1, details: ['not on this site'] }));
    expect(screen.getByRole('listitem')).toHaveTextContent('il n’est pas sur ce site');
    act(() => store.getState().addNotice({ id: 'l', kind: 'link-ignored', file: '', count: 1, details: ['not on this site'] }));
    // Other details (the parts of a link that were ignored) are shown as they were.
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toContain('not on this site');
  });
});
