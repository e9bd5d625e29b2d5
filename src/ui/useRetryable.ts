import { useState } from 'react';
import { useSettled } from './useSettled';

/**
 * A load that can fail and be asked again: fetched when `key` is first
 * given (in render, so no effect round trip), again when `key` changes,
 * and again on `retry()`. `null` asks for nothing and keeps what was
 * loaded. `retried` says the last request was a retry (App offers a reload
 * after one: some browsers keep a failed module import failed).
 */
export function useRetryable<T>(key: string | null, load: (key: string) => Promise<T>): {
  state: T | 'pending' | 'failed';
  retried: boolean;
  retry: () => void;
} {
  const [request, setRequest] = useState<{ key: string; promise: Promise<T>; retried: boolean } | undefined>(undefined);
  if (key !== null && request?.key !== key) setRequest({ key, promise: load(key), retried: false });
  const state = useSettled(request?.promise, 'pending' as const, 'failed' as const);
  return {
    state,
    retried: request?.retried ?? false,
    retry: () => { if (request) setRequest({ key: request.key, promise: load(request.key), retried: true }); },
  };
}
