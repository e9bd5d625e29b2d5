import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AGREEMENT, MEETING, PATROL, renderWithStore } from '../events/testing';
import { DensityKey } from './DensityKey';
import { DensityStrip } from './DensityStrip';

afterEach(cleanup);

/** What a screen reader says of an item: its text less what is aria-hidden (the swatch, the phone's short words). */
const said = (li: HTMLElement) => [...li.childNodes].filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true')).map((n) => n.textContent).join('');

describe('DensityKey (issue 13)', () => {
  it.each([
    ['en', 'Key to the strip', 'Exact date', 'Month, year or range only: somewhere in this span'],
    ['fr', 'Légende de la frise', 'Date exacte', 'Mois, année ou période seulement\u202f: quelque part dans cette période'],
    ['vi', 'Chú giải dải mật độ', 'Đúng ngày', 'Chỉ biết tháng, năm hoặc khoảng thời gian: lúc nào đó trong khoảng này'],
  ])('names both kinds of mark in %s', (lang, name, exact, vague) => {
    renderWithStore(<DensityKey />, { init: { lang } });
    const key = screen.getByRole('list', { name });
    expect(within(key).getAllByRole('listitem').map(said)).toEqual([exact, vague]);
    for (const item of within(key).getAllByRole('listitem')) expect(item).toBeVisible();
  });

  it('shows only the kinds the strip draws', () => {
    renderWithStore(<DensityKey />, { events: [PATROL, MEETING] });
    expect(screen.getAllByRole('listitem').map(said)).toEqual(['Exact date']);
    cleanup();
    renderWithStore(<DensityKey />, { events: [AGREEMENT] });
    expect(screen.getAllByRole('listitem').map(said)).toEqual(['Month, year or range only: somewhere in this span']);
    // A phone sees the short words (one line above the bottom bar, reader3), hidden from screen readers.
    expect(screen.getByText('Month, year or range')).toHaveAttribute('aria-hidden', 'true');
  });
});

describe('DensityStrip (issue 13)', () => {
  it('draws a vague date as a low hatched range over its whole month, and exact dates as bars', () => {
    const { container } = renderWithStore(<DensityStrip />, { events: [PATROL, MEETING, AGREEMENT, { ...MEETING, id: 'm2', date: '2024-03-20' }] });
    const svg = container.querySelector('svg')!;
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    const patternId = svg.querySelector('pattern')?.id;
    expect(patternId).toBeTruthy();
    const ranges = [...svg.querySelectorAll('rect[data-precision]')];
    expect(ranges.map((r) => r.getAttribute('data-precision'))).toEqual(['month']);
    const range = ranges[0]!;
    expect(range).toHaveAttribute('fill', `url(#${patternId})`);
    // The span runs from 15 January to 31 August: August is the last 31 of 230 days, drawn to the right edge.
    const x = Number(range.getAttribute('x'));
    const width = Number(range.getAttribute('width'));
    expect(x).toBeCloseTo(((230 - 31 + 1 - 1) / 229) * 1000, 0);
    expect(x + width).toBeCloseTo(1000, 0);
    // Low: never as tall as the busiest month's bar.
    const bars = [...svg.querySelectorAll('rect:not([data-precision])')].filter((r) => r.closest('pattern') === null);
    const tallest = Math.max(...bars.map((b) => Number(b.getAttribute('height'))));
    expect(Number(range.getAttribute('height'))).toBeLessThan(tallest / 2);
  });
});
