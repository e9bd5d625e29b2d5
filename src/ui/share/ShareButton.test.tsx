import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dayToIso } from '../../domain/dayNumber';
import { renderWithStore } from '../events/testing';
import { ShareButton } from './ShareButton';

afterEach(() => { cleanup(); vi.restoreAllMocks(); window.history.replaceState(null, '', '/'); });
beforeEach(() => { window.history.replaceState(null, '', '/?date=2026-01-20&lang=en&mode=embed&embedId=one#map=7/16.6/106.7'); });

const stubClipboard = (writeText: (text: string) => Promise<void>) =>
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

describe('ShareButton', () => {
  it('writes the day shown into the link and the embed code when the address has no date (session 22 review)', async () => {
    window.history.replaceState(null, '', '/?lang=en');
    const user = userEvent.setup();
    const { store } = renderWithStore(<ShareButton />);
    const day = dayToIso(store.getState().cursor);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this view' }, { timeout: 5000 });
    expect(within(dialog).getByRole('textbox', { name: 'Link to this view' })).toHaveValue(`${window.location.origin}/?lang=en&date=${day}`);
    expect((within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value).toContain(`/?lang=en&amp;date=${day}&amp;mode=embed`);
  });

  it('opens a dialog with the link to this view and the embed code, as text', async () => {
    const user = userEvent.setup();
    renderWithStore(<ShareButton />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    // The dialog is its own chunk, fetched on the first click.
    const dialog = await screen.findByRole('dialog', { name: 'Share this view' }, { timeout: 5000 });
    const link = within(dialog).getByRole('textbox', { name: 'Link to this view' });
    expect(link).toHaveValue(`${window.location.origin}/?date=2026-01-20&lang=en#map=7/16.6/106.7`);
    const code = within(dialog).getByRole('textbox', { name: 'Embed code' });
    expect(code.tagName).toBe('TEXTAREA');
    expect(code).toHaveAttribute('readonly');
    expect((code as HTMLTextAreaElement).value).toMatch(/^<iframe src="http:\/\/[^"]+\/\?date=2026-01-20&amp;lang=en&amp;mode=embed#map=7\/16.6\/106.7" title="Interactive map/);
    expect((code as HTMLTextAreaElement).value).toContain('<script src="http://localhost:3000/embed.js" async></script>');
    // The builder's preview is a frame of the embed; the snippet stays text.
    expect(within(dialog).getByTitle('Preview of the embed')).toHaveAttribute('src', expect.stringContaining('mode=embed'));
  });

  it('leads with the link and Copy link; the embed comes after, under "Embed this map" (issue 13, session 8)', async () => {
    const user = userEvent.setup();
    renderWithStore(<ShareButton />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this view' }, { timeout: 5000 });
    const buttons = within(dialog).getAllByRole('button');
    expect(buttons.map((b) => b.textContent).slice(0, 2)).toEqual(['Close', 'Copy link']);
    const embed = within(dialog).getByRole('region', { name: 'Embed this map' });
    const copyLink = within(dialog).getByRole('button', { name: 'Copy link' });
    expect(embed.contains(copyLink)).toBe(false);
    expect(copyLink.compareDocumentPosition(embed) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(embed).getByRole('textbox', { name: 'Embed code' })).toBeInTheDocument();
    expect(within(embed).getByRole('button', { name: 'Copy embed code' })).toBeInTheDocument();
  });

  it('gives the iframe code and its Copy before the AMP code (issue 14 journalist review)', async () => {
    const user = userEvent.setup();
    renderWithStore(<ShareButton />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this view' }, { timeout: 5000 });
    const code = within(dialog).getByRole('textbox', { name: 'Embed code' });
    const copy = within(dialog).getByRole('button', { name: 'Copy embed code' });
    const amp = within(dialog).getByRole('textbox', { name: /AMP page/ });
    expect((amp as HTMLTextAreaElement).value).toMatch(/^<amp-iframe /);
    expect(code.compareDocumentPosition(amp) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(copy.compareDocumentPosition(amp) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('previews the embed at a phone\'s width or an article column\'s, from the keyboard too', async () => {
    const user = userEvent.setup();
    renderWithStore(<ShareButton />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this view' }, { timeout: 5000 });
    const group = within(dialog).getByRole('group', { name: 'Preview width' });
    const column = within(group).getByRole('radio', { name: 'Article, 680 px' });
    const phone = within(group).getByRole('radio', { name: 'Phone, 320 px' });
    const preview = () => within(dialog).getByTitle('Preview of the embed').parentElement!;
    expect(column).toBeChecked();
    expect(preview()).toHaveAttribute('data-width', '680');
    expect(preview().style.getPropertyValue('--preview-width')).toBe('680px');
    expect(preview().style.getPropertyValue('--preview-height')).toBe('560px');
    column.focus();
    await user.keyboard('{ArrowLeft}');
    expect(phone).toBeChecked();
    expect(preview()).toHaveAttribute('data-width', '320');
    expect(preview().style.getPropertyValue('--preview-width')).toBe('320px');
    // The same automatic height at every width (embed.css), as the snippet says (journalist review: 580 px at 320 px).
    expect(preview().style.getPropertyValue('--preview-height')).toBe('560px');
    const code = within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    expect(code.value).toContain('height="560"');
    await user.click(column);
    expect(preview()).toHaveAttribute('data-width', '680');
  });

  it('builds the embed: each option changes the snippet and the preview alike', async () => {
    const user = userEvent.setup();
    renderWithStore(<ShareButton />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this view' }, { timeout: 5000 });
    const code = within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    expect(code.value).toContain('height="560"');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Height' }), '480');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Controls' }), 'none');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Theme' }), 'dark');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Language' }), 'vi');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Transparent background' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Legend open at first' }));
    const src = /<iframe src="([^"]+)"/.exec(code.value)![1]!.replace(/&amp;/g, '&');
    const params = new URL(src).searchParams;
    expect(Object.fromEntries(params)).toMatchObject({ mode: 'embed', height: '480', controls: 'none', theme: 'dark', transparent: '', legend: 'open', lang: 'vi' });
    expect(code.value).toContain('height="480"');
    // The fallback image speaks the embed's language, not the reader's (issue 14 review).
    expect(code.value).toMatch(/<noscript><img src="[^"]*\/fallback\/vi-680\.png" srcset="[^"]*\/fallback\/vi-320\.png 640w/);
    // The AMP variant, with the same address and the same image as its placeholder.
    const amp = (within(dialog).getByRole('textbox', { name: /AMP/ }) as HTMLTextAreaElement).value;
    expect(amp).toMatch(/^<amp-iframe src="([^"]+)"/);
    expect(/<amp-iframe src="([^"]+)"/.exec(amp)![1]!.replace(/&amp;/g, '&')).toBe(src);
    expect(amp).toMatch(/<amp-img placeholder [^>]*src="[^"]*\/fallback\/vi\.png"/);
    expect(within(dialog).getByTitle('Preview of the embed')).toHaveAttribute('src', src);
    // Back to the reader's language and the automatic height: neither is written.
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Language' }), '');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Height' }), '');
    expect(code.value).not.toMatch(/lang=|[?&;]height=/);
    expect(code.value).toMatch(/\/fallback\/en-680\.png"/);
  });

  it('inside an embed offers the link and the full map, not the embed code', async () => {
    const user = userEvent.setup();
    renderWithStore(<ShareButton />, { init: { mode: 'embed' } });
    await user.click(screen.getByRole('button', { name: 'Share' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share this view' }, { timeout: 5000 });
    expect(within(dialog).getByRole('textbox', { name: 'Link to this view' })).toHaveValue(`${window.location.origin}/?date=2026-01-20&lang=en#map=7/16.6/106.7`);
    expect(within(dialog).getByRole('link', { name: /Open the full map/ })).toHaveAttribute('href', `${window.location.origin}/?date=2026-01-20&lang=en#map=7/16.6/106.7`);
    expect(within(dialog).queryByRole('textbox', { name: 'Embed code' })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Copy embed code' })).toBeNull();
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
    // Said beside the button that copied (session 9: it was ~600 px away, by the code's button).
    const said = await screen.findByText('Link copied.');
    expect(said).toHaveAttribute('role', 'status');
    expect(said.parentElement).toBe(screen.getByRole('button', { name: 'Copy link' }).parentElement);
  });

  it('opens with focus on Copy link, the main action (session 9)', async () => {
    const user = userEvent.setup();
    renderWithStore(<ShareButton />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(await screen.findByRole('button', { name: 'Copy link' })).toHaveFocus();
  });

  it('selects the text for a manual copy when the clipboard refuses', async () => {
    const user = userEvent.setup();
    renderWithStore(<ShareButton />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    stubClipboard(() => Promise.reject(new Error('denied')));
    await user.click(await screen.findByRole('button', { name: 'Copy embed code' }));
    const code = screen.getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    expect(await screen.findByText(/press Ctrl\+C/)).toHaveClass('share-code-status');
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
