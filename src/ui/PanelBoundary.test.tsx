import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createViewerStore } from '../store/viewerStore';
import { PanelBoundary } from './PanelBoundary';
import { StoreProvider } from './StoreContext';

describe('PanelBoundary', () => {
  it('catches a failing panel, says which, keeps the rest of the page, and retries', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fail = true;
    function Fragile() {
      if (fail) throw new Error('boom');
      return <p>table is back</p>;
    }
    render(
      <StoreProvider store={createViewerStore({ mode: 'explore', lang: 'en' })}>
        <PanelBoundary name="table"><Fragile /></PanelBoundary>
        <p>the timeline still works</p>
      </StoreProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This part of the page failed (table). The rest keeps working.');
    expect(screen.getByText('the timeline still works')).toBeInTheDocument();
    expect(warn).toHaveBeenCalled();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('table is back')).toBeInTheDocument();
    warn.mockRestore();
    error.mockRestore();
  });
});
