import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSettled } from './useSettled';

const deferred = <T,>() => {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
};

describe('useSettled', () => {
  it('is pending, then the value; failed on rejection', async () => {
    const a = deferred<number>();
    const { result, rerender } = renderHook(({ p }) => useSettled(p, 'pending', 'failed'), { initialProps: { p: a.promise } });
    expect(result.current).toBe('pending');
    await act(async () => { a.resolve(7); await a.promise; });
    expect(result.current).toBe(7);
    const b = deferred<number>();
    rerender({ p: b.promise });
    expect(result.current).toBe('pending');
    await act(async () => { b.reject(new Error('x')); await b.promise.catch(() => undefined); });
    expect(result.current).toBe('failed');
  });

  it('keeps only the latest promise\'s answer', async () => {
    const old = deferred<string>();
    const next = deferred<string>();
    const { result, rerender } = renderHook(({ p }) => useSettled(p, null, null), { initialProps: { p: old.promise } });
    rerender({ p: next.promise });
    await act(async () => { next.resolve('new'); await next.promise; });
    await act(async () => { old.resolve('old'); await old.promise; });
    expect(result.current).toBe('new');
  });
});
