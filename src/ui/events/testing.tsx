// Test support for the UI tests of src/ui/events and src/ui/timeline: a few
// hand-written events (valid per src/domain/event.ts) and a render helper
// with a real store. Not imported by application code.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { BorderEvent } from '../../domain/event';
import { createViewerStore, type ViewerInit, type ViewerStore } from '../../store/viewerStore';
import { PlaceNameProvider, type PlaceNameLookup } from '../GeographyContext';
import { StoreProvider } from '../StoreContext';

const NO_LINKS = { places: [], provinces: [], districts: [], borders: [] };

export const PATROL: BorderEvent = {
  id: 'patrouille-quang-tri-savannakhet-2024-01',
  type: 'joint-patrol',
  countries: ['VN', 'LA'],
  actors: [{ name: 'Nguyễn Văn Hùng', title: 'commandant de la garde-frontière de Quảng Trị', country: 'VN' }],
  date: '2024-01-15',
  dateBasis: 'text',
  status: 'held',
  links: { ...NO_LINKS, provinces: ['vn-quang-tri'], places: ['gate-lao-bao'] },
  title: {
    fr: 'Patrouille conjointe à Lao Bảo',
    en: 'Joint patrol at Lao Bảo',
    vi: 'Tuần tra chung tại Lao Bảo',
  },
  summary: {
    fr: 'Les gardes-frontières des deux pays patrouillent ensemble le long de la frontière.',
    en: 'Border guards of both countries patrol the border together.',
    vi: 'Bộ đội biên phòng hai nước cùng tuần tra dọc biên giới.',
  },
  source: {
    article: '001_patrol',
    publisher: 'VNA',
    headline: 'Quảng Trị et Savannakhet renforcent leur coopération',
    date: '2024-01-16',
    language: 'fr',
    quote: 'Les deux forces ont mené une patrouille conjointe le 15 janvier […] à Lao Bảo.',
  },
};

export const MEETING: BorderEvent = {
  id: 'rencontre-lang-son-guangxi-2024-03',
  type: 'high-level-meeting',
  countries: ['VN', 'CN'],
  actors: [{ name: 'Hồ Tiến Thiệu', title: 'secrétaire du Comité provincial du Parti' }],
  date: '2024-03-02',
  dateBasis: 'text',
  status: 'held',
  links: { ...NO_LINKS, places: ['gate-huu-nghi'] },
  title: { fr: 'Rencontre Lạng Sơn–Guangxi', en: 'Lạng Sơn–Guangxi meeting', vi: 'Hội đàm Lạng Sơn – Quảng Tây' },
  summary: { fr: 'Séance de travail.', en: 'Working session.', vi: 'Buổi làm việc.' },
  source: {
    article: '002_meeting',
    headline: 'Lạng Sơn et le Guangxi tiennent une séance de travail',
    date: '2024-03-03',
    language: 'fr',
    quote: 'Une séance de travail s’est tenue le 2 mars.',
  },
};

export const AGREEMENT: BorderEvent = {
  id: 'accord-gestion-frontiere-2024-08',
  type: 'agreement',
  countries: ['VN', 'LA'],
  actors: [],
  date: '2024-08',
  dateBasis: 'article-date',
  dateNote: {
    fr: 'Le texte ne donne que le mois.',
    en: 'The text gives only the month.',
    vi: 'Văn bản chỉ nêu tháng.',
  },
  status: 'held',
  links: NO_LINKS,
  placeNote: { fr: 'Lieu non précisé.', en: 'Place not given.', vi: 'Không rõ địa điểm.' },
  inForce: { from: '2024-09-01' },
  title: { fr: 'Accord sur la gestion de la frontière', en: 'Border management agreement', vi: 'Thỏa thuận quản lý biên giới' },
  summary: { fr: 'Un accord est signé.', en: 'An agreement is signed.', vi: 'Một thỏa thuận được ký kết.' },
  source: {
    article: '003_agreement',
    headline: 'Un nouvel accord frontalier',
    date: '2024-08',
    language: 'fr',
    quote: 'Les deux parties ont signé un accord […].',
  },
};

export const PLANNED_EXCHANGE: BorderEvent = {
  id: 'echange-jeunesse-2024-10',
  type: 'exchange',
  countries: ['VN', 'LA', 'KH'],
  actors: [],
  date: '2024-10-01/2024-10-04',
  dateBasis: 'text',
  status: 'planned',
  links: NO_LINKS,
  title: { fr: 'Échange de jeunes', en: 'Youth exchange', vi: 'Giao lưu thanh niên' },
  summary: { fr: 'Un échange est prévu.', en: 'An exchange is planned.', vi: 'Dự kiến có một cuộc giao lưu.' },
  source: {
    article: '004_exchange',
    headline: 'Un échange de jeunes en préparation',
    date: '2024-09-20',
    language: 'fr',
    quote: 'Un échange aura lieu du 1er au 4 octobre.',
  },
};

export const FIXTURES: readonly BorderEvent[] = [PATROL, MEETING, AGREEMENT, PLANNED_EXCHANGE];

const PLACE_NAMES: Record<string, Record<string, string>> = {
  'vn-quang-tri': { fr: 'Quảng Trị', en: 'Quảng Trị', vi: 'Quảng Trị' },
  'gate-lao-bao': { fr: 'Poste frontière de Lao Bảo', en: 'Lao Bảo border gate', vi: 'Cửa khẩu Lao Bảo' },
  'gate-huu-nghi': { fr: 'Poste frontière de Hữu Nghị', en: 'Hữu Nghị border gate', vi: 'Cửa khẩu Hữu Nghị' },
};
export const placeName: PlaceNameLookup = (id, lang) => PLACE_NAMES[id]?.[lang] ?? id;

export interface Rendered extends RenderResult {
  store: ViewerStore;
}

/** Renders `ui` inside a provider with a fresh store holding `events`. */
export function renderWithStore(
  ui: ReactElement,
  { events = FIXTURES, init = {} }: { events?: readonly BorderEvent[]; init?: Partial<ViewerInit> } = {},
): Rendered {
  const store = createViewerStore({ mode: 'explore', lang: 'en', ...init });
  store.getState().setEvents(events, (id) => Object.values(PLACE_NAMES[id] ?? {}));
  const result = render(
    <StoreProvider store={store}>
      <PlaceNameProvider lookup={placeName}>{ui}</PlaceNameProvider>
    </StoreProvider>,
  );
  return { ...result, store };
}
