// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { embedUrl, fullMapUrl, withDate } from './shareLinks';

const BASE = 'https://news.example/maps/border/';

describe('fullMapUrl', () => {
  it.each([
    [`${BASE}?date=2026-01-20&mode=embed&lang=en#map=7/16.6/106.7`, `${BASE}?date=2026-01-20&lang=en#map=7/16.6/106.7`],
    [`${BASE}?mode=embed&embedId=a&childId=b&initialWidth=320&parentTitle=T&parentUrl=https%3A%2F%2Fhost%2F&types=twinning`, `${BASE}?types=twinning`],
    [`${BASE}?date=2026-01-20`, `${BASE}?date=2026-01-20`],
    [`${BASE}index.html?mode=embed`, `${BASE}index.html`],
    // The `embed=1` alias of mode=embed goes too, or the full map would open as an embed again.
    [`${BASE}?embed=1&date=2026-01-20&dark`, `${BASE}?date=2026-01-20`],
  ])('%s → %s', (href, expected) => {
    expect(fullMapUrl(href)).toBe(expected);
  });
});

describe('withDate (session 22 review: a link without a date opens on another day once the record grows)', () => {
  it('writes the moment shown into an address that has none', () => {
    expect(withDate('https://x.test/map/?lang=en#map=7/16.6/106.7', '2026-02-05')).toBe('https://x.test/map/?lang=en&date=2026-02-05#map=7/16.6/106.7');
  });
  it('keeps a date the address has, a live page, and an address with no record loaded as they are', () => {
    expect(withDate('https://x.test/?date=2024-01-01', '2026-02-05')).toBe('https://x.test/?date=2024-01-01');
    expect(withDate('https://x.test/?live=60', '2026-02-05')).toBe('https://x.test/?live=60');
    expect(withDate('https://x.test/?lang=fr', null)).toBe('https://x.test/?lang=fr');
  });
});

describe('embedUrl', () => {
  it.each([
    [`${BASE}?date=2026-01-20&lang=fr#map=7/16.6/106.7`, `${BASE}?date=2026-01-20&lang=fr&mode=embed#map=7/16.6/106.7`],
    [`${BASE}?mode=embed&embedId=one&lang=vi`, `${BASE}?lang=vi&mode=embed`],
    [`${BASE}?mode=embed&embedId=one&mirror&date=2026-01-20`, `${BASE}?date=2026-01-20&mode=embed`],
    [BASE, `${BASE}?mode=embed`],
  ])('%s → %s', (href, expected) => {
    expect(embedUrl(href)).toBe(expected);
  });
});

describe('an embed that mirrors its view into the article', () => {
  it('asks for it by name, and a new code gets a new name', async () => {
    const { embedUrl, newEmbedId } = await import('./shareLinks');
    const src = new URL(embedUrl('https://m.example/map/?date=2026-01-15&mode=embed&embedId=old&mirror#map=7/16/106', 'map-abcde'));
    expect(src.searchParams.get('mode')).toBe('embed');
    expect(src.searchParams.get('embedId')).toBe('map-abcde');
    expect(src.searchParams.has('mirror')).toBe(true);
    expect(src.hash).toBe('#map=7/16/106');
    expect(new URL(embedUrl('https://m.example/map/?mirror&embedId=x')).searchParams.has('mirror')).toBe(false);
    expect(newEmbedId(() => 0)).toBe('map-aaaaa');
    expect(newEmbedId()).toMatch(/^map-[a-z2-9]{5}$/);
  });
});
