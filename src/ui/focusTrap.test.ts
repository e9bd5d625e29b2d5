import { afterEach, describe, expect, it, vi } from 'vitest';
import { trapTab } from './focusTrap';

function panel(): { box: HTMLElement; buttons: HTMLElement[]; outside: HTMLElement } {
  document.body.innerHTML = '<button id="out">outside</button><div id="box"><select id="a"><option>x</option></select><button id="b">b</button><button disabled>off</button><button id="c">c</button></div>';
  const $ = (id: string) => document.getElementById(id)!;
  return { box: $('box'), buttons: [$('a'), $('b'), $('c')], outside: $('out') };
}
const key = (shiftKey: boolean, k = 'Tab') => ({ key: k, shiftKey, preventDefault: vi.fn() });

afterEach(() => { document.body.innerHTML = ''; });

describe('trapTab (issue 15: the video dialog was not modal for Tab)', () => {
  it('wraps Tab from the last control to the first, and Shift+Tab from the first to the last', () => {
    const { box, buttons: [a, , c] } = panel();
    c!.focus();
    const tab = key(false);
    trapTab(tab, box);
    expect(document.activeElement).toBe(a);
    expect(tab.preventDefault).toHaveBeenCalled();
    const back = key(true);
    trapTab(back, box);
    expect(document.activeElement).toBe(c);
    expect(back.preventDefault).toHaveBeenCalled();
  });

  it('leaves Tab alone between controls, and skips disabled ones', () => {
    const { box, buttons: [, b] } = panel();
    b!.focus();
    const tab = key(false);
    trapTab(tab, box);
    expect(tab.preventDefault).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(b);
  });

  it('brings the focus back in from outside, and ignores other keys and an empty or missing box', () => {
    const { box, buttons: [a, , c], outside } = panel();
    outside.focus();
    trapTab(key(false), box);
    expect(document.activeElement).toBe(a);
    outside.focus();
    trapTab(key(true), box);
    expect(document.activeElement).toBe(c);
    c!.focus();
    const enter = key(false, 'Enter');
    trapTab(enter, box);
    expect(enter.preventDefault).not.toHaveBeenCalled();
    const empty = document.createElement('div');
    document.body.append(empty);
    expect(() => { trapTab(key(false), empty); trapTab(key(false), null); }).not.toThrow();
  });
});
