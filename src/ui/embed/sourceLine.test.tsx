import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../../i18n/translate';
import { languagePack } from '../../i18n/catalogues';
import { renderWithStore } from '../events/testing';
import { EmbedFooter, Side } from './EmbedChrome';
import { EmbedProvider } from './EmbedContext';

afterEach(() => { cleanup(); vi.restoreAllMocks(); });

describe("the embed's source line (issue 14 journalist review)", () => {
  it('"Get the data" downloads the CSV in one click; the sources button still opens the list', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const names: string[] = [];
    Object.assign(URL, { createObjectURL: (b: Blob) => { blobs.push(b); return 'blob:x'; }, revokeObjectURL: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { names.push(this.download); });
    renderWithStore(<EmbedProvider options={{}}><Side /><EmbedFooter /></EmbedProvider>);
    const getData = screen.getByRole('button', { name: 'Get the data' });
    expect(getData).toHaveAccessibleDescription(/as CSV/);
    await user.click(getData);
    await waitFor(() => expect(names).toHaveLength(1));
    expect(names[0]).toMatch(/\.csv$/);
    expect(blobs[0]?.type).toMatch(/csv/);
    // No panel: the download was the whole of it.
    expect(screen.queryByRole('region', { name: 'Sources' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Sources?: \d+ articles?$/ }));
    expect(screen.getByRole('region', { name: 'Sources' })).toBeInTheDocument();
  });

  it("the image's source count is labelled apart from the embed's (events shown, not the record) in every language", () => {
    for (const lang of ['en', 'fr', 'vi'] as const) {
      const m = languagePack(lang).messages;
      const image = formatMessage(m['share.imageSources'], lang, { count: 4, list: 'VNA' });
      const line = formatMessage(m['embed.sources'], lang, { count: 5 });
      // The line's first word ("Sources", "Nguồn") must not open the image's: it would read as the same count.
      expect(image.startsWith(line.split(/[\s:\u202f]/)[0] ?? '')).toBe(false);
      expect(image).toContain('4');
    }
  });
});
