import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../domain/event';
import { EVENT_STYLE } from '../../map';
import { TypeIcon } from './TypeIcon';

afterEach(cleanup);

describe('TypeIcon', () => {
  it.each(EVENT_TYPES)('%s: its shape in its colour, hidden from assistive technology', (type) => {
    const { container } = render(<TypeIcon type={type} />);
    const svg = container.querySelector('svg');
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg).toHaveAttribute('data-shape', EVENT_STYLE[type].shape);
    expect(container.querySelector('path')).toHaveAttribute('fill', EVENT_STYLE[type].color);
  });

  it('is hollow, outlined in the colour, when planned', () => {
    const { container } = render(<TypeIcon type="agreement" planned />);
    const path = container.querySelector('path');
    expect(path).toHaveAttribute('fill', '#fff');
    expect(path).toHaveAttribute('stroke', EVENT_STYLE.agreement.color);
  });
});
