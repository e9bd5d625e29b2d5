// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../../test/unit/makeEvent';
import { timeEvents } from '../../../domain/timeline';
import { translator } from '../../../i18n/catalogues';
import type { Translate } from '../../../i18n/translate';
import { eventSteps } from '../../../store/presentation';
import { exportContent } from './exportContent';

const events = timeEvents([
  makeEvent({ id: 'a', date: '2022-06-02', source: { article: 'a1', publisher: 'VNA', headline: 'Hanoï, 2 juin', date: '2022-06', language: 'fr', quote: 'q1' } }),
  makeEvent({ id: 'b', date: '2024-08-01', source: { article: 'a2', headline: 'Le Vietnam et la Chine', date: '2024-08', language: 'fr', quote: 'q2' } }),
  makeEvent({ id: 'c', date: '2026-01-15', source: { article: 'a3', publisher: 'Le Courrier', headline: 'Coordination étroite', date: '2026-01-15', language: 'fr', quote: 'q3' } }),
]);

describe('the handout cover (issue 15 review)', () => {
  for (const lang of ['en', 'fr', 'vi'] as const) {
    it(`names every article's publisher, or says the article names none (${lang})`, () => {
      const t: Translate = translator(lang);
      const { cover } = exportContent({ steps: eventSteps(events), byId: new Map(events.map((e) => [e.event.id, e])), lang, t, today: 0 });
      expect(cover.sources).toHaveLength(3);
      const [first, second, third] = cover.sources;
      expect(first).toMatch(/^VNA, /);
      expect(third).toMatch(/^Le Courrier, /);
      // The article without one says so, before its date and headline.
      const none = t('export.coverSourceNoPublisher', { date: 'X', headline: 'Y' }).split(',')[0] ?? '';
      expect(none.length).toBeGreaterThan(5);
      expect(second?.startsWith(none)).toBe(true);
      expect(second).toContain('Le Vietnam et la Chine');
    });
  }
});

describe('a step page says each thing once (issue 15 review: title, caption and summary said the same)', () => {
  const beijing = timeEvents([makeEvent({
    id: 'bj', date: '2023-12-04', type: 'agreement',
    title: { en: 'Vietnam Border Guard and China\u2019s National Immigration Administration sign talks minutes in Beijing', fr: 'Procès-verbal d\u2019entretien signé à Pékin par les gardes-frontières vietnamiens et l\u2019administration chinoise de l\u2019immigration', vi: 'Bộ đội Biên phòng Việt Nam và Cục Quản lý Xuất nhập cảnh Trung Quốc ký biên bản hội đàm tại Bắc Kinh' },
    summary: { en: 'On 4 December 2023 in Beijing the two sides signed the minutes of their talks, which the Vietnamese Border Guard commander asked to implement effectively at the 2024 talks.', fr: 'Le 4 décembre 2023 à Pékin, les deux parties ont signé le procès-verbal, que le commandant vietnamien a demandé de mettre en œuvre lors des entretiens de 2024.', vi: 'Ngày 4 tháng 12 năm 2023 tại Bắc Kinh, hai bên ký biên bản hội đàm; Tư lệnh Bộ đội Biên phòng đề nghị triển khai hiệu quả tại hội đàm năm 2024.' },
  })]);
  const caption = {
    en: 'On 4 December 2023 in Beijing, Vietnam\u2019s Border Guard and China\u2019s National Immigration Administration sign the minutes of their talks.',
    fr: 'Le 4 décembre 2023 à Pékin, les gardes-frontières vietnamiens et l\u2019administration chinoise de l\u2019immigration signent le procès-verbal de leurs entretiens.',
    vi: 'Ngày 4 tháng 12 năm 2023 tại Bắc Kinh, Bộ đội Biên phòng Việt Nam và Cục Quản lý Xuất nhập cảnh Trung Quốc ký biên bản hội đàm.',
  };
  const content = (lang: 'en' | 'fr' | 'vi', words: typeof caption) => {
    const t: Translate = translator(lang);
    const steps = eventSteps(beijing).map((s) => ({ ...s, caption: words }));
    return exportContent({ steps, byId: new Map(beijing.map((e) => [e.event.id, e])), lang, t, today: 0 });
  };
  for (const lang of ['en', 'fr', 'vi'] as const) {
    it(`leaves out a caption that repeats the title and date, keeps a summary that adds to them (${lang})`, () => {
      const [step] = content(lang, caption).steps;
      expect(step?.caption).toBeUndefined();
      expect(step?.summary).toBeDefined();
      expect(content(lang, caption).footerCredits.length).toBeLessThan(content(lang, caption).credits.length);
    });
  }
  it('keeps a caption in its own words', () => {
    const own = { en: 'The first written record of the two services\u2019 working channel, a year before the patrol accord.', fr: 'x', vi: 'x' };
    expect(content('en', own).steps[0]?.caption).toBe(own.en);
  });
});
