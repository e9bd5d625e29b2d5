import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../events/testing';
import { COMPACT_EXPLORER_QUERY, useCompactExplorer } from './useMediaQuery';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A window whose matchMedia answers `matches` for the compact query and false for any other. */
function stubWidth(compact: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: compact && query === COMPACT_EXPLORER_QUERY,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

function Probe() {
  return <p>{useCompactExplorer() ? 'compact' : 'wide'}</p>;
}

describe('useCompactExplorer (the one rule for App.tsx\'s class and the side panel\'s sheets)', () => {
  it('is on in the explorer when the window matches the compact query', () => {
    stubWidth(true);
    renderWithStore(<Probe />);
    expect(screen.getByText('compact')).toBeInTheDocument();
  });

  it('is off in a wide window', () => {
    stubWidth(false);
    renderWithStore(<Probe />);
    expect(screen.getByText('wide')).toBeInTheDocument();
  });

  it('is off in the embed and the briefing at any width: they keep their own layouts', () => {
    stubWidth(true);
    renderWithStore(<Probe />, { init: { mode: 'embed' } });
    expect(screen.getByText('wide')).toBeInTheDocument();
    cleanup();
    renderWithStore(<Probe />, { init: { mode: 'present' } });
    expect(screen.getByText('wide')).toBeInTheDocument();
  });
});
