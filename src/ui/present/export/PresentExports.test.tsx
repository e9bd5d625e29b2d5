import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeEvent } from '../../../../test/unit/makeEvent';
import { timeEvents } from '../../../domain/timeline';
import { eventSteps } from '../../../store/presentation';
import { createViewerStore } from '../../../store/viewerStore';
import { StoreProvider } from '../../StoreContext';
import { PresentExports } from './PresentExports';

const outcome = vi.hoisted(() => ({ fail: true }));
vi.mock('./exportHandout', () => ({
  exportHandout: () => (outcome.fail ? Promise.reject(new Error('the encoder gave up')) : Promise.resolve('handout-en.pdf')),
}));

const events = timeEvents([makeEvent({ id: 'a', date: '2024-08-01' })]);
const byId = new Map(events.map((e) => [e.event.id, e]));

function renderExports() {
  return render(
    <StoreProvider store={createViewerStore({ mode: 'present', lang: 'en' })}>
      <PresentExports handle={null} steps={eventSteps(events)} index={0} goTo={() => undefined} byId={byId} seconds={6} onBusy={() => undefined} />
    </StoreProvider>,
  );
}

/** Lets the export's promises (the code's import, the work) settle. */
const settle = async () => { for (let i = 0; i < 5; i++) await act(async () => { await vi.advanceTimersByTimeAsync(10); }); };

describe('an export\'s outcome (session 17 CI: a failed recording\'s alert was gone 5 s later)', () => {
  afterEach(() => { cleanup(); vi.useRealTimers(); vi.restoreAllMocks(); });

  it('a failure stays on screen until it is dismissed, and the focus goes back to the export button', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    outcome.fail = true;
    renderExports();
    const button = screen.getByRole('button', { name: 'Export handout (PDF)' });
    fireEvent.click(button);
    await settle();
    expect(screen.getByRole('alert').textContent).toBe('The export failed. Try again.');
    await act(async () => { await vi.advanceTimersByTimeAsync(60_000); });
    expect(screen.getByRole('alert')).toBeTruthy();
    // From the Dismiss button itself (the export's end has already given the focus back to the button).
    const dismiss = screen.getByRole('button', { name: 'Dismiss this message' });
    dismiss.focus();
    expect(document.activeElement).toBe(dismiss);
    fireEvent.click(dismiss);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('a success is said, then goes by itself', async () => {
    vi.useFakeTimers();
    outcome.fail = false;
    renderExports();
    fireEvent.click(screen.getByRole('button', { name: 'Export handout (PDF)' }));
    await settle();
    expect(screen.getByRole('status').textContent).toBe('Saved: handout-en.pdf');
    expect(screen.queryByRole('alert')).toBeNull();
    await act(async () => { await vi.advanceTimersByTimeAsync(6000); });
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
