import { describe, expect, it } from 'vitest';
import { embedUrl, fullMapUrl } from './shareLinks';

const BASE = 'https://news.example/maps/border/';

describe('fullMapUrl', () => {
  it.each([
    [`${BASE}?date=2026-01-20&mode=embed&lang=en#map=7/16.6/106.7`, `${BASE}?date=2026-01-20&lang=en#map=7/16.6/106.7`],
    [`${BASE}?mode=embed&embedId=a&childId=b&initialWidth=320&parentTitle=T&parentUrl=https%3A%2F%2Fhost%2F&types=twinning`, `${BASE}?types=twinning`],
    [`${BASE}?date=2026-01-20`, `${BASE}?date=2026-01-20`],
    [`${BASE}index.html?mode=embed`, `${BASE}index.html`],
  ])('%s → %s', (href, expected) => {
    expect(fullMapUrl(href)).toBe(expected);
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
