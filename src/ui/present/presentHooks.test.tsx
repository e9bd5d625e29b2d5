import { cleanup, render } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PresentCommand } from '../../store/presentation';
import { usePresentKeys } from './presentHooks';

const paused = { current: false };

function Keys({ run, exportsOpen, closeExports }: { run: (c: PresentCommand) => void; exportsOpen: boolean; closeExports: () => void }) {
  usePresentKeys(run, exportsOpen, closeExports, paused);
  return null;
}

/**
 * Presses `key` in its own layout effect: after the commit that gave Keys its new
 * props (Keys comes first in the tree, so its layout effects have run) and before
 * React runs any passive effect. That is when a real key lands if the browser
 * dispatches it before the frame that flushes the passive effects (a slow frame).
 */
function PressInCommit({ press, keyName }: { press: number; keyName: string }) {
  useLayoutEffect(() => {
    if (press > 0) window.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true }));
  }, [press, keyName]);
  return null;
}

describe('usePresentKeys', () => {
  afterEach(cleanup);

  it('a key pressed right after a render goes to that render\'s command handler, not the previous one', () => {
    const first = vi.fn();
    const second = vi.fn();
    const close = vi.fn();
    const { rerender } = render(<><Keys run={first} exportsOpen={false} closeExports={close} /><PressInCommit press={0} keyName="Escape" /></>);
    rerender(<><Keys run={second} exportsOpen={false} closeExports={close} /><PressInCommit press={1} keyName="Escape" /></>);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('exit');
  });

  it('Escape closes the export list when it has just opened, and only then', () => {
    const run = vi.fn();
    const close = vi.fn();
    const { rerender } = render(<><Keys run={run} exportsOpen={false} closeExports={close} /><PressInCommit press={0} keyName="Escape" /></>);
    rerender(<><Keys run={run} exportsOpen closeExports={close} /><PressInCommit press={1} keyName="Escape" /></>);
    expect(close).toHaveBeenCalledTimes(1);
    expect(run).not.toHaveBeenCalled();
    rerender(<><Keys run={run} exportsOpen={false} closeExports={close} /><PressInCommit press={2} keyName="Escape" /></>);
    expect(run).toHaveBeenCalledWith('exit');
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('leaves keys alone while an export drives the steps, and to a focused text field', () => {
    const run = vi.fn();
    render(<Keys run={run} exportsOpen={false} closeExports={() => undefined} />);
    paused.current = true;
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    paused.current = false;
    expect(run).not.toHaveBeenCalled();
    const input = document.createElement('input');
    document.body.append(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    input.remove();
    expect(run).not.toHaveBeenCalled();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    expect(run).toHaveBeenCalledWith('next');
  });
});
