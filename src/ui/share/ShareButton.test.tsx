import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../events/testing';
import { ShareButton } from './ShareButton';

afterEach(() => { cleanup(); vi.restoreAllMocks(); window.history.replaceState(null, '', '/'); });
beforeEach(() => { window.history.replaceState(null, '', '/?date=2026-01-20&lang=en&mode=embed&embedId=one#map=7/16.6/106.7'); });

const stubClipboard = (writeText: (text: string) => Promise<void>) =>
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

describe('ShareButton', () => {
  it('opens a dialog with the link to this view and the embed code, as text', async () => {
    const user = userEvent.setup();
    renderWithStore(<ShareButton />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    // The dialog is its own chunk, fetched on the first click.
    const dialog = await screen.findByRole('dialog', { name: 'Share this view' });
    const link = within(dialog).getByRole('textbox', { name: 'Link to this view' });
    expect(link).toHaveValue(`${window.location.origin}/?date=2026-01-20&lang=en#map=7/16.6/106.7`);
    const code = within(dialog).getByRole('textbox', { name: 'Embed code' });
    expect(code.tagName).toBe('TEXTAREA');
    expect(code).toHaveAttribute('readonly');
    expect((code as HTMLTextAreaElement).value).toMatch(/^<iframe src="http:\/\/[^"]+\/\?date=2026-01-20&amp;lang=en&amp;mode=embed#map=7\/16.6\/106.7" title="Interactive map/);
    expect((code as HTMLTextAreaElement).value).toContain('<script src="http://localhost:3000/embed.js" async></script>');
    expect(dialog.querySelector('iframe')).toBeNull();
  });

  it('copies the link and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    renderWithStore(<ShareButton />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    stubClipboard(writeText);
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?date=2026-01-20&lang=en#map=7/16.6/106.7`);
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied.');
  });

  it('selects the text for a manual copy when the clipboard refuses', async () => {
    const user = userEvent.setup();
    renderWithStore(<ShareButton />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    stubClipboard(() => Promise.reject(new Error('denied')));
    await user.click(await screen.findByRole('button', { name: 'Copy embed code' }));
    const code = screen.getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    expect(await screen.findByRole('status')).toHaveTextContent('press Ctrl+C');
    expect(code).toHaveFocus();
    expect(code.selectionStart).toBe(0);
    expect(code.selectionEnd).toBe(code.value.length);
  });

  it('stops playback, and gives focus back to the Share button on close', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ShareButton />);
    store.getState().setPlaying(true);
    const button = screen.getByRole('button', { name: 'Share' });
    await user.click(button);
    expect(store.getState().playing).toBe(false);
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });
});
