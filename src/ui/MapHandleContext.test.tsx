import { act, cleanup, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MapHandle } from '../map';
import { MapProvider, useMap, useMapRegistration } from './MapHandleContext';

afterEach(cleanup);

/** Shows which map useMap() gives. */
function Reader() {
  const handle = useMap() as unknown as { id: string } | null;
  return <p data-testid="reader">{handle ? handle.id : 'none'}</p>;
}

/** Stands for MapView: registers a map when told to, unregisters on unmount. */
function Registrar({ handle }: { handle: MapHandle }) {
  const register = useMapRegistration();
  useEffect(() => register?.(handle), [register, handle]);
  return null;
}

const mapA = { id: 'a' } as unknown as MapHandle;

describe('MapProvider / useMap (issue 17: one holder of the map handle)', () => {
  it('gives no map until one registers, then that map to every reader', () => {
    const { rerender } = render(<MapProvider><Reader /></MapProvider>);
    expect(screen.getByTestId('reader').textContent).toBe('none');
    rerender(<MapProvider><Reader /><Registrar handle={mapA} /></MapProvider>);
    expect(screen.getByTestId('reader').textContent).toBe('a');
  });

  it('calls onReady with the map once, and its cleanup and no map when the map goes', () => {
    const off = vi.fn();
    const onReady = vi.fn(() => off);
    const { rerender } = render(<MapProvider onReady={onReady}><Reader /><Registrar handle={mapA} /></MapProvider>);
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(onReady).toHaveBeenCalledWith(mapA);
    expect(off).not.toHaveBeenCalled();
    act(() => { rerender(<MapProvider onReady={onReady}><Reader /></MapProvider>); });
    expect(off).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('reader').textContent).toBe('none');
  });

  it('without a provider, there is no map and nothing to register with', () => {
    function Probe() { return <><p data-testid="register">{useMapRegistration() === null ? 'null' : 'set'}</p><Reader /></>; }
    render(<Probe />);
    expect(screen.getByTestId('register').textContent).toBe('null');
    expect(screen.getByTestId('reader').textContent).toBe('none');
  });
});
