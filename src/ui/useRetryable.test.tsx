import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRetryable } from './useRetryable';

describe('useRetryable', () => {
  it('loads once per key, keeps the value while the key is null, and asks again on retry', async () => {
    const asked: string[] = [];
    let fail = true;
    const load = async (key: string) => { asked.push(key); if (fail) throw new Error('offline'); return key.toUpperCase(); };
    const { result, rerender } = renderHook(({ k }) => useRetryable(k, load), { initialProps: { k: null as string | null } });
    expect(result.current.state).toBe('pending');
    expect(asked).toEqual([]);
    rerender({ k: 'fr' });
    await act(async () => {});
    expect(result.current.state).toBe('failed');
    expect(result.current.retried).toBe(false);
    fail = false;
    await act(async () => result.current.retry());
    expect(result.current.state).toBe('FR');
    expect(result.current.retried).toBe(true);
    // Not needed any more: nothing is asked, what was loaded stays.
    rerender({ k: null });
    rerender({ k: 'fr' });
    await act(async () => {});
    expect(result.current.state).toBe('FR');
    rerender({ k: 'vi' });
    await act(async () => {});
    expect(result.current.state).toBe('VI');
    expect(asked).toEqual(['fr', 'fr', 'vi']);
  });
});
