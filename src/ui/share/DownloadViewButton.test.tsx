import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MapHandle } from '../../map';
import { renderWithStore } from '../events/testing';
import { MapHandleContext } from '../MapHandleContext';
import { DownloadViewButton } from './DownloadViewButton';

afterEach(() => { cleanup(); vi.restoreAllMocks(); });

describe('DownloadViewButton', () => {
  it('waits for the map: disabled until there is one to draw', () => {
    renderWithStore(<DownloadViewButton />);
    expect(screen.getByRole('button', { name: 'Download image (PNG)' })).toBeDisabled();
  });

  it('is not offered in an embed, to the readers of an article', () => {
    renderWithStore(<DownloadViewButton />, { init: { mode: 'embed' } });
    expect(screen.queryByRole('button', { name: 'Download image (PNG)' })).toBeNull();
  });

  it('snapshots the map at 1200×675 and says so when the image cannot be made', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const snapshot = vi.fn((w: number, h: number) => Promise.resolve(Object.assign(document.createElement('canvas'), { width: w, height: h })));
    const handle = { snapshot, camera: () => ({ zoom: 6, lat: 16, lng: 106 }) } as unknown as MapHandle;
    renderWithStore(<MapHandleContext value={handle}><DownloadViewButton /></MapHandleContext>);
    const button = screen.getByRole('button', { name: 'Download image (PNG)' });
    await user.click(button);
    expect(snapshot).toHaveBeenCalledWith(1200, 675);
    // jsdom has no 2D canvas to draw on: the failure is said, and the button works again.
    expect(await screen.findByText('The image could not be made; try again.')).toBeInTheDocument();
    expect(button).toBeEnabled();
  });
});
