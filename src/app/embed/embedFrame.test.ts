import { describe, expect, it, vi } from 'vitest';
import { embedFrame } from './embedFrame';

/** A window whose colour scheme the test sets. */
function win(dark: boolean) {
  const listeners = new Set<() => void>();
  const list = { matches: dark, addEventListener: (_: string, l: () => void) => listeners.add(l) };
  const root = document.createElement('html');
  return {
    win: { matchMedia: () => list, document: { documentElement: root } } as unknown as Window,
    root,
    scheme(next: boolean) { list.matches = next; for (const l of listeners) l(); },
  };
}

describe('embedFrame (issue 14)', () => {
  it('marks the root with the controls, the theme, transparency and a height', () => {
    const { win: w, root } = win(false);
    embedFrame(w, { controls: 'none', theme: 'dark', transparent: true, height: 480 });
    expect(root.dataset).toMatchObject({ controls: 'none', theme: 'dark', transparent: '' });
    expect(root.style.getPropertyValue('--embed-height')).toBe('480px');
  });

  it('defaults to a compact, light, opaque frame of automatic height', () => {
    const { win: w, root } = win(true);
    embedFrame(w, {});
    expect(root.dataset.controls).toBe('compact');
    expect(root.dataset.theme).toBe('light');
    expect('transparent' in root.dataset).toBe(false);
    expect(root.style.getPropertyValue('--embed-height')).toBe('');
  });

  it('auto follows the colour scheme; the host page can switch it, and listeners hear each change once', () => {
    const { win: w, root, scheme } = win(false);
    const frame = embedFrame(w, { theme: 'auto' });
    const heard = vi.fn();
    frame.subscribe(heard);
    expect(root.dataset.theme).toBe('light');
    scheme(true);
    expect(root.dataset.theme).toBe('dark');
    expect(heard).toHaveBeenLastCalledWith(true);
    frame.setTheme('dark'); // already dark: nothing new
    expect(heard).toHaveBeenCalledTimes(1);
    frame.setTheme('light');
    expect(root.dataset.theme).toBe('light');
    scheme(false);
    scheme(true); // light is light whatever the scheme
    expect(root.dataset.theme).toBe('light');
    expect(heard.mock.calls).toEqual([[true], [false]]);
    expect(frame.theme()).toBe('light');
  });
});
