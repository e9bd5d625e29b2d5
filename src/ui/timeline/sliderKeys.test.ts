// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dayNumber as d } from '../../domain/dayNumber';
import { addMonths, sliderKeyTarget } from './sliderKeys';

const span = { start: d(2024, 1, 15), end: d(2024, 10, 4) };

describe('sliderKeyTarget', () => {
  it.each([
    ['ArrowRight', d(2024, 3, 2), d(2024, 3, 3)],
    ['ArrowUp', d(2024, 3, 2), d(2024, 3, 3)],
    ['ArrowLeft', d(2024, 3, 1), d(2024, 2, 29)],
    ['ArrowDown', d(2024, 3, 1), d(2024, 2, 29)],
    ['ArrowLeft', d(2024, 1, 15), d(2024, 1, 15)],
    ['ArrowRight', d(2024, 10, 4), d(2024, 10, 4)],
    ['PageUp', d(2024, 3, 2), d(2024, 4, 2)],
    ['PageDown', d(2024, 3, 31), d(2024, 2, 29)],
    ['PageDown', d(2024, 2, 1), d(2024, 1, 15)],
    ['PageUp', d(2024, 9, 20), d(2024, 10, 4)],
    ['Home', d(2024, 5, 5), d(2024, 1, 15)],
    ['End', d(2024, 5, 5), d(2024, 10, 4)],
    ['a', d(2024, 5, 5), null],
  ])('%s from %i → %s', (key, cursor, expected) => {
    expect(sliderKeyTarget(key, cursor, span)).toBe(expected);
  });

  it.each([
    [d(2024, 1, 31), 1, d(2024, 2, 29)],
    [d(2023, 1, 31), 1, d(2023, 2, 28)],
    [d(2024, 12, 15), 1, d(2025, 1, 15)],
    [d(2025, 1, 15), -1, d(2024, 12, 15)],
    [d(2024, 3, 31), -13, d(2023, 2, 28)],
  ])('addMonths(%i, %i)', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });
});
